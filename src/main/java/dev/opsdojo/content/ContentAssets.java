package dev.opsdojo.content;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Resolves the images a lesson shows. An image must be a PNG, JPEG or GIF file inside the lesson's content folder:
 * no {@code ..} escapes, no absolute paths, no {@code file:} or web addresses (a lesson cannot make the app fetch anything).
 */
public final class ContentAssets {
    public static final long MAX_IMAGE_BYTES = 8L * 1024 * 1024;

    private ContentAssets() {
    }

    public sealed interface ImageRef {
    }

    public record Found(Path path) implements ImageRef {
    }

    public record Rejected(String reason) implements ImageRef {
    }

    public static ImageRef resolveImage(ContentFile lessonFile, String href) {
        String raw = href == null ? "" : href.strip();
        if (raw.isEmpty()) {
            return new Rejected("image without a path");
        }
        if (raw.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
            return new Rejected("image '" + raw + "' is an address; lessons show only images inside their content folder");
        }
        if (raw.startsWith("/") || raw.startsWith("\\")) {
            return new Rejected("image '" + raw + "' is an absolute path; use a path relative to the lesson file");
        }
        Path root = lessonFile.root().toAbsolutePath().normalize();
        Path resolved;
        try {
            String decoded = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
            resolved = lessonFile.path().toAbsolutePath().getParent().resolve(decoded).normalize();
        } catch (IllegalArgumentException e) {
            return new Rejected("image path '" + raw + "' is not valid");
        }
        if (!resolved.startsWith(root)) {
            return new Rejected("image '" + raw + "' is outside the content folder");
        }
        if (!Files.isRegularFile(resolved)) {
            return new Rejected("image '" + raw + "' does not exist");
        }
        try {
            // A link inside the folder may still point outside it.
            if (!resolved.toRealPath().startsWith(root.toRealPath())) {
                return new Rejected("image '" + raw + "' is a link to a file outside the content folder");
            }
        } catch (IOException | UnsupportedOperationException e) {
            return new Rejected("image '" + raw + "' cannot be read: " + e.getMessage());
        }
        try {
            long size = Files.size(resolved);
            if (size > MAX_IMAGE_BYTES) {
                return new Rejected(String.format(java.util.Locale.ROOT, "image '%s' is %,d bytes; the limit is %,d", raw, size, MAX_IMAGE_BYTES));
            }
            if (!looksLikeImage(resolved)) {
                return new Rejected("image '" + raw + "' is not a readable PNG, JPEG or GIF file");
            }
        } catch (IOException e) {
            return new Rejected("image '" + raw + "' cannot be read: " + e.getMessage());
        }
        return new Found(resolved);
    }

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF = {'G', 'I', 'F', '8'};

    static boolean looksLikeImage(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        return startsWith(head, PNG) || startsWith(head, JPEG) || startsWith(head, GIF);
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(Arrays.copyOf(head, magic.length), magic);
    }
}

package dev.opsdojo.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/** The content folder shipped inside the app: a folder while developing, a folder inside the jar once packaged. */
public final class BuiltInContent {
    public static final String LABEL = "content";
    private static Path root;

    private BuiltInContent() {
    }

    public static synchronized Path root() {
        if (root == null) {
            root = locate();
        }
        return root;
    }

    public static ContentLoader.Root asRoot() {
        return new ContentLoader.Root(root(), LABEL);
    }

    private static Path locate() {
        URL marker = BuiltInContent.class.getResource("/content/topics.yaml");
        if (marker == null) {
            throw new IllegalStateException("the app was built without its content folder (no /content/topics.yaml on the class path)");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem zip;
                try {
                    zip = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException already) {
                    zip = FileSystems.getFileSystem(uri);
                }
                return zip.getPath("/content");
            }
            return Path.of(uri).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.opsdojo.srs.io;

import dev.opsdojo.content.DeckCard;
import dev.opsdojo.srs.io.ImportProblem.Kind;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Imports flashcards into the user's deck from Anki's plain-text export, CSV / TSV files ({@link DelimitedParser})
 * and Markdown question lists ({@link MarkdownParser}).
 *
 * <p>Files over {@link #MAX_FILE_BYTES} are refused before they are read; files with NUL bytes (binary, a zipped
 * {@code .apkg}, UTF-16) or bytes that are not UTF-8 are refused with a message saying what to do. A UTF-8 byte
 * order mark is ignored. Otherwise each row is imported or skipped with an {@link ImportProblem} naming its line.
 *
 * <p>Every card gets the id {@code user-} + the first 12 hex digits of the SHA-256 of its question (UTF-8, NFC), so
 * importing the same question again gives the same id and the caller can update instead of duplicating; two equal
 * questions in one file are reported and the first kept. The topic is the first tag that names a known topic
 * (ignoring case), else {@value #USER_TOPIC}; the difficulty is {@value #DEFAULT_DIFFICULTY}.
 */
public final class DeckImporter {
    public static final long MAX_FILE_BYTES = 5L * 1024 * 1024;
    public static final int MAX_FIELD_CHARS = 20_000;
    public static final String USER_TOPIC = "user";
    public static final String ID_PREFIX = "user-";
    public static final int DEFAULT_DIFFICULTY = 2;
    private static final int ID_HASH_HEX_DIGITS = 12;

    private final Map<String, String> knownTopicsByLowerCase = new HashMap<>();

    /** {@code knownTopicIds}: the topic ids of the curriculum, which a tag may name to file the card there. */
    public DeckImporter(Collection<String> knownTopicIds) {
        knownTopicIds.forEach(id -> knownTopicsByLowerCase.putIfAbsent(id.toLowerCase(Locale.ROOT), id));
    }

    /** Reads {@code file} as Markdown if it ends in .md or .markdown, else as delimited text. */
    public ImportResult importFile(Path file) throws IOException {
        long sizeBytes = Files.size(file);
        if (sizeBytes > MAX_FILE_BYTES) {
            return tooLarge(sizeBytes);
        }
        return importBytes(Files.readAllBytes(file), ImportFormat.forFileName(file.getFileName().toString()));
    }

    public ImportResult importBytes(byte[] bytes, ImportFormat format) {
        if (bytes.length > MAX_FILE_BYTES) {
            return tooLarge(bytes.length);
        }
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            return ImportResult.refused(Kind.NOT_TEXT, "this is a zip archive (an Anki .apkg package?), not a text file;"
                    + " in Anki choose Export > Notes in Plain Text (.txt)");
        }
        if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            return ImportResult.refused(Kind.NOT_TEXT, "this file is UTF-16 text; save it as UTF-8 and import it again");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return ImportResult.refused(Kind.NOT_TEXT, "this looks like a binary file, not text (a NUL byte on line "
                        + lineOfByte(bytes, i) + "); import a .txt, .csv, .tsv or .md file");
            }
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return ImportResult.refused(Kind.NOT_UTF8, "this file is not UTF-8 text (line " + lineOfByte(bytes, in.position())
                    + " has a byte that UTF-8 does not allow there); save it as UTF-8 and import it again");
        }
        String text = out.flip().toString();
        return build(format == ImportFormat.MARKDOWN ? MarkdownParser.parse(text) : DelimitedParser.parse(text));
    }

    /** {@code user-} + 12 hex digits of SHA-256 over the NFC UTF-8 bytes of the question. */
    public static String cardIdFor(String question) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(Normalizer.normalize(question, Normalizer.Form.NFC).getBytes(StandardCharsets.UTF_8));
            return ID_PREFIX + HexFormat.of().formatHex(digest).substring(0, ID_HASH_HEX_DIGITS);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    private ImportResult build(Parsed parsed) {
        var cards = new ArrayList<DeckCard>();
        var problems = new ArrayList<>(parsed.problems());
        var firstLineById = new HashMap<String, Integer>();
        for (ParsedCard card : parsed.cards()) {
            String id = cardIdFor(card.question());
            Integer firstLine = firstLineById.putIfAbsent(id, card.line());
            if (firstLine != null) {
                problems.add(new ImportProblem(card.line(), Kind.DUPLICATE_QUESTION,
                        "the same question is on line " + firstLine + "; the card from line " + firstLine + " is kept"));
                continue;
            }
            cards.add(new DeckCard(id, topicFor(card.tags()), card.tags(), DEFAULT_DIFFICULTY, card.question(),
                    card.answer(), card.keyPoints(), List.of(), List.of(), List.of(), List.of()));
        }
        problems.sort(Comparator.comparingInt(ImportProblem::line));
        return new ImportResult(cards, problems);
    }

    private String topicFor(List<String> tags) {
        return tags.stream()
                .map(tag -> knownTopicsByLowerCase.get(tag.toLowerCase(Locale.ROOT)))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(USER_TOPIC);
    }

    private static ImportResult tooLarge(long sizeBytes) {
        return ImportResult.refused(Kind.FILE_TOO_LARGE, String.format(Locale.ROOT,
                "this file is %,d bytes; files over %d MiB (%,d bytes) are not imported (split it into smaller files)",
                sizeBytes, MAX_FILE_BYTES / (1024 * 1024), MAX_FILE_BYTES));
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The 1-based line of byte {@code index}: line breaks are LF, CRLF or a lone CR, as in the parsers. */
    private static int lineOfByte(byte[] bytes, int index) {
        int line = 1;
        for (int i = 0; i < index && i < bytes.length; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }
}

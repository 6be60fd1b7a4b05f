package dev.opsdojo.srs.io;

import dev.opsdojo.content.DeckCard;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/** Test helpers: readable escapes in tables, and importing a string. */
final class Text {
    static final Set<String> TOPICS = Set.of("kubernetes", "linux", "networking");

    private Text() {
    }

    /** Lets a @CsvSource table write a tab, CR or LF as {@code \t}, {@code \r}, {@code \n}. */
    static String unescape(String table) {
        return table == null ? "" : table.replace("\\t", "\t").replace("\\r", "\r").replace("\\n", "\n");
    }

    static ImportResult importDelimited(String file) {
        return new DeckImporter(TOPICS).importBytes(file.getBytes(StandardCharsets.UTF_8), ImportFormat.DELIMITED);
    }

    static ImportResult importMarkdown(String file) {
        return new DeckImporter(TOPICS).importBytes(file.getBytes(StandardCharsets.UTF_8), ImportFormat.MARKDOWN);
    }

    static List<String> questions(ImportResult result) {
        return result.cards().stream().map(DeckCard::question).toList();
    }

    static List<Integer> problemLines(ImportResult result) {
        return result.problems().stream().map(ImportProblem::line).toList();
    }
}

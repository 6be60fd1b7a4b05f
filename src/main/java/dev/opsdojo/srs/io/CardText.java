package dev.opsdojo.srs.io;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Text rules both import formats share. */
final class CardText {
    private CardText() {
    }

    /**
     * Line breaks become {@code \n}, the text is put in Unicode NFC (files written on macOS may hold Korean in
     * decomposed jamo, which would otherwise look equal but compare and hash differently), and surrounding
     * whitespace is removed.
     */
    static String clean(String text) {
        String unixLines = text.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(unixLines, Normalizer.Form.NFC).strip();
    }

    static boolean tooLong(String field) {
        return field.length() > DeckImporter.MAX_FIELD_CHARS;
    }

    static String tooLongReason(String what, String field) {
        return String.format(java.util.Locale.ROOT, "the %s is %,d characters long; the limit is %,d",
                what, field.length(), DeckImporter.MAX_FIELD_CHARS);
    }

    /** Tags split on whitespace (Anki) or, with {@code commasToo}, on commas as well; duplicates dropped, order kept. */
    static List<String> tags(String text, boolean commasToo) {
        var tags = new LinkedHashSet<String>();
        for (String tag : clean(text).split(commasToo ? "[,\\s]+" : "\\s+")) {
            if (!tag.isEmpty()) {
                tags.add(tag);
            }
        }
        return new ArrayList<>(tags);
    }
}

package dev.opsdojo.srs.io;

import java.util.Locale;

/** The kinds of file {@link DeckImporter} reads. */
public enum ImportFormat {
    /** Anki's "Notes in Plain Text" export and other CSV / TSV files: question, answer, tags. */
    DELIMITED,
    /** A Markdown list of questions: {@code ## Question} headings or {@code Q:} / {@code A:} pairs. */
    MARKDOWN;

    /** Markdown for {@code .md} and {@code .markdown} files; delimited text for everything else (.txt, .csv, .tsv). */
    public static ImportFormat forFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".md") || lower.endsWith(".markdown") ? MARKDOWN : DELIMITED;
    }
}

package dev.opsdojo.srs.io;

/**
 * Why a row (or the whole file) was not imported. {@code line} is the 1-based line the row starts on in the file;
 * 0 means the file as a whole (for example, it is too large). {@code kind} lets a screen show its own words;
 * {@code reason} is a complete English sentence for the command line and logs.
 */
public record ImportProblem(int line, Kind kind, String reason) {

    public enum Kind {
        /** The file is over {@link DeckImporter#MAX_FILE_BYTES}; nothing is read. */
        FILE_TOO_LARGE,
        /** NUL bytes, a zip archive (.apkg) or UTF-16: not a UTF-8 text file; nothing is read. */
        NOT_TEXT,
        /** Bytes that are not valid UTF-8; nothing is read. */
        NOT_UTF8,
        /** A row without both a question and an answer column. */
        TOO_FEW_FIELDS,
        EMPTY_QUESTION,
        EMPTY_ANSWER,
        /** A field over {@link DeckImporter#MAX_FIELD_CHARS} characters. */
        FIELD_TOO_LONG,
        /** A quoted field that never ends: the rest of the file would be one field. */
        UNCLOSED_QUOTE,
        /** The same question earlier in the same file; the first one is kept. */
        DUPLICATE_QUESTION,
        /** Markdown: an {@code A:} line before any question. */
        ANSWER_WITHOUT_QUESTION
    }

    static ImportProblem wholeFile(Kind kind, String reason) {
        return new ImportProblem(0, kind, reason);
    }

    public boolean isWholeFile() {
        return line == 0;
    }

    /** "line 7: the answer is empty", or just the reason for a whole-file problem. */
    public String describe() {
        return isWholeFile() ? reason : "line " + line + ": " + reason;
    }
}

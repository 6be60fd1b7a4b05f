package dev.opsdojo.srs.io;

import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader and writer, with the leniencies of Anki's reader: any of several separators,
 * records may have different numbers of fields, {@code \n}, {@code \r\n} or {@code \r} end a record, blank lines
 * and lines starting with {@code #} are skipped, and a quote only opens a quoted field at the start of the field
 * (elsewhere it is an ordinary character). Inside quotes, {@code ""} is one quote, and separators and line breaks
 * are kept as they are.
 */
final class Csv {
    static final String RECORD_END = "\r\n";

    private Csv() {
    }

    /**
     * One record. {@code line} is the 1-based physical line it starts on; {@code lastLine} the line it ends on
     * (more than {@code line} when a quoted field holds line breaks). {@code unclosedQuote} says a quoted field
     * ran to the end of the text without its closing quote.
     */
    record Record(int line, int lastLine, List<String> fields, boolean unclosedQuote) {
        Record {
            fields = List.copyOf(fields);
        }
    }

    static List<Record> read(String text, char separator) {
        return read(text, 0, 1, separator);
    }

    /** Reads the records of {@code text} from index {@code from}, which is on physical line {@code fromLine}. */
    static List<Record> read(String text, int from, int fromLine, char separator) {
        var records = new ArrayList<Record>();
        int n = text.length();
        int i = from;
        int line = fromLine;
        while (i < n) {
            char first = text.charAt(i);
            if (first == '\n' || first == '\r') {
                i = skipLineBreak(text, i);
                line++;
                continue;
            }
            if (first == '#') {
                while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                    i++;
                }
                continue;
            }
            int startLine = line;
            var fields = new ArrayList<String>();
            boolean unclosed = false;
            while (true) {
                var field = new StringBuilder();
                if (i < n && text.charAt(i) == '"') {
                    i++;
                    boolean closed = false;
                    while (i < n) {
                        char c = text.charAt(i);
                        if (c == '"') {
                            if (i + 1 < n && text.charAt(i + 1) == '"') {
                                field.append('"');
                                i += 2;
                            } else {
                                i++;
                                closed = true;
                                break;
                            }
                        } else {
                            if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                                line++;
                            }
                            field.append(c);
                            i++;
                        }
                    }
                    if (!closed) {
                        unclosed = true;
                    }
                }
                // Unquoted text, or (leniently, as Anki's reader does) text after a closing quote.
                while (i < n) {
                    char c = text.charAt(i);
                    if (c == separator || c == '\n' || c == '\r') {
                        break;
                    }
                    field.append(c);
                    i++;
                }
                fields.add(field.toString());
                if (i < n && text.charAt(i) == separator) {
                    i++;
                    continue;
                }
                break;
            }
            int lastLine = line;
            if (i < n) {
                i = skipLineBreak(text, i);
                line++;
            }
            records.add(new Record(startLine, lastLine, fields, unclosed));
        }
        return records;
    }

    private static int skipLineBreak(String text, int i) {
        if (text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            return i + 2;
        }
        return i + 1;
    }

    /**
     * Builds CSV text row by row. {@link #text} cells are formula-escaped ({@link FormulaEscape}); {@link #plain}
     * cells (numbers, dates, enum names the exporter writes itself) are written as they are. A cell is quoted when
     * it holds the separator, a quote or a line break, when it was escaped, and when it is the first cell of a row
     * and starts with {@code #} (which a reader would take for a comment). Rows end with CRLF.
     */
    static final class Writer {
        private final StringBuilder out = new StringBuilder();
        private final char separator;
        private int cellsInRow;
        private boolean lastCellBare;

        Writer(char separator) {
            this.separator = separator;
        }

        Writer text(String value) {
            String escaped = FormulaEscape.escape(value == null ? "" : value);
            return cell(escaped, !escaped.equals(value == null ? "" : value));
        }

        Writer plain(Object value) {
            return cell(value == null ? "" : value.toString(), false);
        }

        Writer row(List<String> textCells) {
            textCells.forEach(this::text);
            return endRow();
        }

        Writer endRow() {
            if (cellsInRow == 1 && lastCellBare) {
                out.append("\"\""); // a lone empty cell would be a blank line, which readers skip
            }
            out.append(RECORD_END);
            cellsInRow = 0;
            return this;
        }

        private Writer cell(String value, boolean forceQuotes) {
            if (cellsInRow > 0) {
                out.append(separator);
            }
            boolean quote = forceQuotes || (cellsInRow == 0 && value.startsWith("#"));
            for (int i = 0; i < value.length() && !quote; i++) {
                char c = value.charAt(i);
                quote = c == separator || c == '"' || c == '\n' || c == '\r';
            }
            if (quote) {
                out.append('"').append(value.replace("\"", "\"\"")).append('"');
            } else {
                out.append(value);
            }
            lastCellBare = !quote && value.isEmpty();
            cellsInRow++;
            return this;
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }
}

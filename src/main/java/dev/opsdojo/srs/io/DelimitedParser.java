package dev.opsdojo.srs.io;

import dev.opsdojo.srs.io.ImportProblem.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads Anki's plain-text notes export and ordinary CSV / TSV files: question, answer, then tags separated by spaces.
 *
 * <p>Anki's header lines at the top of the file are honoured: {@code #separator:} (tab, comma, semicolon, space,
 * pipe, colon or the character itself), {@code #html:true|false}, {@code #tags:} (tags for every row),
 * {@code #tags column:N}, {@code #guid column:N}, {@code #notetype column:N}, {@code #deck column:N} (those columns
 * are skipped when finding the question and answer) and {@code #columns:} (labels). A first line {@code tags:...}
 * is Anki's older form of {@code #tags:}. Other {@code #} lines, anywhere, are comments, as in Anki.
 *
 * <p>Without {@code #separator}, the separator is the first of tab, then comma or semicolon (whichever occurs more,
 * a tie going to semicolon, which prose uses less), found outside quotes in the first record after the headers.
 * Without labels, a first row naming {@code question} and {@code answer} (or {@code front} and {@code back}) is a
 * header row and columns are found by name; otherwise the question and answer are the first two columns that are
 * not guid, notetype, deck or tags, and the tags are in the next column unless a header says where.
 *
 * <p>Fields are HTML only with {@code #html:true} (Anki writes it in every export); a plain CSV keeps {@code <} and
 * {@code &} as typed, which matters for questions about {@code List<String>} or shell redirections. A leading
 * apostrophe that escapes a formula character is removed ({@link FormulaEscape}).
 */
final class DelimitedParser {
    private static final Map<String, Character> SEPARATOR_NAMES = Map.of(
            "tab", '\t', "comma", ',', "semicolon", ';', "space", ' ', "pipe", '|', "colon", ':');
    private static final Set<String> QUESTION_LABELS = Set.of("question", "front");
    private static final Set<String> ANSWER_LABELS = Set.of("answer", "back");

    private DelimitedParser() {
    }

    /** The file's header lines, and where the records start. */
    private static final class Header {
        Character separator;
        boolean html;
        final List<String> globalTags = new ArrayList<>();
        String columnsLabels;
        int tagsColumn;
        final Set<Integer> metaColumns = new HashSet<>();
        int bodyIndex;
        int bodyLine = 1;
    }

    static Parsed parse(String text) {
        Header header = readHeader(text);
        char separator = header.separator != null ? header.separator : detectSeparator(text, header.bodyIndex);
        List<Csv.Record> records = Csv.read(text, header.bodyIndex, header.bodyLine, separator);

        List<String> labels = header.columnsLabels == null ? List.of()
                : Csv.read(header.columnsLabels, separator).stream().findFirst().map(Csv.Record::fields).orElse(List.of());
        int firstData = 0;
        if (labels.isEmpty() && !records.isEmpty() && looksLikeHeaderRow(records.get(0).fields())) {
            labels = records.get(0).fields();
            firstData = 1;
        }
        Columns columns = Columns.of(labels, header);

        var cards = new ArrayList<ParsedCard>();
        var problems = new ArrayList<ImportProblem>();
        for (Csv.Record record : records.subList(firstData, records.size())) {
            readRecord(record, columns, header, separator, cards, problems);
        }
        return new Parsed(cards, problems);
    }

    /** 1-based column numbers; {@code tags} is 0 when there is no tags column. */
    private record Columns(int question, int answer, int tags) {
        static Columns of(List<String> labels, Header header) {
            int question = indexOf(labels, QUESTION_LABELS);
            int answer = indexOf(labels, ANSWER_LABELS);
            int tags = header.tagsColumn > 0 ? header.tagsColumn : indexOf(labels, Set.of("tags"));
            if (question > 0 && answer > 0) {
                return new Columns(question, answer, tags);
            }
            Set<Integer> taken = new HashSet<>(header.metaColumns);
            if (header.tagsColumn > 0) {
                taken.add(header.tagsColumn);
            }
            question = nextFree(0, taken);
            answer = nextFree(question, taken);
            if (tags == 0) {
                tags = nextFree(answer, taken); // Anki's fallback too: the column after the last field
            }
            return new Columns(question, answer, tags);
        }

        private static int indexOf(List<String> labels, Set<String> names) {
            for (int i = 0; i < labels.size(); i++) {
                if (names.contains(labels.get(i).strip().toLowerCase(Locale.ROOT))) {
                    return i + 1;
                }
            }
            return 0;
        }

        private static int nextFree(int after, Set<Integer> taken) {
            int column = after + 1;
            while (taken.contains(column)) {
                column++;
            }
            return column;
        }
    }

    private static void readRecord(Csv.Record record, Columns columns, Header header, char separator,
                                   List<ParsedCard> cards, List<ImportProblem> problems) {
        int line = record.line();
        List<String> fields = record.fields();
        if (record.unclosedQuote()) {
            problems.add(new ImportProblem(line, Kind.UNCLOSED_QUOTE, "a quoted field starts here but its closing"
                    + " quote is missing, so lines " + line + "–" + record.lastLine() + " were read as one field"));
            return;
        }
        int needed = Math.max(columns.question(), columns.answer());
        if (fields.size() < needed) {
            problems.add(new ImportProblem(line, Kind.TOO_FEW_FIELDS, "found " + fields.size()
                    + (fields.size() == 1 ? " field" : " fields") + " but a card needs a question and an answer"
                    + " (column " + columns.question() + " and " + columns.answer() + ", separated by "
                    + describe(separator) + ")"));
            return;
        }
        String rawQuestion = fields.get(columns.question() - 1);
        String rawAnswer = fields.get(columns.answer() - 1);
        String rawTags = columns.tags() > 0 && columns.tags() <= fields.size() ? fields.get(columns.tags() - 1) : "";
        for (var field : List.of(Map.entry("question", rawQuestion), Map.entry("answer", rawAnswer),
                Map.entry("tags field", rawTags))) {
            if (CardText.tooLong(field.getValue())) {
                problems.add(new ImportProblem(line, Kind.FIELD_TOO_LONG, CardText.tooLongReason(field.getKey(), field.getValue())));
                return;
            }
        }
        String question = content(rawQuestion, header.html);
        String answer = content(rawAnswer, header.html);
        if (question.isEmpty()) {
            problems.add(new ImportProblem(line, Kind.EMPTY_QUESTION, "the question is empty"));
            return;
        }
        if (answer.isEmpty()) {
            problems.add(new ImportProblem(line, Kind.EMPTY_ANSWER, "the answer is empty"));
            return;
        }
        var tags = new LinkedHashSet<>(CardText.tags(FormulaEscape.unescape(rawTags), false));
        tags.addAll(header.globalTags);
        cards.add(new ParsedCard(line, question, answer, new ArrayList<>(tags), List.of()));
    }

    private static String content(String field, boolean html) {
        String unescaped = FormulaEscape.unescape(field);
        return CardText.clean(html ? HtmlText.toPlainText(unescaped) : unescaped);
    }

    private static Header readHeader(String text) {
        var header = new Header();
        int i = 0;
        int line = 1;
        while (i < text.length()) {
            int end = lineEnd(text, i);
            String current = text.substring(i, end);
            if (line == 1 && current.startsWith("tags:")) {
                header.globalTags.addAll(CardText.tags(current.substring("tags:".length()), false));
            } else if (current.startsWith("#")) {
                readHeaderLine(current.substring(1), header);
            } else {
                break;
            }
            i = end < text.length() && text.startsWith("\r\n", end) ? end + 2 : Math.min(end + 1, text.length());
            line++;
        }
        header.bodyIndex = i;
        header.bodyLine = line;
        return header;
    }

    private static void readHeaderLine(String line, Header header) {
        int colon = line.indexOf(':');
        if (colon < 0) {
            return; // a comment
        }
        String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = line.substring(colon + 1);
        switch (key) {
            case "separator" -> {
                Character named = SEPARATOR_NAMES.get(value.strip().toLowerCase(Locale.ROOT));
                if (named != null) {
                    header.separator = named;
                } else if (value.length() == 1) {
                    header.separator = value.charAt(0);
                }
            }
            case "html" -> header.html = value.strip().equalsIgnoreCase("true");
            case "tags" -> header.globalTags.addAll(CardText.tags(value, false));
            case "columns" -> header.columnsLabels = value;
            case "tags column" -> header.tagsColumn = columnNumber(value);
            case "guid column", "notetype column", "deck column" -> {
                int column = columnNumber(value);
                if (column > 0) {
                    header.metaColumns.add(column);
                }
            }
            default -> {
                // Anki's other headers (notetype, deck) choose where notes go in Anki; here every card goes to
                // the user's deck, so they do not matter.
            }
        }
    }

    private static int columnNumber(String value) {
        try {
            return Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private static char detectSeparator(String text, int from) {
        int i = from;
        // Skip blank lines and comments, as the record reader will.
        while (i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r' || text.charAt(i) == '#')) {
            i = text.charAt(i) == '#' ? lineEnd(text, i) : i + 1;
        }
        int tabs = 0;
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == '\n' || c == '\r') {
                    break;
                }
                switch (c) {
                    case '\t' -> tabs++;
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    default -> {
                    }
                }
            }
        }
        if (tabs > 0) {
            return '\t';
        }
        if (commas > semicolons) {
            return ',';
        }
        return semicolons > 0 ? ';' : '\t';
    }

    private static boolean looksLikeHeaderRow(List<String> cells) {
        return Columns.indexOf(cells, QUESTION_LABELS) > 0 && Columns.indexOf(cells, ANSWER_LABELS) > 0;
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    static String describe(char separator) {
        return switch (separator) {
            case '\t' -> "tabs";
            case ',' -> "commas";
            case ';' -> "semicolons";
            case ' ' -> "spaces";
            default -> "'" + separator + "'";
        };
    }
}

package dev.opsdojo.srs.io;

import dev.opsdojo.srs.io.ImportProblem.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Markdown list of questions. A card starts at a {@code ## Question} heading or at a {@code Q: question}
 * line (whose question may go on over more lines until {@code A:}); everything up to the next card is the answer,
 * as Markdown. Inside a card, a {@code Tags: a, b} line gives tags (commas or spaces), and a {@code Key points:}
 * line starts a list of {@code - point} bullets (an indented line continues the point above; the first other line
 * returns to the answer). Headings and {@code Q:} inside fenced code blocks are code, not cards. Text before the
 * first card (a {@code # Deck title}, an introduction) is not part of any card.
 */
final class MarkdownParser {
    private static final Pattern HEADING = Pattern.compile("^##[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern QUESTION_LINE = Pattern.compile("^[Qq]:[ \\t]?(.*)$");
    private static final Pattern ANSWER_LINE = Pattern.compile("^[Aa]:[ \\t]?(.*)$");
    private static final Pattern TAGS_LINE = Pattern.compile("^(?i:tags):(.*)$");
    private static final Pattern KEY_POINTS_LINE = Pattern.compile("^(?i:key points):[ \\t]*$");
    private static final Pattern BULLET = Pattern.compile("^[ \\t]*[-*+][ \\t]+(.*)$");
    private static final Pattern FENCE = Pattern.compile("^[ ]{0,3}(`{3,}|~{3,})");

    private enum Part { QUESTION, ANSWER, KEY_POINTS }

    private static final class Draft {
        final int line;
        final List<String> question = new ArrayList<>();
        final List<String> answer = new ArrayList<>();
        final LinkedHashSet<String> tags = new LinkedHashSet<>();
        final List<String> keyPoints = new ArrayList<>();
        Part part;

        Draft(int line, String firstQuestionLine, Part part) {
            this.line = line;
            this.question.add(firstQuestionLine);
            this.part = part;
        }

        boolean answerStarted() {
            return answer.stream().anyMatch(l -> !l.isBlank());
        }
    }

    private MarkdownParser() {
    }

    static Parsed parse(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        var cards = new ArrayList<ParsedCard>();
        var problems = new ArrayList<ImportProblem>();
        Draft draft = null;
        String fence = null;
        for (int index = 0; index < lines.length; index++) {
            int lineNumber = index + 1;
            String line = lines[index];
            if (fence != null) {
                if (line.strip().startsWith(fence)) {
                    fence = null;
                }
                addText(draft, line);
                continue;
            }
            Matcher m;
            if ((m = FENCE.matcher(line)).find()) {
                fence = m.group(1);
                addText(draft, line);
            } else if ((m = HEADING.matcher(line)).matches()) {
                finish(draft, cards, problems);
                draft = new Draft(lineNumber, m.group(1), Part.ANSWER);
            } else if ((m = QUESTION_LINE.matcher(line)).matches()) {
                finish(draft, cards, problems);
                draft = new Draft(lineNumber, m.group(1), Part.QUESTION);
            } else if ((m = ANSWER_LINE.matcher(line)).matches() && (draft == null || draft.part == Part.QUESTION
                    || (draft.part == Part.ANSWER && !draft.answerStarted()))) {
                if (draft == null) {
                    problems.add(new ImportProblem(lineNumber, Kind.ANSWER_WITHOUT_QUESTION,
                            "an answer (A:) comes before any question (Q: or ## heading)"));
                } else {
                    draft.part = Part.ANSWER;
                    draft.answer.add(m.group(1));
                }
            } else if (draft == null) {
                continue; // a title or introduction before the first card
            } else if ((m = TAGS_LINE.matcher(line)).matches()) {
                draft.tags.addAll(CardText.tags(m.group(1), true));
            } else if (KEY_POINTS_LINE.matcher(line).matches()) {
                draft.part = Part.KEY_POINTS;
            } else if (draft.part == Part.KEY_POINTS && !addKeyPoint(draft, line)) {
                draft.part = Part.ANSWER;
                draft.answer.add(line);
            } else if (draft.part != Part.KEY_POINTS) {
                addText(draft, line);
            }
        }
        finish(draft, cards, problems);
        return new Parsed(cards, problems);
    }

    /** True if the line belongs to the key points (a bullet, an indented continuation, or blank). */
    private static boolean addKeyPoint(Draft draft, String line) {
        if (line.isBlank()) {
            return true;
        }
        Matcher bullet = BULLET.matcher(line);
        if (bullet.matches()) {
            draft.keyPoints.add(bullet.group(1).strip());
            return true;
        }
        if (Character.isWhitespace(line.charAt(0)) && !draft.keyPoints.isEmpty()) {
            int last = draft.keyPoints.size() - 1;
            draft.keyPoints.set(last, draft.keyPoints.get(last) + " " + line.strip());
            return true;
        }
        return false;
    }

    private static void addText(Draft draft, String line) {
        if (draft == null) {
            return;
        }
        if (draft.part == Part.QUESTION) {
            draft.question.add(line);
        } else {
            if (draft.part == Part.KEY_POINTS) {
                draft.part = Part.ANSWER;
            }
            draft.answer.add(line);
        }
    }

    private static void finish(Draft draft, List<ParsedCard> cards, List<ImportProblem> problems) {
        if (draft == null) {
            return;
        }
        String question = CardText.clean(String.join("\n", draft.question));
        String answer = stripBlankLines(String.join("\n", draft.answer));
        if (question.isEmpty()) {
            problems.add(new ImportProblem(draft.line, Kind.EMPTY_QUESTION, "the question is empty"));
        } else if (answer.isEmpty()) {
            problems.add(new ImportProblem(draft.line, Kind.EMPTY_ANSWER, "the question has no answer under it"));
        } else if (CardText.tooLong(question)) {
            problems.add(new ImportProblem(draft.line, Kind.FIELD_TOO_LONG, CardText.tooLongReason("question", question)));
        } else if (CardText.tooLong(answer)) {
            problems.add(new ImportProblem(draft.line, Kind.FIELD_TOO_LONG, CardText.tooLongReason("answer", answer)));
        } else {
            cards.add(new ParsedCard(draft.line, question, answer, new ArrayList<>(draft.tags), draft.keyPoints.stream()
                    .map(CardText::clean).toList()));
        }
    }

    /**
     * Removes blank lines at the start and end and trailing whitespace, but keeps the first line's indentation:
     * an answer may begin with an indented code block.
     */
    private static String stripBlankLines(String text) {
        String normalized = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).stripTrailing();
        int start = 0;
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c == '\n') {
                start = i + 1;
            } else if (!Character.isWhitespace(c)) {
                break;
            }
        }
        return normalized.substring(start);
    }
}

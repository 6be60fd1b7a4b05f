package dev.opsdojo.srs.io;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the HTML of an Anki field into plain text. {@code <br>} is a line break; block elements ({@code <div>},
 * {@code <p>}, list items, table rows, headings) start a new line, so Anki's {@code line<div>next</div>} reads as two
 * lines and {@code <div><br></div>} as an empty one; a list item starts with "- ". Every other tag is dropped, and
 * the content of {@code <script>} and {@code <style>} is dropped with it. Entities are decoded: {@code &amp; &lt;
 * &gt; &quot; &apos; &#39;}, any numeric {@code &#NNN;} / {@code &#xHH;}, and {@code &nbsp;} as an ordinary space
 * (cards are Markdown, where a no-break space only gets in the way). A {@code <} that does not begin a tag, and an
 * unknown entity, are kept as text.
 */
final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("div", "p", "li", "ul", "ol", "tr", "table", "blockquote", "pre",
            "hr", "h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> DROPPED_WITH_CONTENT = Set.of("script", "style");
    private static final Map<String, String> ENTITIES = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ");

    private HtmlText() {
    }

    static String toPlainText(String html) {
        var out = new StringBuilder(html.length());
        int n = html.length();
        int i = 0;
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<' && html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
            } else if (c == '<' && startsTag(html, i)) {
                int end = tagEnd(html, i);
                if (end < 0) { // "<b" with no ">" anywhere after it: not markup, just text
                    out.append(c);
                    i++;
                    continue;
                }
                boolean closing = html.charAt(i + 1) == '/';
                String name = tagName(html, closing ? i + 2 : i + 1);
                i = end + 1;
                if (!closing && DROPPED_WITH_CONTENT.contains(name)) {
                    i = skipPastClosingTag(html, i, name);
                } else if (name.equals("br")) {
                    out.append('\n');
                } else if (BLOCKS.contains(name)) {
                    startLine(out);
                    if (!closing && name.equals("li")) {
                        out.append("- ");
                    }
                }
            } else if (c == '&') {
                i = appendEntity(html, i, out);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static boolean startsTag(String html, int i) {
        if (i + 1 >= html.length()) {
            return false;
        }
        char next = html.charAt(i + 1);
        return Character.isLetter(next) || next == '/' || next == '!' || next == '?';
    }

    /** The index of the {@code >} closing the tag at {@code i}, skipping quoted attribute values; -1 if none. */
    private static int tagEnd(String html, int i) {
        char quote = 0;
        for (int j = i + 1; j < html.length(); j++) {
            char c = html.charAt(j);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return j;
            }
        }
        return -1;
    }

    private static String tagName(String html, int from) {
        int j = from;
        while (j < html.length() && Character.isLetterOrDigit(html.charAt(j))) {
            j++;
        }
        return html.substring(from, j).toLowerCase(Locale.ROOT);
    }

    private static int skipPastClosingTag(String html, int from, String name) {
        for (int close = html.indexOf("</", from); close >= 0; close = html.indexOf("</", close + 2)) {
            if (html.regionMatches(true, close + 2, name, 0, name.length())) {
                int end = html.indexOf('>', close);
                return end < 0 ? html.length() : end + 1;
            }
        }
        return html.length();
    }

    /** A block boundary: a new line unless the text is empty or already at the start of a line. */
    private static void startLine(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private static int appendEntity(String html, int i, StringBuilder out) {
        int semicolon = html.indexOf(';', i + 1);
        if (semicolon < 0 || semicolon - i > 12) {
            out.append('&');
            return i + 1;
        }
        String body = html.substring(i + 1, semicolon);
        String decoded = decode(body);
        if (decoded == null) {
            out.append('&');
            return i + 1;
        }
        out.append(decoded);
        return semicolon + 1;
    }

    private static String decode(String body) {
        if (body.startsWith("#")) {
            try {
                boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
                int codePoint = Integer.parseInt(body.substring(hex ? 2 : 1), hex ? 16 : 10);
                boolean valid = codePoint > 0 && codePoint <= Character.MAX_CODE_POINT
                        && !(codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE);
                return valid ? Character.toString(codePoint) : null;
            } catch (NumberFormatException notANumber) {
                return null;
            }
        }
        return ENTITIES.get(body.toLowerCase(Locale.ROOT));
    }
}

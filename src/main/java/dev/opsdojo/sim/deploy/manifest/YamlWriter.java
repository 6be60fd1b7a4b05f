package dev.opsdojo.sim.deploy.manifest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A tiny block-style YAML writer for the manifests, so the app needs no YAML library at run time. A value is a
 * {@link Node.Mapping}, a {@link List}, a {@link Node.Literal} (multi-line text), a {@code String}, an {@code Integer}
 * or {@code Long}, a {@code Double} or a {@code Boolean}.
 *
 * <p>A string is written plain only when every YAML 1.1 and 1.2 reader takes it back as that same string: it starts
 * with a letter, {@code /} or {@code _}, holds only letters, digits and {@code _ . / : -}, does not end with {@code :}
 * and is not one of the words YAML 1.1 reads as a boolean or null ({@code yes}, {@code on}, {@code n}, {@code ~} …).
 * Everything else is double-quoted with escapes, so {@code "25%"}, {@code "true"}, {@code "0755"}, {@code "1:20"} or an
 * image name with spaces all read back as strings. Characters YAML does not allow in a stream are escaped; a lone
 * surrogate (not a character at all) is written as U+FFFD.
 */
final class YamlWriter {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_/][A-Za-z0-9_./:-]*");
    /** Words YAML 1.1 (SnakeYAML, older kubectl) or 1.2 resolves to booleans or null; compared lower-cased. */
    private static final Set<String> RESERVED = Set.of("y", "yes", "n", "no", "true", "false", "on", "off", "null", "~");
    private static final String INDENT = "  ";

    private YamlWriter() {
    }

    /** Nodes that are not plain Java scalars or lists. */
    sealed interface Node {

        /** An ordered mapping, with {@code #} comment lines between its entries. */
        final class Mapping implements Node {
            private final List<Object> entries = new ArrayList<>();

            /** Adds {@code key: value}; a null value is refused (leave the key out instead). */
            Mapping put(String key, Object value) {
                Objects.requireNonNull(key, "key");
                Objects.requireNonNull(value, () -> "value of " + key);
                for (Object e : entries) {
                    if (e instanceof Entry entry && entry.key.equals(key)) {
                        throw new IllegalArgumentException("duplicate key " + key);
                    }
                }
                entries.add(new Entry(key, value));
                return this;
            }

            /** Adds {@code key: value} when {@code value} is not null. */
            Mapping putIfPresent(String key, Object value) {
                return value == null ? this : put(key, value);
            }

            /** A {@code # text} line before the next entry (several lines if the text has line breaks). */
            Mapping comment(String text) {
                entries.add(new Comment(text));
                return this;
            }

            boolean isEmpty() {
                return entries.stream().noneMatch(e -> e instanceof Entry);
            }
        }

        /** Multi-line text written as a literal block ({@code |}), line breaks kept. */
        record Literal(String text) implements Node {
            public Literal {
                Objects.requireNonNull(text, "text");
            }
        }
    }

    private record Entry(String key, Object value) {
    }

    private record Comment(String text) {
    }

    static Node.Mapping map() {
        return new Node.Mapping();
    }

    /** A mapping of the given key/value pairs, in order. */
    static Node.Mapping map(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        Node.Mapping m = new Node.Mapping();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** The document for {@code root}, ending with a line break. */
    static String write(Node.Mapping root) {
        StringBuilder out = new StringBuilder();
        if (root.isEmpty()) {
            out.append("{}\n");
        } else {
            writeMapping(out, root, 0, null);
        }
        return out.toString();
    }

    /** {@code # text} lines for a comment, one per line of the text. */
    static String commentLines(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\\R", -1)) {
            String shown = printable(line).stripTrailing();
            out.append(shown.isBlank() ? "#" : "# " + shown).append('\n');
        }
        return out.toString();
    }

    /** {@code text} with line breaks as spaces: for one-line comments. */
    static String oneLine(String text) {
        return text.replaceAll("\\R", " ");
    }

    /**
     * {@code text} with every character a YAML stream may not contain (control characters other than line breaks and
     * tab, lone surrogates, U+FFFE/U+FFFF) replaced by U+FFFD: comments cannot escape anything.
     */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '\n' || c == '\t' || (c >= 0x20 && c < 0x7f) || (c > 0x9f && !Character.isSurrogate(c) && c < 0xfffe
                    && c != 0x2028 && c != 0x2029 && c != 0xfeff)) {
                out.append(c);
            } else {
                out.append('\uFFFD');
            }
        }
        return out.toString();
    }

    /**
     * Writes the entries of {@code m} at {@code level}; when {@code firstPrefix} is set (a list item), the first
     * entry's line starts with it instead of the indentation.
     */
    private static void writeMapping(StringBuilder out, Node.Mapping m, int level, String firstPrefix) {
        String indent = INDENT.repeat(level);
        boolean first = true;
        for (Object e : m.entries) {
            String lead = first && firstPrefix != null ? firstPrefix : indent;
            if (e instanceof Comment c) {
                if (first && firstPrefix != null) {
                    throw new IllegalStateException("a list item cannot start with a comment");
                }
                for (String line : commentLines(c.text).split("\n")) {
                    out.append(indent).append(line).append('\n');
                }
                continue;
            }
            Entry entry = (Entry) e;
            out.append(lead).append(scalar(entry.key)).append(':');
            writeValue(out, entry.value, level);
            first = false;
        }
    }

    /** Writes what follows {@code key:} for a value of a mapping at {@code level}. */
    private static void writeValue(StringBuilder out, Object value, int level) {
        if (value instanceof Node.Mapping m) {
            if (m.isEmpty()) {
                out.append(" {}\n");
            } else {
                out.append('\n');
                writeMapping(out, m, level + 1, null);
            }
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append(" []\n");
            } else {
                out.append('\n');
                // Kubernetes style: the dashes line up with the key.
                writeList(out, list, level);
            }
        } else if (value instanceof Node.Literal literal) {
            writeLiteral(out, literal.text(), level + 1);
        } else {
            out.append(' ').append(scalar(value)).append('\n');
        }
    }

    private static void writeList(StringBuilder out, List<?> list, int level) {
        String indent = INDENT.repeat(level);
        for (Object item : list) {
            Objects.requireNonNull(item, "list item");
            if (item instanceof Node.Mapping m && !m.isEmpty()) {
                writeMapping(out, m, level + 1, indent + "- ");
            } else if (item instanceof Node.Mapping) {
                out.append(indent).append("- {}\n");
            } else if (item instanceof List<?> || item instanceof Node.Literal) {
                throw new IllegalArgumentException("lists of lists and literals in lists are not needed here");
            } else {
                out.append(indent).append("- ").append(scalar(item)).append('\n');
            }
        }
    }

    /**
     * A literal block when the text allows one (no leading space on the first line, no trailing spaces, no tabs or
     * other control characters, not blank), otherwise the same text double-quoted.
     */
    private static void writeLiteral(StringBuilder out, String text, int level) {
        String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        boolean fits = !body.isBlank() && !body.startsWith(" ") && !body.endsWith("\n")
                && body.lines().noneMatch(l -> l.endsWith(" "))
                && body.chars().allMatch(ch -> ch == '\n' || (ch >= 0x20 && ch != 0x7f && ch < 0x80));
        if (!fits) {
            out.append(' ').append(quoted(text)).append('\n');
            return;
        }
        out.append(text.endsWith("\n") ? " |\n" : " |-\n");
        String indent = INDENT.repeat(level);
        for (String line : body.split("\n", -1)) {
            out.append(line.isEmpty() ? "" : indent + line).append('\n');
        }
    }

    /** One scalar on one line. */
    static String scalar(Object value) {
        if (value instanceof String s) {
            return plainSafe(s) ? s : quoted(s);
        }
        if (value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        if (value instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                throw new IllegalArgumentException("no NaN or infinity in a manifest");
            }
            String text = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            return text.contains(".") ? text : text + ".0";
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        throw new IllegalArgumentException("not a YAML scalar: " + value.getClass());
    }

    static boolean plainSafe(String s) {
        return PLAIN.matcher(s).matches() && !s.endsWith(":") && !RESERVED.contains(s.toLowerCase(Locale.ROOT));
    }

    /** {@code s} double-quoted, with YAML escapes for quotes, backslashes and anything not printable. */
    static String quoted(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
                continue;
            }
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (Character.isSurrogate(c)) {
                        out.append("\\uFFFD");
                    } else if (c < 0x20 || (c >= 0x7f && c <= 0xa0) || c == 0x2028 || c == 0x2029 || c == 0xfeff || c >= 0xfffe) {
                        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}

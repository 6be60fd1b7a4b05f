package dev.opsdojo.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Light syntax highlighting for the code lessons show (yaml, json, bash, java): comments, strings, numbers,
 * keywords and keys. Not a parser; just enough colour to read a manifest or a command. The tokens always
 * concatenate back to the input, so nothing the learner copies is changed.
 */
public final class CodeHighlighter {

    public enum Kind { PLAIN, COMMENT, STRING, NUMBER, KEYWORD, KEY }

    public record Token(Kind kind, String text) {
    }

    private static final Set<String> JAVA_KEYWORDS = Set.of("abstract", "boolean", "break", "case", "catch", "class",
            "double", "else", "enum", "extends", "final", "for", "if", "implements", "import", "int", "interface", "long",
            "new", "null", "package", "private", "protected", "public", "record", "return", "static", "switch", "this",
            "throw", "throws", "try", "var", "void", "while", "true", "false", "sealed", "permits", "yield");
    private static final Set<String> BASH_KEYWORDS = Set.of("if", "then", "else", "elif", "fi", "for", "in", "do", "done",
            "while", "case", "esac", "function", "export", "local", "return", "echo", "cd", "sudo");
    private static final Set<String> LITERALS = Set.of("true", "false", "null", "yes", "no", "on", "off", "~");

    private static final Pattern JAVA = Pattern.compile(
            "(?<comment>//[^\\n]*|/\\*[\\s\\S]*?\\*/)|(?<string>\"[^\"\\\\\\n]*+(?:\\\\.[^\"\\\\\\n]*+)*+\"|'[^'\\\\\\n]*+(?:\\\\.[^'\\\\\\n]*+)*+')|(?<number>\\b\\d[\\d_.]*[lLdDfF]?\\b)|(?<word>\\b[A-Za-z_]\\w*\\b)");
    private static final Pattern BASH = Pattern.compile(
            "(?<comment>(?<![\\w${])#[^\\n]*)|(?<string>\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\"|'[^']*+')|(?<number>(?<![\\w-])\\d+(?:\\.\\d+)?\\b)|(?<word>(?<![\\w-])[A-Za-z_][\\w-]*)");
    private static final Pattern JSON = Pattern.compile(
            "(?<key>\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\"(?=\\s*:))|(?<string>\"[^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+\")|(?<number>-?\\b\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?\\b)|(?<word>\\b(?:true|false|null)\\b)");
    private static final Pattern YAML = Pattern.compile(
            "(?<comment>(?<=^|\\s)#[^\\n]*)|(?<key>(?<=^|\\n|- )[ \\t]*[\\w./-]+(?=:(?:\\s|$)))|(?<string>\"[^\"\\\\\\n]*+(?:\\\\.[^\"\\\\\\n]*+)*+\"|'[^'\\n]*+')|(?<number>(?<=[:\\s-])\\d+(?:\\.\\d+)?(?:m|Mi|Gi|Ki|%)?\\b)|(?<word>\\b(?:true|false|null|yes|no)\\b)",
            Pattern.MULTILINE);

    private CodeHighlighter() {
    }

    public static List<Token> highlight(String language, String code) {
        String lang = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        Pattern pattern;
        Set<String> keywords;
        switch (lang) {
            case "java" -> { pattern = JAVA; keywords = JAVA_KEYWORDS; }
            case "bash", "sh", "shell", "console", "zsh" -> { pattern = BASH; keywords = BASH_KEYWORDS; }
            case "json" -> { pattern = JSON; keywords = LITERALS; }
            case "yaml", "yml" -> { pattern = YAML; keywords = LITERALS; }
            default -> { return List.of(new Token(Kind.PLAIN, code)); }
        }
        List<Token> tokens = new ArrayList<>();
        Matcher m = pattern.matcher(code);
        int last = 0;
        while (m.find()) {
            Kind kind = kindOf(m, keywords);
            if (kind == Kind.PLAIN) {
                continue;
            }
            if (m.start() > last) {
                tokens.add(new Token(Kind.PLAIN, code.substring(last, m.start())));
            }
            tokens.add(new Token(kind, m.group()));
            last = m.end();
        }
        if (last < code.length()) {
            tokens.add(new Token(Kind.PLAIN, code.substring(last)));
        }
        return tokens;
    }

    private static Kind kindOf(Matcher m, Set<String> keywords) {
        if (has(m, "comment")) {
            return Kind.COMMENT;
        }
        if (has(m, "key")) {
            return Kind.KEY;
        }
        if (has(m, "string")) {
            return Kind.STRING;
        }
        if (has(m, "number")) {
            return Kind.NUMBER;
        }
        if (has(m, "word") && keywords.contains(m.group("word"))) {
            return Kind.KEYWORD;
        }
        return Kind.PLAIN;
    }

    private static boolean has(Matcher m, String group) {
        try {
            return m.group(group) != null;
        } catch (IllegalArgumentException noSuchGroup) {
            return false;
        }
    }
}

package dev.opsdojo.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.lesson.CodeHighlighter.Kind;
import dev.opsdojo.lesson.CodeHighlighter.Token;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Colour for code in lessons, without ever changing the code the learner copies. */
class CodeHighlighterTest {

    private static String joined(List<Token> tokens) {
        return tokens.stream().map(Token::text).collect(Collectors.joining());
    }

    private static List<String> textsOf(List<Token> tokens, Kind kind) {
        return tokens.stream().filter(t -> t.kind() == kind).map(Token::text).toList();
    }

    @Property(tries = 200)
    void tokensAlwaysJoinBackToTheInput(@ForAll("language") String language, @ForAll("code") String code) {
        List<Token> tokens = CodeHighlighter.highlight(language, code);

        assertThat(joined(tokens)).isEqualTo(code);
        if (!code.isEmpty()) {
            assertThat(tokens).allSatisfy(t -> assertThat(t.text()).isNotEmpty());
        }
    }

    @Property(tries = 100)
    void plainTokensNeverSitSideBySide(@ForAll("language") String language, @ForAll("code") String code) {
        List<Token> tokens = CodeHighlighter.highlight(language, code);

        for (int i = 1; i < tokens.size(); i++) {
            assertThat(tokens.get(i - 1).kind() == Kind.PLAIN && tokens.get(i).kind() == Kind.PLAIN).isFalse();
        }
    }

    @Provide
    Arbitrary<String> language() {
        return Arbitraries.of("yaml", "yml", "json", "bash", "sh", "java", "JAVA", " Yaml ", "python", "");
    }

    /** Random text, biased toward the characters the patterns care about. */
    @Provide
    Arbitrary<String> code() {
        Arbitrary<String> structured = Arbitraries.strings()
                .withChars("\"'#:/*-\\ \n\t{}[],.=$0123456789abcdefxyzABC_")
                .ofMaxLength(200);
        return Arbitraries.oneOf(structured, Arbitraries.strings().ofMaxLength(200));
    }

    @Test
    void yamlKeysCommentsStringsAndNumbers() {
        List<Token> tokens = CodeHighlighter.highlight("yaml", """
                # a deployment
                metadata:
                  name: "web"
                spec:
                  replicas: 3
                  containers:
                    - name: app
                      cpu: 500m
                """);

        assertThat(textsOf(tokens, Kind.COMMENT)).containsExactly("# a deployment");
        assertThat(textsOf(tokens, Kind.KEY)).extracting(String::strip)
                .containsExactly("metadata", "name", "spec", "replicas", "containers", "name", "cpu");
        assertThat(textsOf(tokens, Kind.STRING)).containsExactly("\"web\"");
        assertThat(textsOf(tokens, Kind.NUMBER)).containsExactly("3", "500m");
    }

    @Test
    void yamlHashInsideAWordIsNotAComment() {
        List<Token> tokens = CodeHighlighter.highlight("yaml", "image: repo/app#tag\n");

        assertThat(textsOf(tokens, Kind.COMMENT)).isEmpty();
    }

    @Test
    void yamlBooleansAreKeywords() {
        assertThat(textsOf(CodeHighlighter.highlight("yaml", "enabled: true\nother: no\n"), Kind.KEYWORD)).containsExactly("true", "no");
    }

    @Test
    void jsonKeysAreKeysAndValuesAreStrings() {
        List<Token> tokens = CodeHighlighter.highlight("json", "{\n  \"service\": \"checkout-api\",\n  \"objective\": 0.999,\n  \"on\": true\n}");

        assertThat(textsOf(tokens, Kind.KEY)).containsExactly("\"service\"", "\"objective\"", "\"on\"");
        assertThat(textsOf(tokens, Kind.STRING)).containsExactly("\"checkout-api\"");
        assertThat(textsOf(tokens, Kind.NUMBER)).containsExactly("0.999");
        assertThat(textsOf(tokens, Kind.KEYWORD)).containsExactly("true");
    }

    @Test
    void aJsonStringWithAnEscapedQuoteIsOneString() {
        List<Token> tokens = CodeHighlighter.highlight("json", "[\"say \\\"hi\\\"\"]");

        assertThat(textsOf(tokens, Kind.STRING)).containsExactly("\"say \\\"hi\\\"\"");
    }

    @Test
    void bashCommentsStringsAndKeywords() {
        List<Token> tokens = CodeHighlighter.highlight("bash", "# scale out\nkubectl scale deployment web --replicas=5 # now\necho \"done\"\n");

        assertThat(textsOf(tokens, Kind.COMMENT)).containsExactly("# scale out", "# now");
        assertThat(textsOf(tokens, Kind.STRING)).containsExactly("\"done\"");
        assertThat(textsOf(tokens, Kind.KEYWORD)).containsExactly("echo");
    }

    @Test
    void bashSpecialParameterIsNotAComment() {
        assertThat(textsOf(CodeHighlighter.highlight("bash", "echo $# args\n"), Kind.COMMENT)).isEmpty();
    }

    @Test
    void bashArrayLengthIsNotAComment() {
        assertThat(textsOf(CodeHighlighter.highlight("bash", "echo ${#items[@]} items\n"), Kind.COMMENT)).isEmpty();
    }

    @Test
    void javaKeywordsCommentsAndStrings() {
        List<Token> tokens = CodeHighlighter.highlight("java", "public record Pod(int cpu) { } // a pod\nString s = \"x\"; /* block */");

        assertThat(textsOf(tokens, Kind.KEYWORD)).containsExactly("public", "record", "int");
        assertThat(textsOf(tokens, Kind.COMMENT)).containsExactly("// a pod", "/* block */");
        assertThat(textsOf(tokens, Kind.STRING)).containsExactly("\"x\"");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "python", "text", "widget nines"})
    void anUnknownLanguageIsOnePlainToken(String language) {
        String code = "def f():\n    return \"x\"  # comment\n";

        assertThat(CodeHighlighter.highlight(language, code)).containsExactly(new Token(Kind.PLAIN, code));
    }

    @Test
    void theLanguageNameIgnoresCaseAndSpaces() {
        assertThat(CodeHighlighter.highlight(" YAML ", "a: 1")).isEqualTo(CodeHighlighter.highlight("yaml", "a: 1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "yaml", "bash", "java"})
    void aVeryLongQuotedStringIsHighlightedWithoutOverflowingTheStack(String language) throws InterruptedException {
        String code = "key: \"" + "A".repeat(20_000) + "\"\n";
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<List<Token>> tokens = new AtomicReference<>();
        // The JavaFX application thread, like most threads, has the platform's default stack size.
        Thread thread = new Thread(null, () -> {
            try {
                tokens.set(CodeHighlighter.highlight(language, code));
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "default-stack", 1024 * 1024);
        thread.start();
        thread.join();

        assertThat(failure.get()).isNull();
        assertThat(joined(tokens.get())).isEqualTo(code);
    }
}

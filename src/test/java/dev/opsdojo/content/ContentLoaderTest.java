package dev.opsdojo.content;

import static dev.opsdojo.content.ContentFolder.frontMatter;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Set;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How lessons are loaded from content folders. Every bad file becomes one problem naming its file and line,
 * and never stops the other lessons from loading. The valid front matter written by {@link ContentFolder}
 * sits on file lines 1–8: {@code ---}, id, title, topic, order, minutes, summary, {@code ---}.
 */
class ContentLoaderTest {

    @TempDir
    Path temp;

    private ContentFolder folder() {
        return ContentFolder.in(temp.resolve("mine"), "mine");
    }

    /** A folder with one good lesson ("good") and one file under test. */
    private ContentFolder withGoodLessonAnd(String fileName, String text) {
        return folder().lesson("en", "good").file("en", fileName, text);
    }

    /** The front matter of {@code bad} with file line {@code lineNumber} (1-based) replaced. */
    private static String withLine(int lineNumber, String replacement) {
        List<String> lines = new ArrayList<>(frontMatter("bad").lines().toList());
        lines.set(lineNumber - 1, replacement);
        return String.join("\n", lines) + "\n\nBody.\n";
    }

    private static String withoutLine(int lineNumber) {
        List<String> lines = new ArrayList<>(frontMatter("bad").lines().toList());
        lines.remove(lineNumber - 1);
        return String.join("\n", lines) + "\n\nBody.\n";
    }

    private static ContentProblem onlyProblem(ContentLibrary library) {
        assertThat(library.problems()).hasSize(1);
        return library.problems().get(0);
    }

    private static void assertGoodLessonStillLoads(ContentLibrary library) {
        assertThat(library.lesson("good", "en")).as("the other lesson still loads").isPresent();
    }

    /** The file is listed as a broken English lesson, with the same problem the library reports. */
    private static void assertBrokenInEnglish(ContentLibrary library, String fileName) {
        assertThat(library.brokenLessons("en")).singleElement().satisfies(broken -> {
            assertThat(broken.file().display()).isEqualTo("mine/lessons/en/" + fileName);
            assertThat(broken.problem()).isEqualTo(library.problems().get(0));
        });
        assertThat(library.brokenLessons("ko")).isEmpty();
    }

    @Nested
    class ValidLessons {

        @Test
        void aValidLessonLoadsWithAllFrontMatterFields() {
            ContentFolder content = folder().file("en", "full.md", """
                    ---
                    id: full
                    title: A full lesson
                    topic: advanced
                    order: 3
                    minutes: 12
                    summary: Every field there is.
                    keywords: [alpha, beta]
                    cards: [card-one]
                    sims: ["sim:scale-out?preset=flash-sale"]
                    sources:
                      - title: The source
                        url: https://example.com/source
                    ---

                    # Heading

                    Text.
                    """);

            content.presets("flash-sale");
            ContentLibrary library = content.load(Set.of("card-one"));

            assertThat(library.problems()).isEmpty();
            Lesson lesson = library.lesson("full", "en").orElseThrow().lesson();
            LessonMeta meta = lesson.meta();
            assertThat(meta.id()).isEqualTo("full");
            assertThat(meta.title()).isEqualTo("A full lesson");
            assertThat(meta.topic()).isEqualTo("advanced");
            assertThat(meta.order()).isEqualTo(3);
            assertThat(meta.minutes()).isEqualTo(12);
            assertThat(meta.summary()).isEqualTo("Every field there is.");
            assertThat(meta.keywords()).containsExactly("alpha", "beta");
            assertThat(meta.cards()).containsExactly("card-one");
            assertThat(meta.sims()).containsExactly("sim:scale-out?preset=flash-sale");
            assertThat(meta.sources()).containsExactly(new SourceRef("The source", "https://example.com/source"));
            assertThat(lesson.lang()).isEqualTo("en");
            assertThat(lesson.file().display()).isEqualTo("mine/lessons/en/full.md");
        }

        @Test
        void theBodyStartsAfterTheClosingFenceAndKnowsItsFileLine() {
            ContentFolder content = folder().file("en", "x.md", frontMatter("x") + "First body line.\nSecond.\n");

            Lesson lesson = content.load().lesson("x", "en").orElseThrow().lesson();

            assertThat(lesson.body()).isEqualTo("First body line.\nSecond.");
            assertThat(lesson.bodyFirstLine()).isEqualTo(9);
        }

        @Test
        void aByteOrderMarkAndWindowsLineEndingsAreAccepted() {
            String crlf = ("\uFEFF" + frontMatter("windows") + "\nBody.\n").replace("\n", "\r\n");
            ContentFolder content = folder().file("en", "windows.md", crlf);

            ContentLibrary library = content.load();

            assertThat(library.problems()).isEmpty();
            assertThat(library.lesson("windows", "en").orElseThrow().lesson().meta().title()).isEqualTo("Title of windows");
        }

        @Test
        void topicsKeepTheOrderOfTopicsYamlWithTitlesPerLanguage() {
            ContentLibrary library = folder().load();

            assertThat(library.topics()).extracting(Topic::id).containsExactly("basics", "advanced");
            assertThat(library.topics()).extracting(Topic::order).containsExactly(1, 2);
            assertThat(library.topic("basics").orElseThrow().title("ko")).isEqualTo("기초");
            assertThat(library.topic("basics").orElseThrow().title("en")).isEqualTo("Basics");
        }
    }

    @Nested
    class LanguagesAndFallback {

        @Test
        void aLessonOnlyInKoreanIsShownInEnglishAsAFallbackFromKorean() {
            ContentFolder content = folder().lesson("ko", "only-ko");

            ContentLibrary.Resolved resolved = content.load().lesson("only-ko", "en").orElseThrow();

            assertThat(resolved.lesson().lang()).isEqualTo("ko");
            assertThat(resolved.fallbackFrom()).contains("ko");
            assertThat(resolved.isFallback()).isTrue();
        }

        @Test
        void aLessonOnlyInEnglishIsShownInKoreanAsAFallbackFromEnglish() {
            ContentFolder content = folder().lesson("en", "only-en");

            ContentLibrary.Resolved resolved = content.load().lesson("only-en", "ko").orElseThrow();

            assertThat(resolved.lesson().lang()).isEqualTo("en");
            assertThat(resolved.fallbackFrom()).contains("en");
        }

        @Test
        void aLessonInTheWantedLanguageIsNotAFallback() {
            ContentFolder content = folder().lesson("en", "both").lesson("ko", "both");

            ContentLibrary.Resolved resolved = content.load().lesson("both", "ko").orElseThrow();

            assertThat(resolved.lesson().lang()).isEqualTo("ko");
            assertThat(resolved.isFallback()).isFalse();
        }

        @Test
        void anUnknownLessonResolvesToNothing() {
            assertThat(folder().lesson("en", "real").load().lesson("imaginary", "en")).isEmpty();
        }

        @Test
        void anUnsupportedLanguageFolderIsReportedAndItsLessonsAreNotLoaded() {
            ContentFolder content = folder().lesson("en", "good").lesson("fr", "bonjour");

            ContentLibrary library = content.load();

            ContentProblem problem = onlyProblem(library);
            assertThat(problem.file()).isEqualTo("mine/lessons/fr");
            assertThat(problem.line()).isZero();
            assertThat(problem.message()).contains("unsupported language folder 'fr'").contains("en").contains("ko");
            assertThat(library.hasLesson("bonjour")).isFalse();
            assertGoodLessonStillLoads(library);
        }

        @Test
        void theAssetsFolderBesideTheLanguagesIsNotALanguage() {
            ContentFolder content = folder().lesson("en", "good");
            ContentFolder.write(content.dir().resolve("lessons/assets/readme.md"), "not a lesson");

            assertThat(content.load().problems()).isEmpty();
        }
    }

    @Nested
    class CourseOrder {

        @Test
        void lessonsAreOrderedByTopicOrderThenOrderThenId() {
            ContentFolder content = folder()
                    .file("en", "b1.md", frontMatter("b1", "advanced", 1))
                    .file("en", "a2.md", frontMatter("a2", "basics", 2))
                    .file("en", "a1.md", frontMatter("a1", "basics", 1))
                    .file("en", "a1-twin.md", frontMatter("a1-twin", "basics", 1))
                    .file("ko", "a0.md", frontMatter("a0", "basics", 0));

            ContentLibrary library = content.load();

            assertThat(library.lessonIdsInCourseOrder()).containsExactly("a0", "a1", "a1-twin", "a2", "b1");
            assertThat(library.lessonCount()).isEqualTo(5);
        }

        @Test
        void nextLessonFollowsCourseOrderAcrossTopicsAndEndsAtTheLast() {
            ContentFolder content = folder()
                    .file("en", "b1.md", frontMatter("b1", "advanced", 1))
                    .file("en", "a1.md", frontMatter("a1", "basics", 1));

            ContentLibrary library = content.load();

            assertThat(library.nextLessonId("a1")).contains("b1");
            assertThat(library.nextLessonId("b1")).isEmpty();
        }

        @Test
        void lessonsOfATopicAreListedInCourseOrderForTheLanguage() {
            ContentFolder content = folder()
                    .file("en", "a2.md", frontMatter("a2", "basics", 2))
                    .file("ko", "a1.md", frontMatter("a1", "basics", 1))
                    .file("en", "b1.md", frontMatter("b1", "advanced", 1));

            List<ContentLibrary.Resolved> basics = content.load().lessonsOfTopic("basics", "en");

            assertThat(basics).extracting(r -> r.lesson().id()).containsExactly("a1", "a2");
            assertThat(basics.get(0).fallbackFrom()).contains("ko");
        }
    }

    @Nested
    class SeveralFolders {

        @Test
        void aUserFolderReplacesABuiltInLessonWithTheSameIdAndLanguageWhileTheOthersStillLoad() {
            ContentFolder builtIn = ContentFolder.in(temp.resolve("builtin"), "content")
                    .lesson("en", "shared").lesson("ko", "shared").lesson("en", "untouched");
            ContentFolder user = ContentFolder.withoutTopics(temp.resolve("user"), "user")
                    .file("en", "my-version.md", frontMatter("shared").replace("Title of shared", "My own title") + "\nMine.\n");

            ContentLibrary library = new ContentLoader().load(List.of(builtIn.root(), user.root()));

            assertThat(library.problems()).isEmpty();
            Lesson english = library.lesson("shared", "en").orElseThrow().lesson();
            assertThat(english.meta().title()).isEqualTo("My own title");
            assertThat(english.file().display()).isEqualTo("user/lessons/en/my-version.md");
            assertThat(library.lesson("shared", "ko").orElseThrow().lesson().file().display())
                    .as("the Korean built-in lesson was not replaced").isEqualTo("content/lessons/ko/shared.md");
            assertThat(library.lesson("untouched", "en")).isPresent();
        }

        @Test
        void aUserFolderMayAddTopicsAndLessonsOfItsOwn() {
            ContentFolder builtIn = ContentFolder.in(temp.resolve("builtin"), "content").lesson("en", "base");
            ContentFolder user = ContentFolder.withoutTopics(temp.resolve("user"), "user")
                    .topics("- id: extra\n  title: {en: Extra}\n")
                    .file("en", "added.md", frontMatter("added", "extra", 1));

            ContentLibrary library = new ContentLoader().load(List.of(builtIn.root(), user.root()));

            assertThat(library.problems()).isEmpty();
            assertThat(library.topics()).extracting(Topic::id).containsExactly("basics", "advanced", "extra");
            assertThat(library.lessonIdsInCourseOrder()).containsExactly("base", "added");
        }
    }

    @Nested
    class ScenarioFiles {

        @Test
        void validPresetsGiveNoProblems() {
            assertThat(folder().lesson("en", "one").presets("steady", "chaos").load().problems()).isEmpty();
        }

        @Test
        void eachProblemOfAPresetIsReportedWithItsFileLineAndKeyPath() {
            ContentLibrary library = folder().lesson("en", "one").scenario("broken", """
                    {
                      "durationSeconds": 0,
                      "workload": { "type": "open", "ratePerSecond": 1 },
                      "service": { "distribution": "exponential", "meanMs": 100 },
                      "pods": { "replicass": 1, "replicas": 1 }
                    }
                    """).load();

            assertThat(library.problems()).containsExactly(
                    new ContentProblem("mine/scenarios/broken.json", 2, "durationSeconds: must be at least 1 (was 0)"),
                    new ContentProblem("mine/scenarios/broken.json", 5, "pods.replicass: unknown key (did you mean replicas?)"));
        }

        @Test
        void malformedJsonInAPresetIsReportedOnItsLine() {
            ContentLibrary library = folder().lesson("en", "one").scenario("broken", "{\n  \"durationSeconds\": 60,\n  oops\n}\n").load();

            assertThat(library.problems()).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo("mine/scenarios/broken.json");
                assertThat(p.line()).isEqualTo(3);
                assertThat(p.message()).startsWith("invalid JSON: ");
            });
        }

        @Test
        void aCardsSimulatorPresetMustExist() {
            ContentFolder content = folder().lesson("en", "one").presets("steady");
            ContentFolder.write(content.dir().resolve("decks/en/d.json"), """
                    {"id": "d", "title": "Deck", "cards": [
                      {"id": "c", "topic": "basics", "difficulty": 1, "question": "Q?", "answer": "A.",
                       "sims": ["sim:scale-out?preset=steady", "sim:scale-out?preset=missing"]}]}
                    """);

            assertThat(content.load().problems()).extracting(ContentProblem::message)
                    .containsExactly("card 'c': simulator preset 'missing' does not exist (mine/scenarios has: steady)");
        }
    }

    @Nested
    class BrokenFiles {

        @Test
        void aFileWithoutFrontMatterIsReportedOnLineOne() {
            ContentLibrary library = withGoodLessonAnd("bad.md", "# Just a heading\n\nNo front matter.\n").load();

            ContentProblem problem = onlyProblem(library);
            assertThat(problem.file()).isEqualTo("mine/lessons/en/bad.md");
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.message()).startsWith("missing front matter");
            assertGoodLessonStillLoads(library);
            assertBrokenInEnglish(library, "bad.md");
        }

        @Test
        void anEmptyFileIsReportedAsMissingFrontMatter() {
            ContentLibrary library = withGoodLessonAnd("bad.md", "").load();

            assertThat(onlyProblem(library).message()).startsWith("missing front matter");
            assertGoodLessonStillLoads(library);
        }

        @Test
        void unclosedFrontMatterIsReportedOnLineOne() {
            String text = frontMatter("bad").replaceFirst("---\n$", "") + "\n# Body without a closing fence\n";
            ContentLibrary library = withGoodLessonAnd("bad.md", text).load();

            ContentProblem problem = onlyProblem(library);
            assertThat(problem.file()).isEqualTo("mine/lessons/en/bad.md");
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.message()).contains("not closed");
            assertGoodLessonStillLoads(library);
            assertBrokenInEnglish(library, "bad.md");
        }

        @ParameterizedTest(name = "line {0}: {1}")
        @CsvSource(delimiter = '|', value = {
                "7 | 'summary: one: two'",
                "3 | 'title: \"an unclosed quote'",
                "5 | '  order: 1'",
        })
        void aYamlSyntaxErrorPointsAtTheBrokenLineOfTheFile(int line, String broken) {
            ContentLibrary library = withGoodLessonAnd("bad.md", withLine(line, broken)).load();

            ContentProblem problem = onlyProblem(library);
            assertThat(problem.file()).isEqualTo("mine/lessons/en/bad.md");
            assertThat(problem.message()).startsWith("broken front matter");
            assertThat(problem.line()).isEqualTo(line);
            assertGoodLessonStillLoads(library);
            assertBrokenInEnglish(library, "bad.md");
        }

        @Test
        void anUnknownFieldIsNamedAndReportedInsideTheFrontMatter() {
            ContentLibrary library = withGoodLessonAnd("bad.md", withLine(3, "colour: red\ntitle: T")).load();

            ContentProblem problem = onlyProblem(library);
            assertThat(problem.file()).isEqualTo("mine/lessons/en/bad.md");
            assertThat(problem.message()).startsWith("unknown front matter field 'colour'")
                    .contains("known: id, title, topic, order, minutes, summary");
            assertThat(problem.line()).as("a line of the front matter").isBetween(2, 9);
            assertGoodLessonStillLoads(library);
            assertBrokenInEnglish(library, "bad.md");
        }

        @ParameterizedTest(name = "unknown field on line {0}")
        @ValueSource(ints = {3, 7})
        void anUnknownFieldIsReportedOnItsOwnLine(int line) {
            String text = withLine(line, "colour: red\n" + frontMatter("bad").lines().toList().get(line - 1));
            ContentLibrary library = withGoodLessonAnd("bad.md", text).load();

            ContentProblem problem = onlyProblem(library);
            assertThat(problem.message()).contains("'colour'");
            assertThat(problem.line()).isEqualTo(line);
        }

        @ParameterizedTest(name = "without {1}")
        @CsvSource({"2, id", "3, title", "4, topic", "5, order", "6, minutes", "7, summary"})
        void aMissingRequiredFieldIsNamed(int line, String field) {
            ContentLibrary library = withGoodLessonAnd("bad.md", withoutLine(line)).load();

            ContentProblem problem = onlyProblem(library);
            assertThat(problem.file()).isEqualTo("mine/lessons/en/bad.md");
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.message()).isEqualTo("front matter is missing the required field '" + field + "'");
            assertGoodLessonStillLoads(library);
            assertBrokenInEnglish(library, "bad.md");
        }

        @Test
        void aBlankRequiredFieldCountsAsMissing() {
            ContentLibrary library = withGoodLessonAnd("bad.md", withLine(3, "title: \"  \"")).load();

            assertThat(onlyProblem(library).message()).isEqualTo("front matter is missing the required field 'title'");
        }

        @Test
        void anUnknownTopicIsReportedOnTheLineOfTheTopicKey() {
            ContentLibrary library = withGoodLessonAnd("bad.md", withLine(4, "topic: nowhere")).load();

            ContentProblem problem = onlyProblem(library);
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.message()).contains("unknown topic 'nowhere'").contains("basics, advanced");
            assertGoodLessonStillLoads(library);
            assertBrokenInEnglish(library, "bad.md");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Upper-Case", "under_score", "-leading-dash", "'has space'", "'dots.in.id'", "'../escape'"})
        void aMalformedIdIsReportedOnTheLineOfTheIdKey(String id) {
            ContentLibrary library = withGoodLessonAnd("bad.md", withLine(2, "id: " + id)).load();

            ContentProblem problem = onlyProblem(library);
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).contains("must be lower-case letters, digits and dashes");
            assertGoodLessonStillLoads(library);
            assertBrokenInEnglish(library, "bad.md");
        }

        @ParameterizedTest
        @ValueSource(ints = {0, -5, 601})
        void minutesOutsideOneToSixHundredAreReportedOnTheirLine(int minutes) {
            ContentLibrary library = withGoodLessonAnd("bad.md", withLine(6, "minutes: " + minutes)).load();

            ContentProblem problem = onlyProblem(library);
            assertThat(problem.line()).isEqualTo(6);
            assertThat(problem.message()).contains("minutes must be between 1 and 600, was " + minutes);
        }

        @Test
        void aNonNumericOrderIsReportedOnItsLine() {
            ContentLibrary library = withGoodLessonAnd("bad.md", withLine(5, "order: first")).load();

            ContentProblem problem = onlyProblem(library);
            assertThat(problem.line()).isEqualTo(5);
            assertThat(problem.message()).startsWith("broken front matter");
            assertGoodLessonStillLoads(library);
        }

        @Test
        void aDuplicateIdInTheSameFolderReportsTheSecondFileAndKeepsTheFirst() {
            ContentFolder content = folder()
                    .file("en", "a-first.md", frontMatter("dup") + "\nFirst.\n")
                    .file("en", "b-second.md", frontMatter("dup") + "\nSecond.\n");

            ContentLibrary library = content.load();

            ContentProblem problem = onlyProblem(library);
            assertThat(problem.file()).isEqualTo("mine/lessons/en/b-second.md");
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.message()).contains("duplicate lesson id 'dup'").contains("mine/lessons/en/a-first.md");
            assertThat(library.lesson("dup", "en").orElseThrow().lesson().body()).contains("First.");
            assertThat(library.brokenLessons("en")).extracting(b -> b.file().display())
                    .containsExactly("mine/lessons/en/b-second.md");
        }

        @Test
        void theSameIdInTwoLanguagesIsNotADuplicate() {
            ContentLibrary library = folder().lesson("en", "same").lesson("ko", "same").load();

            assertThat(library.problems()).isEmpty();
        }

        @Test
        void aFileOverTheSizeLimitIsRefusedWithoutBeingParsed() {
            String text = padTo(frontMatter("huge") + "\n", ContentLoader.MAX_LESSON_BYTES + 1);
            ContentLibrary library = withGoodLessonAnd("huge.md", text).load();

            ContentProblem problem = onlyProblem(library);
            assertThat(problem.file()).isEqualTo("mine/lessons/en/huge.md");
            assertThat(problem.line()).as("the whole file").isZero();
            assertThat(problem.message())
                    .contains(String.format("file is %,d bytes; the limit is %,d bytes", ContentLoader.MAX_LESSON_BYTES + 1, ContentLoader.MAX_LESSON_BYTES));
            assertThat(library.hasLesson("huge")).isFalse();
            assertGoodLessonStillLoads(library);
            assertBrokenInEnglish(library, "huge.md");
        }

        @Test
        void aFileExactlyAtTheSizeLimitStillLoads() {
            String text = padTo(frontMatter("big") + "\n", ContentLoader.MAX_LESSON_BYTES);
            ContentLibrary library = folder().file("en", "big.md", text).load();

            assertThat(library.problems()).isEmpty();
            assertThat(library.hasLesson("big")).isTrue();
        }

        @Test
        void aBinaryFileIsRefused() {
            byte[] bytes = (frontMatter("binary") + "\nBody\u0000with a NUL.\n").getBytes(StandardCharsets.UTF_8);
            ContentLibrary library = folder().lesson("en", "good").bytes("en", "binary.md", bytes).load();

            ContentProblem problem = onlyProblem(library);
            assertThat(problem.file()).isEqualTo("mine/lessons/en/binary.md");
            assertThat(problem.line()).as("the whole file").isZero();
            assertThat(problem.message()).contains("binary file");
            assertThat(library.hasLesson("binary")).isFalse();
            assertGoodLessonStillLoads(library);
            assertBrokenInEnglish(library, "binary.md");
        }

        @Test
        void invalidUtf8IsRefused() {
            byte[] text = (frontMatter("latin") + "\nCaf").getBytes(StandardCharsets.UTF_8);
            byte[] bytes = Arrays.copyOf(text, text.length + 2);
            bytes[text.length] = (byte) 0xE9; // "é" in ISO-8859-1: not valid UTF-8
            bytes[text.length + 1] = '\n';
            ContentLibrary library = folder().lesson("en", "good").bytes("en", "latin.md", bytes).load();

            ContentProblem problem = onlyProblem(library);
            assertThat(problem.file()).isEqualTo("mine/lessons/en/latin.md");
            assertThat(problem.line()).as("the whole file").isZero();
            assertThat(problem.message()).contains("not valid UTF-8");
            assertGoodLessonStillLoads(library);
            assertBrokenInEnglish(library, "latin.md");
        }

        @Test
        void brokenLessonsAreListedForTheirLanguage() {
            ContentFolder content = folder()
                    .lesson("en", "good")
                    .file("en", "broken-en.md", "no front matter")
                    .file("ko", "broken-ko.md", withLine(4, "topic: nowhere"));

            ContentLibrary library = content.load();

            assertThat(library.brokenLessons("en")).extracting(b -> b.file().display()).containsExactly("mine/lessons/en/broken-en.md");
            assertThat(library.brokenLessons("ko")).extracting(b -> b.file().display()).containsExactly("mine/lessons/ko/broken-ko.md");
            assertThat(library.brokenLessons("ko").get(0).problem().message()).contains("unknown topic");
            assertThat(library.brokenLessons()).hasSize(2);
        }

        @Test
        void everyBrokenFileIsReportedNotJustTheFirst() {
            ContentFolder content = folder()
                    .lesson("en", "good")
                    .file("en", "one.md", "no front matter")
                    .file("en", "two.md", withLine(4, "topic: nowhere"))
                    .file("en", "three.md", withoutLine(7));

            ContentLibrary library = content.load();

            assertThat(library.problems()).extracting(ContentProblem::file).containsExactly(
                    "mine/lessons/en/one.md", "mine/lessons/en/three.md", "mine/lessons/en/two.md");
            assertGoodLessonStillLoads(library);
        }

        private static String padTo(String start, long bytes) {
            StringBuilder text = new StringBuilder(start);
            String line = "padding padding padding padding padding padding padding padding\n";
            while (text.length() + line.length() <= bytes) {
                text.append(line);
            }
            text.append("x".repeat((int) (bytes - text.length())));
            return text.toString();
        }
    }

    @Nested
    class YamlAliases {
        // Billion laughs: each level multiplies the one before by ten.
        private static final String BOMB = """
                ---
                id: bomb
                title: Bomb
                topic: basics
                order: 1
                minutes: 5
                summary: Aliases that multiply.
                keywords: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]
                cards: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
                sims: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
                ---

                Body.
                """;

        @Test
        @Timeout(value = 5, unit = TimeUnit.SECONDS)
        void anAliasBombIsNotExpanded() {
            ContentLibrary library = withGoodLessonAnd("bomb.md", BOMB).load();

            library.lesson("bomb", "en").ifPresent(loaded -> {
                LessonMeta meta = loaded.lesson().meta();
                assertThat(meta.keywords().size() + meta.cards().size() + meta.sims().size())
                        .as("no more entries than the file spells out").isLessThanOrEqualTo(30);
            });
            assertThat(library.problems().size()).isLessThanOrEqualTo(30);
            assertGoodLessonStillLoads(library);
        }

        @Test
        void anAliasBombIsRefusedAsABrokenLesson() {
            ContentLibrary library = withGoodLessonAnd("bomb.md", BOMB).load();

            assertThat(library.hasLesson("bomb")).isFalse();
            assertThat(library.brokenLessons("en")).extracting(b -> b.file().display()).containsExactly("mine/lessons/en/bomb.md");
            assertThat(library.brokenLessons("en").get(0).problem().message()).containsIgnoringCase("alias");
            assertGoodLessonStillLoads(library);
        }

        @Test
        void anAliasNeverSilentlyBecomesTheAnchorsName() {
            ContentLibrary library = withGoodLessonAnd("alias.md",
                    withLine(7, "summary: S\nkeywords: [&k scaling, *k]")).load();

            library.lesson("bad", "en").ifPresent(loaded ->
                    assertThat(loaded.lesson().meta().keywords()).doesNotContain("k"));
            assertThat(library.problems()).isNotEmpty();
        }
    }

    @Nested
    class Topics {

        @Test
        void noTopicsAtAllIsOneProblem() {
            ContentFolder content = ContentFolder.withoutTopics(temp.resolve("bare"), "bare");

            ContentProblem problem = onlyProblem(content.load());
            assertThat(problem.file()).isEqualTo("bare/topics.yaml");
            assertThat(problem.message()).startsWith("no topics defined");
        }

        @Test
        void aBrokenTopicsFileIsReportedWithItsLine() {
            ContentFolder content = ContentFolder.in(temp.resolve("t"), "t").topics("""
                    - id: fine
                      title: {en: Fine}
                    - id: broken
                      title: {en: "unclosed}
                    """);

            ContentLibrary library = content.load();

            assertThat(library.problems()).anySatisfy(p -> {
                assertThat(p.file()).isEqualTo("t/topics.yaml");
                assertThat(p.message()).startsWith("invalid topics file");
                assertThat(p.line()).isBetween(4, 5);
            });
        }

        @Test
        void aTopicWithoutATitleIsReportedByItsPosition() {
            ContentFolder content = ContentFolder.in(temp.resolve("t"), "t").topics("""
                    - id: fine
                      title: {en: Fine}
                    - id: untitled
                    """);

            ContentLibrary library = content.load();

            assertThat(library.problems()).extracting(ContentProblem::message).containsExactly("topic #2 needs an id and a title");
            assertThat(library.topics()).extracting(Topic::id).containsExactly("fine");
        }
    }

    @Nested
    class ShippedContent {
        private final ContentLibrary shipped = new ContentLoader().load(List.of(new ContentLoader.Root(Path.of("content"), "content")));

        @Test
        void hasNoProblems() {
            assertThat(shipped.problems()).isEmpty();
            assertThat(shipped.brokenLessons()).isEmpty();
        }

        @Test
        void everyLessonExistsInBothLanguagesWithTheSameId() {
            assertThat(shipped.lessonIdsInCourseOrder()).startsWith("scaling-up-vs-out", "availability-nines", "load-and-symptoms")
                    .endsWith("designing-for-100k-users").hasSize(19);
            for (String id : shipped.lessonIdsInCourseOrder()) {
                for (String lang : Languages.SUPPORTED) {
                    ContentLibrary.Resolved resolved = shipped.lesson(id, lang).orElseThrow();
                    assertThat(resolved.isFallback()).as(id + " in " + lang).isFalse();
                    assertThat(resolved.lesson().file().display()).isEqualTo("content/lessons/" + lang + "/" + id + ".md");
                }
            }
        }

        @Test
        void everyLessonNamesADefinedTopic() {
            for (String id : shipped.lessonIdsInCourseOrder()) {
                assertThat(shipped.topic(shipped.lesson(id, "en").orElseThrow().lesson().meta().topic())).isPresent();
            }
        }
    }
}

package dev.opsdojo.content;

import static dev.opsdojo.content.ContentFolder.frontMatter;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a lesson body may point at, checked as the loader loads it. A problem here never stops the lesson
 * from loading: it is listed with the lesson and names the file line. The lesson under test is
 * {@code content/lessons/en/subject.md}; its front matter takes lines 1–8, so body line 1 is file line 9.
 */
class LessonBodyValidatorTest {
    private static final int BODY_FIRST_LINE = 9;
    private static final String FILE = "content/lessons/en/subject.md";

    @TempDir
    Path temp;

    private ContentFolder content;

    @BeforeEach
    void aFolderWithAnotherLesson() {
        content = ContentFolder.in(temp.resolve("content"), "content").lesson("en", "other").lesson("ko", "korean-only")
                .presets("flash-sale", "scale-up-vs-out");
    }

    private List<ContentProblem> problemsOfBody(String body) {
        return problemsOf(frontMatter("subject") + body);
    }

    private List<ContentProblem> problemsOf(String lessonText) {
        content.file("en", "subject.md", lessonText);
        ContentLibrary library = content.load(Set.of("known-card"));
        Lesson lesson = library.lesson("subject", "en").orElseThrow(() -> new AssertionError("the lesson did not load: " + library.problems())).lesson();
        assertThat(library.problems()).as("every problem is a problem of the lesson").containsExactlyInAnyOrderElementsOf(lesson.problems());
        return lesson.problems();
    }

    private static void assertOneProblem(List<ContentProblem> problems, int bodyLine, String message) {
        assertThat(problems).containsExactly(new ContentProblem(FILE, BODY_FIRST_LINE + bodyLine - 1, message));
    }

    @Nested
    class Links {

        @Test
        void aLinkToAMissingLessonIsReportedOnItsLine() {
            List<ContentProblem> problems = problemsOfBody("""
                    # Title

                    See [this](lesson:nope) for more.
                    """);

            assertOneProblem(problems, 3, "link to lesson 'nope', which does not exist");
        }

        @Test
        void aLinkOnTheSecondLineOfAParagraphNamesThatLine() {
            List<ContentProblem> problems = problemsOfBody("""
                    A paragraph that goes on
                    and links [here](lesson:nope) on its second line.
                    """);

            assertThat(problems).extracting(ContentProblem::line).containsExactly(BODY_FIRST_LINE + 1);
        }

        @Test
        void aLinkInANestedListItemNamesItsLine() {
            List<ContentProblem> problems = problemsOfBody("""
                    - first
                      - nested with [a link](calc:nope)
                    """);

            assertOneProblem(problems, 2, "link to unknown calculator 'nope'");
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "lesson:other",
                "lesson:korean-only",
                "card:known-card",
                "sim:scale-out",
                "sim:scale-out?preset=flash-sale&users=100000",
                "calc:nines",
                "calc:hpa",
                "https://example.com/page?q=1",
                "mailto:someone@example.com"})
        void linksToThingsThatExistOrArePlannedAreAccepted(String href) {
            assertThat(problemsOfBody("[go](" + href + ")\n")).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "card:unknown-card | link to card 'unknown-card', which no deck defines",
                "sim:unknown       | link to unknown simulator 'unknown'",
                "calc:nope         | link to unknown calculator 'nope'",
        })
        void linksToUnknownInteractiveThingsAreReported(String href, String message) {
            assertOneProblem(problemsOfBody("\n[go](" + href + ")\n"), 2, message);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "file:///etc/passwd  | links with the scheme 'file:' are not allowed in lessons",
                "javascript:alert(1) | links with the scheme 'javascript:' are not allowed in lessons",
                "other.md            | only https:, lesson:, card:, sim: and calc: links are allowed",
                "../en/other.md      | only https:, lesson:, card:, sim: and calc: links are allowed",
                "#section            | only https:, lesson:, card:, sim: and calc: links are allowed",
                "lesson:Not_An_Id    | malformed lesson id",
        })
        void linksThatCouldLeaveTheAppOrGoNowhereAreRefused(String href, String reason) {
            assertOneProblem(problemsOfBody("[go](" + href + ")\n"), 1, "link '" + href + "' refused: " + reason);
        }

        @Test
        void everyBadLinkIsReportedNotJustTheFirst() {
            List<ContentProblem> problems = problemsOfBody("""
                    [one](lesson:nope)

                    [two](sim:unknown) and [three](calc:nope)
                    """);

            assertThat(problems).extracting(ContentProblem::line).containsExactly(9, 11, 11);
        }

        @Test
        void aMalformedEscapeInSimParametersIsOneProblemAndTheLibraryStillLoads() {
            List<ContentProblem> problems = problemsOfBody("Try [it](sim:scale-out?users=100%) now.\n");

            assertThat(problems).hasSize(1);
            assertThat(problems.get(0).line()).isEqualTo(BODY_FIRST_LINE);
        }
    }

    @Nested
    class Images {

        private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

        private void asset(String relativePath, byte[] bytes) throws IOException {
            Path file = content.dir().resolve(relativePath);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        }

        @Test
        void aShippedPngBesideTheLessonsIsAccepted() throws IOException {
            asset("lessons/assets/picture.png", Files.readAllBytes(Path.of("content/lessons/assets/scale-up-vs-out.png")));

            assertThat(problemsOfBody("![a picture](../assets/picture.png)\n")).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
                "png, 89504E470D0A1A0A0000000D",
                "jpg, FFD8FFE000104A4649460001",
                "gif, 474946383961010001000000"})
        void filesThatStartLikeAnImageAreAccepted(String extension, String hexHead) throws IOException {
            asset("lessons/assets/picture." + extension, java.util.HexFormat.of().parseHex(hexHead));

            assertThat(problemsOfBody("![a picture](../assets/picture." + extension + ")\n")).isEmpty();
        }

        @Test
        void anImageInTheLessonsOwnFolderIsAccepted() throws IOException {
            asset("lessons/en/beside.png", PNG_SIGNATURE);

            assertThat(problemsOfBody("![beside](beside.png)\n")).isEmpty();
        }

        @Test
        void anImageOutsideTheContentFolderIsRefusedEvenIfItExists() throws IOException {
            Files.write(temp.resolve("x.png"), PNG_SIGNATURE);

            assertOneProblem(problemsOfBody("\n![escape](../../../x.png)\n"), 2,
                    "image '../../../x.png' is outside the content folder");
        }

        @Test
        void aPercentEncodedEscapeIsRefusedToo() throws IOException {
            Files.write(temp.resolve("x.png"), PNG_SIGNATURE);

            assertOneProblem(problemsOfBody("![escape](..%2F..%2F..%2Fx.png)\n"), 1,
                    "image '..%2F..%2F..%2Fx.png' is outside the content folder");
        }

        @Test
        void anAbsolutePathIsRefused() {
            assertOneProblem(problemsOfBody("![abs](/etc/x.png)\n"), 1,
                    "image '/etc/x.png' is an absolute path; use a path relative to the lesson file");
        }

        @ParameterizedTest
        @ValueSource(strings = {"https://example.com/x.png", "file:///etc/x.png", "data:image/png;base64,iVBORw0KGgo="})
        void anImageAddressIsRefusedSoALessonCannotFetchAnything(String href) {
            assertOneProblem(problemsOfBody("![remote](" + href + ")\n"), 1,
                    "image '" + href + "' is an address; lessons show only images inside their content folder");
        }

        @Test
        void aMissingImageIsReportedOnItsLine() {
            assertOneProblem(problemsOfBody("Text.\n\n![gone](../assets/nope.png)\n"), 3, "image '../assets/nope.png' does not exist");
        }

        @Test
        void aTextFileNamedLikeAnImageIsReportedAsUnreadable() throws IOException {
            asset("lessons/assets/x.png", "this is text, not a picture".getBytes(java.nio.charset.StandardCharsets.UTF_8));

            assertOneProblem(problemsOfBody("![fake](../assets/x.png)\n"), 1,
                    "image '../assets/x.png' is not a readable PNG, JPEG or GIF file");
        }

        @Test
        void anImageOverTheSizeLimitIsRefused() throws IOException {
            byte[] huge = Arrays.copyOf(PNG_SIGNATURE, (int) ContentAssets.MAX_IMAGE_BYTES + 1);
            asset("lessons/assets/huge.png", huge);

            List<ContentProblem> problems = problemsOfBody("![huge](../assets/huge.png)\n");

            assertThat(problems).singleElement().satisfies(p ->
                    assertThat(p.message()).isEqualTo(String.format("image '../assets/huge.png' is %,d bytes; the limit is %,d",
                            ContentAssets.MAX_IMAGE_BYTES + 1, ContentAssets.MAX_IMAGE_BYTES)));
        }
    }

    @Nested
    class Widgets {

        @Test
        void anUnknownWidgetIsReportedOnTheLineOfItsFence() {
            List<ContentProblem> problems = problemsOfBody("""
                    Intro.

                    ```widget nope size=3
                    ```
                    """);

            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(BODY_FIRST_LINE + 2);
                assertThat(p.message()).startsWith("unknown widget 'nope' (known: capacity, hpa, nines, queue, redundancy, rollout, scale-compare)");
            });
        }

        @ParameterizedTest
        @ValueSource(strings = {"widget nines", "widget hpa", "yaml", "bash", "widget"})
        void knownAndPlannedWidgetsAndOrdinaryCodeBlocksAreAccepted(String info) {
            assertThat(problemsOfBody("```" + info + "\nkey: value\n```\n")).isEmpty();
        }
    }

    @Nested
    class SimulatorPresets {

        @Test
        void aLinkToAMissingPresetIsReportedOnItsLineWithThePresetsThatExist() {
            List<ContentProblem> problems = problemsOfBody("""
                    Try it:
                    [flash sale](sim:scale-out?preset=flash-sail)
                    """);

            assertOneProblem(problems, 2, "simulator preset 'flash-sail' does not exist (content/scenarios has: flash-sale, scale-up-vs-out)");
        }

        @Test
        void aPresetInTheFrontMatterIsCheckedToo() {
            List<ContentProblem> problems = problemsOf(frontMatter("subject").replaceFirst("---\n$", "sims: [\"sim:scale-out?preset=nope\"]\n---\n") + "\nBody.\n");

            assertThat(problems).containsExactly(new ContentProblem(FILE, 8,
                    "simulator preset 'nope' does not exist (content/scenarios has: flash-sale, scale-up-vs-out)"));
        }

        @Test
        void aLinkToAnExistingPresetIsAccepted() {
            assertThat(problemsOfBody("[x](sim:scale-out?preset=scale-up-vs-out)\n")).isEmpty();
        }

        @Test
        void onlyTheScaleOutSimulatorsPresetsAreScenarioFiles() {
            assertThat(problemsOfBody("[x](sim:deploy?preset=blue-green)\n")).isEmpty();
        }
    }

    @Nested
    class FrontMatterLinks {

        private List<ContentProblem> problemsWithFrontMatterLine(String extraLine) {
            return problemsOf(frontMatter("subject").replaceFirst("---\n$", extraLine + "\n---\n") + "\nBody.\n");
        }

        @Test
        void aSimulatorThatExistsOrIsPlannedIsAccepted() {
            assertThat(problemsWithFrontMatterLine("sims: [\"sim:scale-out?preset=scale-up-vs-out\", \"sim:deploy\"]")).isEmpty();
        }

        @Test
        void anUnknownSimulatorInTheFrontMatterIsReported() {
            List<ContentProblem> problems = problemsWithFrontMatterLine("sims: [\"sim:scale-out\", \"sim:warp-drive\"]");

            assertThat(problems).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo(FILE);
                assertThat(p.message()).isEqualTo("link to unknown simulator 'warp-drive'");
                assertThat(p.line()).as("a line of the front matter").isBetween(1, 9);
            });
        }

        @Test
        void aRefusedLinkInTheFrontMatterSimsIsReported() {
            assertThat(problemsWithFrontMatterLine("sims: [\"javascript:alert(1)\"]")).extracting(ContentProblem::message)
                    .containsExactly("sims lists 'javascript:alert(1)', which is not a sim: link");
        }

        @Test
        void simsAcceptsOnlySimulatorLinksAndNamesTheKeysLine() {
            assertThat(problemsWithFrontMatterLine("sims: [\"https://kubernetes.io/\"]")).singleElement().satisfies(p -> {
                assertThat(p.message()).isEqualTo("sims lists 'https://kubernetes.io/', which is not a sim: link");
                assertThat(p.line()).isGreaterThan(1).isLessThan(12);
            });
        }

        @Test
        void aSourceWithoutAWebAddressIsReported() {
            assertThat(problemsWithFrontMatterLine("sources: [{title: Secrets, url: \"file:///etc/passwd\"}]"))
                    .extracting(ContentProblem::message)
                    .containsExactly("source 'Secrets' needs a web address (https://…)");
        }

        @Test
        void aCardNoDeckDefinesIsReported() {
            assertThat(problemsWithFrontMatterLine("cards: [known-card, lost-card]")).extracting(ContentProblem::message)
                    .containsExactly("front matter links to card 'lost-card', which no deck defines");
        }
    }

    @Test
    void aLessonWithProblemsStillLoadsAndShowsItsBody() {
        content.file("en", "subject.md", frontMatter("subject") + "[x](lesson:nope)\n\nThe text.\n");

        ContentLibrary library = content.load();

        Lesson lesson = library.lesson("subject", "en").orElseThrow().lesson();
        assertThat(lesson.body()).contains("The text.");
        assertThat(lesson.problems()).hasSize(1);
        assertThat(library.brokenLessons()).isEmpty();
    }
}

package dev.opsdojo.srs.io;

import static dev.opsdojo.srs.io.Text.importMarkdown;
import static dev.opsdojo.srs.io.Text.questions;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.content.DeckCard;
import dev.opsdojo.srs.io.ImportProblem.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Markdown question lists: "## Question" headings or "Q:" / "A:" pairs, with optional tags and key points. */
class MarkdownImportTest {

    @Test
    void eachHeadingIsAQuestionAndTheMarkdownUnderItTheAnswer() {
        String file = """
                # My interview deck

                Some notes about this deck.

                ## What is a Pod?

                The **smallest** deployable unit.

                ```yaml
                kind: Pod
                ```

                ## What is a Node?
                A worker machine.
                """;

        ImportResult result = importMarkdown(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.cards()).extracting(DeckCard::question, DeckCard::answer).containsExactly(
                org.assertj.core.groups.Tuple.tuple("What is a Pod?",
                        "The **smallest** deployable unit.\n\n```yaml\nkind: Pod\n```"),
                org.assertj.core.groups.Tuple.tuple("What is a Node?", "A worker machine."));
    }

    @Test
    void qAndAPairsAreCardsAndAQuestionMayTakeSeveralLines() {
        String file = """
                Q: What does a readiness probe do,
                and when does it run?
                A: It decides whether the Pod receives traffic.
                It runs for the whole life of the container.
                Q: What is a liveness probe?
                A: It restarts a stuck container.
                """;

        ImportResult result = importMarkdown(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.cards()).extracting(DeckCard::question, DeckCard::answer).containsExactly(
                org.assertj.core.groups.Tuple.tuple("What does a readiness probe do,\nand when does it run?",
                        "It decides whether the Pod receives traffic.\nIt runs for the whole life of the container."),
                org.assertj.core.groups.Tuple.tuple("What is a liveness probe?", "It restarts a stuck container."));
    }

    @Test
    void aTagsLineGivesTheTags() {
        DeckCard card = importMarkdown("## What is DNS?\nName resolution.\nTags: networking, basics dns\n").cards().get(0);

        assertThat(card.tags()).containsExactly("networking", "basics", "dns");
        assertThat(card.answer()).isEqualTo("Name resolution.");
    }

    @Test
    void bulletsUnderKeyPointsAreTheKeyPoints() {
        String file = """
                ## What happens when a Pod is evicted?
                The kubelet stops it.
                Key points:
                - the kubelet picks Pods by QoS class
                  and by usage above requests
                - a Deployment creates a replacement

                See also: node-pressure eviction.
                """;

        DeckCard card = importMarkdown(file).cards().get(0);

        assertThat(card.keyPoints()).containsExactly(
                "the kubelet picks Pods by QoS class and by usage above requests",
                "a Deployment creates a replacement");
        assertThat(card.answer()).isEqualTo("The kubelet stops it.\nSee also: node-pressure eviction.");
    }

    @Test
    void aHeadingInsideACodeBlockIsCodeNotAQuestion() {
        String file = """
                ## How do you write a Markdown heading?
                ```markdown
                ## Like this
                Q: not a question either
                ```
                """;

        ImportResult result = importMarkdown(file);

        assertThat(questions(result)).containsExactly("How do you write a Markdown heading?");
        assertThat(result.cards().get(0).answer()).contains("## Like this", "Q: not a question either");
    }

    @ParameterizedTest(name = "line break {index}")
    @ValueSource(strings = {"\n", "\r\n"})
    void aQuestionWithoutAnAnswerIsReportedOnItsLineAndTheOthersImport(String br) {
        String file = String.join(br, "## First?", "Yes.", "", "## Unanswered?", "", "## Last?", "Also yes.");

        ImportResult result = importMarkdown(file);

        assertThat(questions(result)).containsExactly("First?", "Last?");
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.kind()).isEqualTo(Kind.EMPTY_ANSWER);
        });
    }

    @Test
    void anAnswerBeforeAnyQuestionIsReported() {
        ImportResult result = importMarkdown("A: orphan\nQ: Real?\nA: Yes.\n");

        assertThat(questions(result)).containsExactly("Real?");
        assertThat(result.problems()).extracting(ImportProblem::line, ImportProblem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, Kind.ANSWER_WITHOUT_QUESTION));
    }

    @Test
    void aDuplicateQuestionNamesBothLines() {
        ImportResult result = importMarkdown("## Same?\nOne.\n## Same?\nTwo.\n");

        assertThat(result.cards()).extracting(DeckCard::answer).containsExactly("One.");
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.reason()).contains("line 1");
        });
    }

    @Test
    void koreanMarkdownWithAByteOrderMarkSurvives() {
        DeckCard card = importMarkdown("\uFEFF## 파드란 무엇인가요?\n가장 작은 배포 단위입니다.\n태그 없음\nTags: 쿠버네티스\n")
                .cards().get(0);

        assertThat(card.question()).isEqualTo("파드란 무엇인가요?");
        assertThat(card.answer()).isEqualTo("가장 작은 배포 단위입니다.\n태그 없음");
        assertThat(card.tags()).containsExactly("쿠버네티스");
    }
}

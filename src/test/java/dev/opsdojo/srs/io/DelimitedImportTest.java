package dev.opsdojo.srs.io;

import static dev.opsdojo.srs.io.Text.importDelimited;
import static dev.opsdojo.srs.io.Text.problemLines;
import static dev.opsdojo.srs.io.Text.questions;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.content.DeckCard;
import dev.opsdojo.srs.io.ImportProblem.Kind;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Anki's plain-text export and CSV / TSV files: question, answer, tags. */
class DelimitedImportTest {

    private static DeckCard onlyCard(ImportResult result) {
        assertThat(result.problems()).isEmpty();
        assertThat(result.cards()).hasSize(1);
        return result.cards().get(0);
    }

    @Test
    void aRowIsQuestionAnswerAndSpaceSeparatedTags() {
        DeckCard card = onlyCard(importDelimited("What is a Pod?\tThe smallest deployable unit\tk8s basics\n"));

        assertThat(card.question()).isEqualTo("What is a Pod?");
        assertThat(card.answer()).isEqualTo("The smallest deployable unit");
        assertThat(card.tags()).containsExactly("k8s", "basics");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            tab                               | What is DNS?\\tName resolution\\tnet
            comma                             | What is DNS?,Name resolution,net
            semicolon                         | What is DNS?;Name resolution;net
            commas inside quotes do not count | "What is DNS, really?";Name resolution;net
            tab wins over commas in the text  | What is DNS, really?\\tName resolution\\tnet
            """)
    void theSeparatorIsDetectedFromTheFirstLine(String why, String row) {
        DeckCard card = onlyCard(importDelimited(Text.unescape(row) + "\n"));

        assertThat(card.answer()).isEqualTo("Name resolution");
        assertThat(card.tags()).containsExactly("net");
    }

    @ParameterizedTest(name = "#separator:{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            tab       | q\\ta, b\\tt
            Tab       | q\\ta, b\\tt
            comma     | q,"a, b",t
            Semicolon | q;a, b;t
            ;         | q;a, b;t
            colon     | q:a, b:t
            """)
    void anAnkiSeparatorHeaderOverridesDetection(String separator, String row) {
        DeckCard card = onlyCard(importDelimited("#separator:" + separator + "\n" + Text.unescape(row) + "\n"));

        assertThat(card.answer()).isEqualTo("a, b");
        assertThat(card.tags()).containsExactly("t");
    }

    @Test
    void ankiHtmlExportIsConvertedToPlainText() {
        String file = """
                #separator:tab
                #html:true
                #tags column:3
                What is <b>etcd</b>?\tA key-value store<br>used by Kubernetes &amp; others\tk8s storage
                """;

        DeckCard card = onlyCard(importDelimited(file));

        assertThat(card.question()).isEqualTo("What is etcd?");
        assertThat(card.answer()).isEqualTo("A key-value store\nused by Kubernetes & others");
        assertThat(card.tags()).containsExactly("k8s", "storage");
    }

    @Test
    void withoutTheHtmlHeaderAngleBracketsAndAmpersandsAreText() {
        DeckCard card = onlyCard(importDelimited("What is List<String>?\tA list of strings &amp; more\n"));

        assertThat(card.question()).isEqualTo("What is List<String>?");
        assertThat(card.answer()).isEqualTo("A list of strings &amp; more");
    }

    @Test
    void ankiGuidNotetypeAndDeckColumnsAreSkippedAndLinesCountTheHeaders() {
        String file = """
                #separator:tab
                #html:false
                #guid column:1
                #notetype column:2
                #deck column:3
                #tags column:6
                f9Gx2)kQ\tBasic\tDevOps::K8s\tWhat is a Service?\tA stable address for Pods\tk8s
                \tBasic\tDevOps
                """;

        ImportResult result = importDelimited(file);

        assertThat(result.cards()).singleElement().satisfies(card -> {
            assertThat(card.question()).isEqualTo("What is a Service?");
            assertThat(card.answer()).isEqualTo("A stable address for Pods");
            assertThat(card.tags()).containsExactly("k8s");
        });
        assertThat(result.problems()).extracting(ImportProblem::line, ImportProblem::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(8, Kind.TOO_FEW_FIELDS));
    }

    @Test
    void anAnkiColumnsHeaderFindsQuestionAndAnswerByName() {
        DeckCard card = onlyCard(importDelimited("#separator:tab\n#columns:Back\tFront\tTags\nan answer\ta question\tt\n"));

        assertThat(card.question()).isEqualTo("a question");
        assertThat(card.answer()).isEqualTo("an answer");
        assertThat(card.tags()).containsExactly("t");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"#tags:imported\n", "tags:imported\n"})
    void tagsForEveryRowComeFromTheHeader(String header) {
        DeckCard card = onlyCard(importDelimited(header + "q\ta\tmine\n"));

        assertThat(card.tags()).containsExactly("mine", "imported");
    }

    @Test
    void aHeaderRowNamingQuestionAndAnswerMapsColumnsByName() {
        ImportResult result = importDelimited("Tags,Answer,Question\nnet,Name resolution,What is DNS?\n");

        DeckCard card = onlyCard(result);
        assertThat(card.question()).isEqualTo("What is DNS?");
        assertThat(card.answer()).isEqualTo("Name resolution");
        assertThat(card.tags()).containsExactly("net");
    }

    @Test
    void commentLinesAnywhereAreSkipped() {
        ImportResult result = importDelimited("q1\ta1\n# a note to self\nq2\ta2\n");

        assertThat(questions(result)).containsExactly("q1", "q2");
        assertThat(result.problems()).isEmpty();
    }

    static Stream<Arguments> badRows() {
        String tooLong = "x".repeat(DeckImporter.MAX_FIELD_CHARS + 1);
        return Stream.of(
                Arguments.of("a single field", "just a question", Kind.TOO_FEW_FIELDS),
                Arguments.of("an empty question", "\tan answer", Kind.EMPTY_QUESTION),
                Arguments.of("a blank question", "   \tan answer", Kind.EMPTY_QUESTION),
                Arguments.of("an empty answer", "a question\t", Kind.EMPTY_ANSWER),
                Arguments.of("an answer that is only HTML-free spaces", "a question\t  \ttag", Kind.EMPTY_ANSWER),
                Arguments.of("a question over 20,000 characters", tooLong + "\tan answer", Kind.FIELD_TOO_LONG),
                Arguments.of("an answer over 20,000 characters", "a question\t" + tooLong, Kind.FIELD_TOO_LONG),
                Arguments.of("tags over 20,000 characters", "a question\tan answer\t" + tooLong, Kind.FIELD_TOO_LONG),
                Arguments.of("the same question again", "first\tanother answer", Kind.DUPLICATE_QUESTION));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRows")
    void aBadRowIsReportedOnItsLineAndTheOtherRowsImport(String why, String badRow, Kind kind) {
        ImportResult result = importDelimited("first\tanswer 1\n" + badRow + "\nlast\tanswer 3\n");

        assertThat(questions(result)).containsExactly("first", "last");
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.kind()).isEqualTo(kind);
            assertThat(problem.describe()).startsWith("line 2: ");
        });
    }

    @Test
    void aDuplicateQuestionNamesBothLines() {
        ImportResult result = importDelimited("What is a Pod?\tfirst answer\nother\tx\nWhat is a Pod?\tsecond answer\n");

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.reason()).contains("line 1");
        });
        assertThat(result.cards()).extracting(DeckCard::answer).containsExactly("first answer", "x");
    }

    @ParameterizedTest(name = "line break {index}")
    @ValueSource(strings = {"\n", "\r\n"})
    void aQuotedMultiLineFieldKeepsLaterLineNumbersRight(String br) {
        String file = String.join(br,
                "What does \"\"kubectl apply\"\" do?,\"It sends the manifest,",
                "and the API server",
                "merges it\",k8s",
                "missing answer",
                "What is a Node?,A machine,k8s",
                "second missing answer") + br;

        ImportResult result = importDelimited(file);

        assertThat(result.cards()).extracting(DeckCard::answer)
                .containsExactly("It sends the manifest,\nand the API server\nmerges it", "A machine");
        assertThat(problemLines(result)).containsExactly(4, 6);
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItStarts() {
        ImportResult result = importDelimited("q1,a1\nq2,\"never closed\nq3,a3\n");

        assertThat(questions(result)).containsExactly("q1");
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(2);
            assertThat(problem.kind()).isEqualTo(Kind.UNCLOSED_QUOTE);
        });
    }

    @Test
    void crLfLineEndingsAreNotPartOfTheText() {
        ImportResult result = importDelimited("q1\ta1\ttag\r\nq2\t\"two\r\nlines\"\r\n");

        assertThat(result.cards()).extracting(DeckCard::answer).containsExactly("a1", "two\nlines");
        assertThat(result.cards().get(0).tags()).containsExactly("tag");
    }

    @Test
    void koreanTextWithAByteOrderMarkSurvives() {
        String file = "\uFEFF쿠버네티스 파드란?\t컨테이너를 묶는 가장 작은 배포 단위\t쿠버네티스 기초\n";

        DeckCard card = onlyCard(importDelimited(file));

        assertThat(card.question()).isEqualTo("쿠버네티스 파드란?");
        assertThat(card.answer()).isEqualTo("컨테이너를 묶는 가장 작은 배포 단위");
        assertThat(card.tags()).containsExactly("쿠버네티스", "기초");
    }

    @Test
    void decomposedKoreanFromMacOsIsComposedAndGetsTheSameId() {
        String composed = "파드란?";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);

        DeckCard card = onlyCard(importDelimited(decomposed + "\t답\n"));

        assertThat(decomposed).isNotEqualTo(composed);
        assertThat(card.question()).isEqualTo(composed);
        assertThat(card.id()).isEqualTo(DeckImporter.cardIdFor(composed));
    }

    @Test
    void aFormulaEscapeIsRemovedOnImport() {
        DeckCard card = onlyCard(importDelimited("\"'=SUM(A1)\",\"'-1 means unlimited\",'tag\n"));

        assertThat(card.question()).isEqualTo("=SUM(A1)");
        assertThat(card.answer()).isEqualTo("-1 means unlimited");
        assertThat(card.tags()).containsExactly("'tag");
    }

    @Test
    void anEmptyFileImportsNothingWithoutProblems() {
        assertThat(importDelimited("")).isEqualTo(new ImportResult(List.of(), List.of()));
    }
}

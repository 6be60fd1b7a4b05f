package dev.opsdojo.srs.io;

import static dev.opsdojo.srs.io.Text.importDelimited;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.content.DeckCard;
import dev.opsdojo.srs.io.ImportProblem.Kind;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** What every imported card gets, and which files are refused before any row is read. */
class DeckImporterTest {

    @TempDir
    Path dir;

    private static DeckCard importOne(String row) {
        ImportResult result = importDelimited(row + "\n");
        assertThat(result.cards()).hasSize(1);
        return result.cards().get(0);
    }

    @Test
    void theIdIsUserPlusAShortHashOfTheQuestion() {
        assertThat(importOne("What is a Pod?\tA unit").id()).matches("user-[0-9a-f]{12}");
    }

    @Test
    void theSameQuestionGetsTheSameIdOnEveryImport() {
        assertThat(importOne("What is a Pod?\tfirst wording").id())
                .isEqualTo(importOne("What is a Pod?\tsecond wording").id())
                .isNotEqualTo(importOne("What is a Node?\tfirst wording").id());
    }

    @ParameterizedTest(name = "tags [{0}] → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                        | user
            interview prep            | user
            kubernetes                | kubernetes
            Kubernetes                | kubernetes
            prep linux kubernetes     | linux
            """)
    void theTopicIsTheFirstTagNamingAKnownTopicElseUser(String tags, String topic) {
        assertThat(importOne("q\ta\t" + tags).topic()).isEqualTo(topic);
    }

    @Test
    void theDifficultyIsTwo() {
        assertThat(importOne("q\ta").difficulty()).isEqualTo(2);
    }

    static Stream<Arguments> refusedFiles() {
        byte[] notUtf8 = "line one\tok\nline two\tok\nbad \u00e9 byte".getBytes(StandardCharsets.ISO_8859_1);
        return Stream.of(
                Arguments.of("a NUL byte", "q\ta\nq2\0\ta2\n".getBytes(StandardCharsets.UTF_8), Kind.NOT_TEXT, "line 2"),
                Arguments.of("a zip archive (.apkg)", new byte[] {'P', 'K', 3, 4, 20, 0}, Kind.NOT_TEXT, ".apkg"),
                Arguments.of("UTF-16", "\uFEFFq\ta\n".getBytes(StandardCharsets.UTF_16LE), Kind.NOT_TEXT, "UTF-16"),
                Arguments.of("Latin-1 bytes", notUtf8, Kind.NOT_UTF8, "line 3"),
                Arguments.of("over 5 MiB", new byte[(int) DeckImporter.MAX_FILE_BYTES + 1], Kind.FILE_TOO_LARGE, "5 MiB"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedFiles")
    void aFileThatIsNotSmallUtf8TextIsRefusedWithAClearMessage(String why, byte[] bytes, Kind kind, String mentions) {
        ImportResult result = new DeckImporter(Text.TOPICS).importBytes(bytes, ImportFormat.DELIMITED);

        assertThat(result.refused()).isTrue();
        assertThat(result.cards()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(kind);
            assertThat(problem.reason()).contains(mentions);
        });
    }

    @Test
    void aFileOfExactlyFiveMebibytesIsRead() {
        byte[] comment = ("#" + "x".repeat((int) DeckImporter.MAX_FILE_BYTES - 1)).getBytes(StandardCharsets.UTF_8);

        ImportResult result = new DeckImporter(Text.TOPICS).importBytes(comment, ImportFormat.DELIMITED);

        assertThat(result.refused()).isFalse();
    }

    @Test
    void aLargeFileIsRefusedBeforeItIsRead() throws IOException {
        Path huge = dir.resolve("huge.txt");
        try (var file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(DeckImporter.MAX_FILE_BYTES + 1); // all NUL bytes: reading it would say "binary"
        }

        ImportResult result = new DeckImporter(Text.TOPICS).importFile(huge);

        assertThat(result.problems()).extracting(ImportProblem::kind).containsExactly(Kind.FILE_TOO_LARGE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"deck.md, MARKDOWN", "deck.MARKDOWN, MARKDOWN", "notes.txt, DELIMITED", "cards.csv, DELIMITED",
            "cards.tsv, DELIMITED"})
    void theFormatFollowsTheFileName(String fileName, ImportFormat format) {
        assertThat(ImportFormat.forFileName(fileName)).isEqualTo(format);
    }

    @Test
    void importFileReadsMarkdownByItsExtension() throws IOException {
        Path file = Files.writeString(dir.resolve("deck.md"), "## What is a Pod?\nA unit.\n");

        ImportResult result = new DeckImporter(Text.TOPICS).importFile(file);

        assertThat(result.cards()).extracting(DeckCard::question).containsExactly("What is a Pod?");
    }
}

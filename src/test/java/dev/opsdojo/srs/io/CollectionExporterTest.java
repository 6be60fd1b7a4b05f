package dev.opsdojo.srs.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsdojo.content.DeckCard;
import dev.opsdojo.content.FollowUp;
import dev.opsdojo.content.SourceRef;
import dev.opsdojo.srs.CardState;
import dev.opsdojo.srs.Rating;
import dev.opsdojo.srs.ReviewEvent;
import dev.opsdojo.srs.SrsCard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user's collection as one JSON document, or as cards.csv and reviews.csv for spreadsheets. */
class CollectionExporterTest {
    private static final Instant NOW = Instant.parse("2025-03-04T05:06:07Z");
    private static final Instant YESTERDAY = Instant.parse("2025-03-03T09:00:00.250Z");

    @TempDir
    Path dir;

    private final CollectionExporter exporter = new CollectionExporter(Clock.fixed(NOW, ZoneOffset.UTC));

    private static DeckCard card(String id, String question, String answer, String... tags) {
        return new DeckCard(id, "user", List.of(tags), 2, question, answer, List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    private static SrsCard reviewed(String cardId) {
        return new SrsCard(cardId, CardState.REVIEW, 0, 12.5, 4.25, NOW.plusSeconds(86_400 * 12), YESTERDAY, 3, 1);
    }

    /** A collection with one of everything: rich and Korean cards, every event type, new and reviewed schedules. */
    private static UserCollection collection() {
        DeckCard rich = new DeckCard("user-0123456789ab", "kubernetes", List.of("k8s", "pods"), 3,
                "What is a Pod?", "The smallest unit.\n\n```yaml\nkind: Pod\n```", List.of("shares a network namespace"),
                List.of(new FollowUp("user-ffffffffffff", null), new FollowUp(null, "And a sidecar?")),
                List.of("k8s/pods"), List.of("rollout"), List.of(new SourceRef("Kubernetes docs", "https://kubernetes.io")));
        DeckCard korean = card("user-aaaaaaaaaaaa", "파드란 무엇인가요?", "가장 작은 배포 단위", "쿠버네티스");
        SrsCard before = SrsCard.newCard(rich.id(), YESTERDAY);
        SrsCard after = reviewed(rich.id());
        List<ReviewEvent> reviews = List.of(
                new ReviewEvent.Reviewed(1, YESTERDAY, rich.id(), Rating.GOOD, 4_200, before, after),
                new ReviewEvent.Reviewed(2, NOW, korean.id(), Rating.AGAIN, 9_000, SrsCard.newCard(korean.id(), YESTERDAY),
                        new SrsCard(korean.id(), CardState.LEARNING, 0, 0.4, 7.0, NOW.plusSeconds(60), NOW, 1, 0)),
                new ReviewEvent.Undone(3, NOW, 2),
                new ReviewEvent.Suspended(4, NOW, korean.id(), true),
                new ReviewEvent.Buried(5, NOW, rich.id(), LocalDate.of(2025, 3, 5)),
                new ReviewEvent.Buried(6, NOW, rich.id(), null));
        return new UserCollection(List.of(rich, korean), reviews,
                Map.of(rich.id(), after, korean.id(), SrsCard.newCard(korean.id(), YESTERDAY)));
    }

    @Test
    void theJsonExportReadsBackIntoAnEqualCollection() throws IOException {
        Path file = dir.resolve("opsdojo-export.json");

        exporter.writeJson(file, collection());

        ExportedCollection read = CollectionExporter.readJson(file);
        assertThat(read.toCollection()).isEqualTo(collection());
        assertThat(read.exportedAt()).isEqualTo(NOW);
        assertThat(read.formatVersion()).isEqualTo(ExportedCollection.CURRENT_FORMAT_VERSION);
    }

    @Test
    void theJsonIsPrettyWithIsoInstantsAndOnlyRecordFields() {
        String json = exporter.toJson(collection());

        assertThat(json).contains("\"exportedAt\" : \"2025-03-04T05:06:07Z\"", "\"at\" : \"2025-03-03T09:00:00.250Z\"",
                "\"until\" : \"2025-03-05\"", "\"type\" : \"review\"", "\n  \"cards\" : [");
        assertThat(json).doesNotContain("\"new\"", "\"card\" : true", "\"card\" : false");
    }

    @Test
    void theJsonKeepsKoreanAsUtf8() throws IOException {
        Path file = dir.resolve("export.json");

        exporter.writeJson(file, collection());

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("파드란 무엇인가요?");
    }

    @Test
    void aJsonExportFromANewerVersionIsRefused() {
        String json = exporter.toJson(collection()).replace("\"formatVersion\" : 1", "\"formatVersion\" : 2");

        assertThatThrownBy(() -> CollectionExporter.parseJson(json)).isInstanceOf(IOException.class)
                .hasMessageContaining("newer OpsDojo");
    }

    @Test
    void aJsonExportWithABrokenInstantIsAnIoExceptionNamingTheValue() {
        String json = exporter.toJson(collection()).replace("2025-03-04T05:06:07Z", "yesterday");

        assertThatThrownBy(() -> CollectionExporter.parseJson(json)).isInstanceOf(IOException.class)
                .hasMessageContaining("yesterday");
    }

    @Test
    void cardsCsvHasOneRowPerCardWithItsSchedule() {
        String csv = exporter.cardsCsv(collection());

        assertThat(csv.split("\r\n")).containsExactly(
                "id,topic,tags,difficulty,question,answer,state,due,stabilityDays,fsrsDifficulty,reps,lapses",
                "user-0123456789ab,kubernetes,k8s pods,3,What is a Pod?,\"The smallest unit.\n\n```yaml\nkind: Pod\n```\","
                        + "REVIEW,2025-03-16T05:06:07Z,12.5,4.25,3,1",
                "user-aaaaaaaaaaaa,user,쿠버네티스,2,파드란 무엇인가요?,가장 작은 배포 단위,NEW,2025-03-03T09:00:00.250Z,0,0,0,0");
    }

    @Test
    void aCardWithoutAScheduleIsNewWithNoDueDate() {
        var collection = new UserCollection(List.of(card("user-1", "q", "a")), List.of(), Map.of());

        assertThat(exporter.cardsCsv(collection).split("\r\n")[1]).isEqualTo("user-1,user,,2,q,a,NEW,,0,0,0,0");
    }

    @Test
    void reviewsCsvListsRatingsAndMarksUndoneOnes() {
        String csv = exporter.reviewsCsv(collection());

        assertThat(csv.split("\r\n")).containsExactly(
                "seq,at,cardId,rating,stateBefore,stateAfter,stabilityAfterDays,fsrsDifficultyAfter,answerMillis,undone",
                "1,2025-03-03T09:00:00.250Z,user-0123456789ab,Good,NEW,REVIEW,12.5,4.25,4200,false",
                "2,2025-03-04T05:06:07Z,user-aaaaaaaaaaaa,Again,NEW,LEARNING,0.4,7,9000,true");
    }

    @Test
    void formulaCellsInTheCsvExportAreEscapedAndQuoted() {
        var collection = new UserCollection(
                List.of(card("user-1", "=HYPERLINK(\"http://evil\")", "-1 means no limit", "@risk")), List.of(), Map.of());

        assertThat(exporter.cardsCsv(collection).split("\r\n")[1])
                .isEqualTo("user-1,user,\"'@risk\",2,\"'=HYPERLINK(\"\"http://evil\"\")\",\"'-1 means no limit\",NEW,,0,0,0,0");
    }

    @Test
    void csvFilesStartWithAByteOrderMarkForSpreadsheets() throws IOException {
        List<Path> files = exporter.writeCsv(dir, collection());

        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("cards.csv", "reviews.csv");
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        }
    }

    @Test
    void writesReplaceTheOldFileAndLeaveNoTemporaryFiles() throws IOException {
        Files.writeString(dir.resolve("cards.csv"), "old contents");
        Path json = dir.resolve("export.json");
        Files.writeString(json, "old contents");

        exporter.writeCsv(dir, collection());
        exporter.writeJson(json, collection());

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("cards.csv", "reviews.csv", "export.json");
        }
        assertThat(Files.readString(dir.resolve("cards.csv"))).doesNotContain("old contents");
        assertThat(Files.readString(json)).doesNotContain("old contents");
    }

    @Test
    void exportedCardsCsvImportsBackToTheSameQuestionsAnswersAndTags() throws IOException {
        List<DeckCard> cards = List.of(
                card("user-1", "What does \"kubectl apply\" do, exactly?", "Sends the manifest;\nthe server merges it.",
                        "k8s", "cli"),
                card("user-2", "=SUM(A1) in a cell?", "-1, +1 and @mentions stay text", "excel"),
                card("user-3", "#include or import?", "Tabs\tand \"quotes\"\r\nand CRLF", "c", "java"),
                card("user-4", "파드란 무엇인가요?", "가장 작은 배포 단위", "쿠버네티스", "기초"),
                card("user-5", "No tags?", "None."));
        exporter.writeCsv(dir, new UserCollection(cards, List.of(), Map.of()));

        ImportResult result = new DeckImporter(Text.TOPICS).importFile(dir.resolve(CollectionExporter.CARDS_CSV));

        assertThat(result.problems()).isEmpty();
        assertThat(result.cards()).extracting(DeckCard::question, DeckCard::answer, DeckCard::tags)
                .containsExactlyElementsOf(cards.stream().map(c -> org.assertj.core.groups.Tuple.tuple(
                        c.question(), c.answer().replace("\r\n", "\n"), c.tags())).toList());
    }

    @Test
    void tagsWithSpacesAreExportedWithUnderscores() {
        var collection = new UserCollection(List.of(card("user-1", "q", "a", "load balancing", "k8s")), List.of(), Map.of());

        assertThat(exporter.cardsCsv(collection).split("\r\n")[1]).startsWith("user-1,user,load_balancing k8s,");
    }
}

package dev.opsdojo.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.content.ContentLibrary;
import dev.opsdojo.content.ContentLoader;
import dev.opsdojo.srs.Rating;
import dev.opsdojo.ui.I18n;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing into the learner's own deck, editing it, and exporting, through the app's flashcard environment. */
class AppCardsTest {
    @TempDir
    Path dataDir;

    @TempDir
    Path elsewhere;

    private final AtomicReference<ContentLibrary> library = new AtomicReference<>();
    private final AtomicInteger reloads = new AtomicInteger();
    private AppCards cards;

    private void reload() {
        reloads.incrementAndGet();
        library.set(new ContentLoader().load(Preload.contentRoots(new AppContext(dataDir, Optional.empty()), ShellSettings.defaults("en"))));
    }

    @BeforeEach
    void open() throws Exception {
        reload();
        reloads.set(0);
        cards = new AppCards(dataDir, library::get, () -> new I18n("en"), this::reload);
    }

    @AfterEach
    void close() {
        cards.close();
    }

    @Test
    void anAnkiTextExportBecomesADeckOfTheLearnersOwnAndBadRowsAreNamed() throws Exception {
        Path file = elsewhere.resolve("anki.txt");
        Files.writeString(file, "#separator:tab\n#html:true\nWhat is a pod?\tThe smallest deployable unit<br>in Kubernetes.\tk8s\nonly a question\n"
                + "What does HPA stand for?\tHorizontal Pod Autoscaler\tk8s autoscaling\n");
        String message = cards.importFile(file);
        assertThat(message).startsWith("Imported 2 cards into your deck; 1 rows had problems").contains("line 4");
        assertThat(reloads.get()).isEqualTo(1);
        assertThat(library.get().problems()).isEmpty();
        String id = library.get().cardIds().stream().filter(c -> c.startsWith("user-")).findFirst().orElseThrow();
        assertThat(library.get().card(id, "en").orElseThrow().card().answer()).isEqualTo("The smallest deployable unit\nin Kubernetes.");
        assertThat(cards.imports().isUserCard(id)).isTrue();
        assertThat(cards.imports().isUserCard("scale-up-vs-out")).isFalse();
    }

    @Test
    void importingTheSameFileTwiceDoesNotDuplicateCards() throws Exception {
        Path file = elsewhere.resolve("cards.csv");
        Files.writeString(file, "question,answer,tags\nWhat is etcd?,The cluster's key-value store,k8s\n");
        cards.importFile(file);
        int before = library.get().cardIds().size();
        cards.importFile(file);
        assertThat(library.get().cardIds()).hasSize(before);
    }

    @Test
    void anEditedUserCardIsSavedAndReloaded() throws Exception {
        Path file = elsewhere.resolve("cards.csv");
        Files.writeString(file, "What is etcd?,The cluster's store,k8s\n");
        cards.importFile(file);
        String id = library.get().cardIds().stream().filter(c -> c.startsWith("user-")).findFirst().orElseThrow();
        var card = library.get().card(id, "en").orElseThrow().card();
        var edited = new dev.opsdojo.content.DeckCard(id, card.topic(), card.tags(), card.difficulty(), card.question(),
                "A consistent, highly available key-value store (Raft).", java.util.List.of("key-value store", "Raft"),
                card.followUps(), card.lessons(), card.sims(), card.sources());
        assertThat(cards.imports().saveUserCard(edited)).isEqualTo("Your card was saved.");
        assertThat(library.get().card(id, "en").orElseThrow().card().keyPoints()).containsExactly("key-value store", "Raft");
    }

    @Test
    void anExportHasTheHistoryAndEscapesSpreadsheetFormulas() throws Exception {
        Path file = elsewhere.resolve("evil.csv");
        Files.writeString(file, "\"=HYPERLINK(\"\"http://x\"\")\",answer\n");
        cards.importFile(file);
        String id = library.get().cardIds().stream().filter(c -> c.startsWith("user-")).findFirst().orElseThrow();
        cards.flashcards().rate(id, Rating.GOOD, Instant.parse("2026-03-10T01:00:00Z"), 3000);
        String message = cards.exportTo(elsewhere);
        assertThat(message).startsWith("Exported");
        assertThat(Files.readString(elsewhere.resolve("cards.csv"))).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
        assertThat(Files.readString(elsewhere.resolve("reviews.csv"))).contains(id).contains("Good");
        assertThat(Files.readString(elsewhere.resolve("opsdojo-collection.json"))).contains(id);
    }
}

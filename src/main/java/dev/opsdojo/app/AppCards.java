package dev.opsdojo.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.opsdojo.content.ContentLibrary;
import dev.opsdojo.content.Deck;
import dev.opsdojo.content.DeckCard;
import dev.opsdojo.srs.Flashcards;
import dev.opsdojo.srs.FsrsAdapter;
import dev.opsdojo.srs.SrsSettings;
import dev.opsdojo.srs.DayClock;
import dev.opsdojo.srs.io.CollectionExporter;
import dev.opsdojo.srs.io.DeckImporter;
import dev.opsdojo.srs.io.ImportProblem;
import dev.opsdojo.srs.io.ImportResult;
import dev.opsdojo.srs.io.UserCollection;
import dev.opsdojo.srs.store.RecoveryReport;
import dev.opsdojo.srs.store.ReviewStore;
import dev.opsdojo.srs.store.StoreReviewLog;
import dev.opsdojo.srs.ui.CardsContext;
import dev.opsdojo.storage.AtomicFiles;
import dev.opsdojo.storage.JsonStore;
import dev.opsdojo.ui.I18n;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The app's flashcards: the durable review store in the data folder, FSRS with the learner's settings, and the
 * user's own deck (imported cards) kept as ordinary content under {@code <data>/content}, so the loader, validator
 * and search treat it like any other deck.
 */
final class AppCards implements CardsEnvironment {
    static final String USER_CONTENT = "content";
    static final String USER_DECK_ID = "my-cards";

    private final Path dataDir;
    private final JsonStore settingsStore;
    private final ReviewStore store;
    private final Flashcards flashcards;
    private final Supplier<ContentLibrary> library;
    private final Supplier<I18n> i18n;
    private final Runnable reloadContent;
    private SrsSettings settings;
    private final Optional<String> loadProblem;

    AppCards(Path dataDir, Supplier<ContentLibrary> library, Supplier<I18n> i18n, Runnable reloadContent) throws IOException {
        this.dataDir = dataDir;
        this.library = library;
        this.i18n = i18n;
        this.reloadContent = reloadContent;
        this.settingsStore = new JsonStore(dataDir);
        JsonStore.Loaded<SrsSettings> loaded = settingsStore.load(SrsSettings.FILE, SrsSettings.class, SrsSettings::defaults);
        this.settings = loaded.value();
        this.store = ReviewStore.open(dataDir);
        List<String> problems = new ArrayList<>();
        loaded.problem().ifPresent(problems::add);
        RecoveryReport report = store.recovery();
        report.notices().stream().filter(n -> n.level() != RecoveryReport.Level.INFO).forEach(n -> problems.add(n.message()));
        this.loadProblem = problems.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", problems));
        ZoneId zone = ZoneId.systemDefault();
        this.flashcards = new Flashcards(new StoreReviewLog(store), FsrsAdapter.of(settings, zone), settings,
                new DayClock(zone, settings.dayStartHour()));
    }

    /** The folder of the user's own content (imported cards), added to the content roots when it exists. */
    static Path userContent(Path dataDir) {
        return dataDir.resolve(USER_CONTENT);
    }

    @Override
    public Flashcards flashcards() {
        return flashcards;
    }

    @Override
    public SrsSettings settings() {
        return settings;
    }

    @Override
    public void updateSettings(UnaryOperator<SrsSettings> change) {
        settings = change.apply(settings);
        try {
            settingsStore.save(SrsSettings.FILE, settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ZoneId zone = ZoneId.systemDefault();
        flashcards.reconfigure(FsrsAdapter.of(settings, zone), settings, new DayClock(zone, settings.dayStartHour()));
    }

    @Override
    public Optional<String> loadProblem() {
        return loadProblem;
    }

    void close() {
        try {
            store.close();
        } catch (IOException e) {
            System.err.println("OpsDojo: could not close the review store cleanly: " + e.getMessage());
        }
    }

    @Override
    public CardsContext.CardImports imports() {
        return new CardsContext.CardImports() {
            @Override
            public String importFile(Path file) {
                return AppCards.this.importFile(file);
            }

            @Override
            public String exportTo(Path folder) {
                return AppCards.this.exportTo(folder);
            }

            @Override
            public boolean isUserCard(String cardId) {
                return cardId.startsWith(DeckImporter.ID_PREFIX);
            }

            @Override
            public String saveUserCard(DeckCard card) {
                return AppCards.this.saveUserCards(List.of(card), i18n.get().get("cards.saved"));
            }
        };
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    String importFile(Path file) {
        I18n strings = i18n.get();
        ImportResult result;
        try {
            List<String> topics = library.get().topics().stream().map(t -> t.id()).toList();
            result = new DeckImporter(topics).importFile(file);
        } catch (IOException e) {
            return file + ": " + e.getMessage();
        }
        if (result.refused()) {
            return result.problems().stream().map(ImportProblem::describe).collect(Collectors.joining("; "));
        }
        String saveProblem = saveUserCards(result.cards(), null);
        if (saveProblem != null) {
            return saveProblem;
        }
        if (result.problems().isEmpty()) {
            return strings.format("cards.importedAll", result.cards().size());
        }
        String detail = result.problems().stream().limit(5).map(ImportProblem::describe).collect(Collectors.joining("; "));
        return strings.format("cards.imported", result.cards().size(), result.problems().size(), detail);
    }

    /**
     * Adds or replaces cards in the learner's own deck ({@code <data>/content/decks/<lang>/my-cards.json}), then
     * reloads content. Returns {@code done} (or null) on success, else what went wrong.
     */
    String saveUserCards(List<DeckCard> changed, String done) {
        try {
            Path root = userContent(dataDir);
            Path topicsFile = root.resolve("topics.yaml");
            if (!Files.exists(topicsFile)) {
                Files.createDirectories(root);
                Files.writeString(topicsFile, "# Topics of cards imported into OpsDojo.\n- id: user\n  title: {en: \"My cards\", ko: \"내 카드\"}\n");
            }
            Path deckFile = root.resolve("decks").resolve(i18n.get().language()).resolve(USER_DECK_ID + ".json");
            Files.createDirectories(deckFile.getParent());
            Map<String, DeckCard> cards = new LinkedHashMap<>();
            if (Files.exists(deckFile)) {
                JSON.readValue(deckFile.toFile(), Deck.class).cards().forEach(c -> cards.put(c.id(), c));
            }
            changed.forEach(c -> cards.put(c.id(), c));
            Deck deck = new Deck(USER_DECK_ID, "My cards", "Cards imported into OpsDojo.", List.copyOf(cards.values()));
            AtomicFiles.write(deckFile, JSON.writeValueAsBytes(deck));
        } catch (IOException e) {
            return "could not save your cards: " + e.getMessage();
        }
        reloadContent.run();
        return done;
    }

    String exportTo(Path folder) {
        ContentLibrary lib = library.get();
        List<DeckCard> cards = lib.cardIds().stream()
                .map(id -> lib.card(id, i18n.get().language()).orElseThrow().card()).toList();
        UserCollection collection = new UserCollection(cards, store.events(), store.cards());
        CollectionExporter exporter = new CollectionExporter(Clock.systemUTC());
        try {
            exporter.writeJson(folder.resolve("opsdojo-collection.json"), collection);
            exporter.writeCsv(folder, collection);
        } catch (IOException e) {
            return "could not export to " + folder + ": " + e.getMessage();
        }
        return i18n.get().format("cards.exported", folder);
    }
}

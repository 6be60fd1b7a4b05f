package dev.opsdojo.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsdojo.content.Deck;
import dev.opsdojo.content.DeckCard;
import dev.opsdojo.srs.DayClock;
import dev.opsdojo.srs.Flashcards;
import dev.opsdojo.srs.FsrsAdapter;
import dev.opsdojo.srs.Rating;
import dev.opsdojo.srs.ReviewLog;
import dev.opsdojo.srs.SrsSettings;
import dev.opsdojo.srs.store.ReviewStore;
import dev.opsdojo.srs.store.StoreReviewLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * On-demand benchmark (not a test), run by bench/collection.sh.
 * {@code generate DIR}: a data folder with 10,000 cards of the learner's own and 100,000 reviews made by the real
 * scheduler over a simulated year. {@code measure DIR}: median time to pick the next card and preview its four buttons.
 */
public final class CollectionBenchmark {
    static final int CARDS = 10_000;
    static final int REVIEWS = 100_000;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        if (args[0].equals("generate")) {
            generate(dir);
        } else {
            measure(dir);
        }
    }

    private static List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < CARDS; i++) {
            ids.add(String.format(Locale.ROOT, "user-bench-%05d", i));
        }
        return ids;
    }

    private static Flashcards open(ReviewStore store) {
        return open(new StoreReviewLog(store));
    }

    private static Flashcards open(ReviewLog log) {
        ZoneId zone = ZoneId.of("Asia/Seoul");
        SrsSettings settings = SrsSettings.defaults().withNewCardsPerDay(9999).withReviewsPerDay(99999);
        return new Flashcards(log, FsrsAdapter.of(settings, zone), settings, new DayClock(zone, 4));
    }

    /** The store without the daily-count cache: generating a year of reviews in one run would recount every day. */
    private static ReviewLog uncounted(StoreReviewLog log) {
        return new ReviewLog() {
            public long nextSeq() { return log.nextSeq(); }
            public void append(dev.opsdojo.srs.ReviewEvent event) { log.append(event); }
            public java.util.Map<String, dev.opsdojo.srs.SrsCard> cards() { return log.cards(); }
            public java.util.Optional<dev.opsdojo.srs.SrsCard> card(String id) { return log.card(id); }
            public java.util.Set<String> suspended() { return log.suspended(); }
            public java.util.Optional<java.time.LocalDate> buriedUntil(String id) { return log.buriedUntil(id); }
            public List<dev.opsdojo.srs.ReviewEvent> events() { return log.events(); }
            public int[] doneOn(java.time.LocalDate date, DayClock clock) { return new int[] {0, 0}; }
            public java.util.Optional<dev.opsdojo.srs.SrsCard> undoLast(Instant now) { return log.undoLast(now); }
        };
    }

    static void generate(Path dir) throws Exception {
        Path content = Files.createDirectories(dir.resolve("content/decks/en"));
        Files.writeString(dir.resolve("content/topics.yaml"), "- id: user\n  title: {en: \"My cards\", ko: \"내 카드\"}\n");
        List<DeckCard> cards = new ArrayList<>();
        for (String id : ids()) {
            cards.add(new DeckCard(id, "user", List.of("bench"), 2, "Question " + id + "?", "Answer to " + id + ".",
                    List.of("answer"), List.of(), List.of(), List.of(), List.of()));
        }
        new ObjectMapper().writeValue(content.resolve("my-cards.json").toFile(), new Deck("my-cards", "My cards", "bench", cards));
        Files.writeString(dir.resolve("settings.json"), "{\"language\":\"en\",\"section\":\"FLASHCARDS\"}");
        Random random = new Random(7);
        Instant start = Instant.parse("2025-06-01T00:00:00Z");
        List<String> ids = ids();
        long t0 = System.nanoTime();
        try (ReviewStore store = ReviewStore.open(dir)) {
            Flashcards flashcards = open(uncounted(new StoreReviewLog(store)));
            // Ten reviews per card, spread over a year: each review at (or a little after) the card's due time.
            for (int round = 0; round < REVIEWS / CARDS; round++) {
                for (int i = 0; i < CARDS; i++) {
                    String id = ids.get(i);
                    Instant due = flashcards.cardState(id, start).due();
                    Instant at = (round == 0 ? start.plus(Duration.ofMinutes(i)) : due).plus(Duration.ofMinutes(random.nextInt(600)));
                    Rating rating = random.nextDouble() < 0.12 ? Rating.AGAIN : random.nextDouble() < 0.1 ? Rating.HARD : Rating.GOOD;
                    flashcards.rate(id, rating, at, 5000);
                }
            }
        }
        System.out.printf(Locale.ROOT, "generated %d cards and %d reviews in %s in %.1f s%n", CARDS, REVIEWS, dir, (System.nanoTime() - t0) / 1e9);
    }

    static void measure(Path dir) throws Exception {
        long t0 = System.nanoTime();
        try (ReviewStore store = ReviewStore.open(dir)) {
            long opened = System.nanoTime();
            Flashcards flashcards = open(store);
            List<String> ids = ids();
            Instant now = Instant.parse("2026-06-15T09:00:00Z");
            var counts = flashcards.counts(ids, now);
            long counted = System.nanoTime();
            System.out.printf(Locale.ROOT, "open store: %.0f ms; first due counts over %d cards: %.0f ms (%s)%n",
                    (opened - t0) / 1e6, ids.size(), (counted - opened) / 1e6, counts);
            int runs = 2000;
            double[] times = new double[runs];
            for (int warm = 0; warm < 500; warm++) {
                flashcards.next(ids, now).ifPresent(id -> flashcards.preview(id, now));
            }
            for (int i = 0; i < runs; i++) {
                Instant at = now.plusSeconds(i);
                long a = System.nanoTime();
                flashcards.next(ids, at).ifPresent(id -> flashcards.preview(id, at));
                times[i] = (System.nanoTime() - a) / 1e6;
            }
            Arrays.sort(times);
            System.out.printf(Locale.ROOT, "next card + four button intervals over %d cards, %d reviews: median %.3f ms, p99 %.3f ms%n",
                    ids.size(), store.eventCount(), times[runs / 2], times[(int) (runs * 0.99)]);
        }
    }

    private CollectionBenchmark() {
    }
}

package dev.opsdojo.srs.store;

import dev.opsdojo.srs.CardState;
import dev.opsdojo.srs.Rating;
import dev.opsdojo.srs.ReviewEvent;
import dev.opsdojo.srs.SrsCard;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Events and file surgery for store tests. Reviews chain like real ones: each 'before' is the store's current card. */
final class StoreFixtures {
    static final Instant T0 = Instant.parse("2025-03-04T05:06:07Z");
    /** Files kept aside are stamped with the clock: with this one, {@code NAME.corrupt-20250304T050607}. */
    static final String STAMP = "20250304T050607";
    static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

    private StoreFixtures() {
    }

    static ReviewStore.Options options() {
        return ReviewStore.Options.defaults().withClock(CLOCK);
    }

    /** A review of {@code cardId} as the reviewer would append it: from the store's current card (or a new one). */
    static ReviewEvent.Reviewed review(ReviewStore store, String cardId, Rating rating, Instant at) {
        SrsCard before = store.card(cardId).orElseGet(() -> SrsCard.newCard(cardId, T0));
        return new ReviewEvent.Reviewed(0, at, cardId, rating, 1234, before, next(before, rating, at));
    }

    static ReviewEvent.Reviewed review(ReviewStore store, String cardId, Rating rating) {
        return review(store, cardId, rating, T0.plusSeconds(store.nextSeq()));
    }

    /** Not FSRS: just different enough per rating that a wrong restore would show. */
    static SrsCard next(SrsCard card, Rating rating, Instant at) {
        boolean lapse = rating == Rating.AGAIN;
        double stability = lapse ? Math.max(0.1, card.stability() / 2) : card.stability() * 1.7 + rating.grade * 0.31;
        double difficulty = Math.min(10, Math.max(1, card.difficulty() + (3 - rating.grade) * 0.4 + (card.isNew() ? 5 : 0)));
        long intervalMinutes = lapse ? 10 : Math.round(stability * 24 * 60);
        return new SrsCard(card.cardId(), lapse ? CardState.RELEARNING : CardState.REVIEW, lapse ? 1 : 0, stability, difficulty,
                at.plus(Duration.ofMinutes(intervalMinutes)), at, card.reps() + 1, card.lapses() + (lapse ? 1 : 0));
    }

    static ReviewEvent.Suspended suspend(String cardId, boolean suspended) {
        return new ReviewEvent.Suspended(0, T0, cardId, suspended);
    }

    static ReviewEvent.Buried bury(String cardId, LocalDate until) {
        return new ReviewEvent.Buried(0, T0, cardId, until);
    }

    /**
     * Appends a deterministic mix of {@code count} events: mostly reviews over five cards, with a suspension, a bury
     * and an undo now and then.
     */
    static void appendHistory(ReviewStore store, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            String card = "card-" + (i % 5);
            switch (i % 9) {
                case 4 -> store.append(suspend(card, i % 2 == 0));
                case 6 -> store.append(bury(card, LocalDate.of(2025, 3, 5 + i % 3)));
                case 8 -> {
                    if (store.undoLast().isEmpty()) {
                        store.append(suspend(card, false));
                    }
                }
                default -> store.append(review(store, card, Rating.values()[(i * 7 + 3) % 4]));
            }
        }
    }

    /**
     * Copies the store's files as they are on the disk right now, while the store is still open: what a crash at this
     * instant leaves behind (every append is forced, so the log is complete; no snapshot since the last interval).
     */
    static void copyAsCrashed(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        for (Path file : list(from)) {
            Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    static List<String> fileNames(Path dir) throws IOException {
        return list(dir).stream().map(p -> p.getFileName().toString()).toList();
    }

    /** The byte offset at which each line of the file starts, plus the file's length at the end. */
    static List<Integer> lineStarts(byte[] bytes) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                starts.add(i + 1);
            }
        }
        if (starts.get(starts.size() - 1) != bytes.length) {
            starts.add(bytes.length);
        }
        return starts;
    }

    static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    static long[] seqs(ReviewStore store) {
        return store.events().stream().mapToLong(ReviewEvent::seq).toArray();
    }
}

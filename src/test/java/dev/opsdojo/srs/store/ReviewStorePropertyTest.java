package dev.opsdojo.srs.store;

import static dev.opsdojo.srs.store.StoreFixtures.copyAsCrashed;
import static dev.opsdojo.srs.store.StoreFixtures.lineStarts;
import static dev.opsdojo.srs.store.StoreFixtures.review;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.srs.Rating;
import dev.opsdojo.srs.ReviewEvent;
import dev.opsdojo.srs.SrsCard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/** Invariants over random histories: the store agrees with a plain model across reopens and crashes, and the log replays to it. */
class ReviewStorePropertyTest {
    enum Kind { REVIEW, UNDO, SUSPEND, UNSUSPEND, BURY, UNBURY, REOPEN, CRASH }

    record Op(Kind kind, int card, int rating) {
    }

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Kind> kinds = Arbitraries.frequencyOf(
                Tuple.of(10, Arbitraries.just(Kind.REVIEW)), Tuple.of(3, Arbitraries.just(Kind.UNDO)),
                Tuple.of(1, Arbitraries.just(Kind.SUSPEND)), Tuple.of(1, Arbitraries.just(Kind.UNSUSPEND)),
                Tuple.of(1, Arbitraries.just(Kind.BURY)), Tuple.of(1, Arbitraries.just(Kind.UNBURY)),
                Tuple.of(1, Arbitraries.just(Kind.REOPEN)), Tuple.of(1, Arbitraries.just(Kind.CRASH)));
        return Combinators.combine(kinds, Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 3)).as(Op::new)
                .list().ofMaxSize(80);
    }

    /** The collection as the learner understands it: undo takes back reviews last-first, like a stack. */
    static final class Model {
        final Map<String, SrsCard> cards = new HashMap<>();
        final Set<String> suspended = new HashSet<>();
        final Map<String, LocalDate> buried = new HashMap<>();
        final Deque<ReviewEvent.Reviewed> undoable = new ArrayDeque<>();
    }

    @Property(tries = 60)
    void theStoreAgreesWithTheModelAcrossReopensAndCrashes(@ForAll("ops") List<Op> ops,
                                                          @ForAll @IntRange(min = 1, max = 12) int snapshotEvery) throws IOException {
        Path root = RamTempDirFactory.newDirectory();
        try {
            int generation = 0;
            Path dir = root.resolve("g0");
            ReviewStore.Options options = StoreFixtures.options().withSnapshotEveryEvents(snapshotEvery);
            ReviewStore store = ReviewStore.open(dir, options);
            Model model = new Model();
            for (Op op : ops) {
                String card = "c" + op.card();
                switch (op.kind()) {
                    case REVIEW -> {
                        ReviewEvent.Reviewed written = (ReviewEvent.Reviewed) store.append(review(store, card, Rating.values()[op.rating()]));
                        model.cards.put(card, written.after());
                        model.undoable.push(written);
                    }
                    case UNDO -> {
                        ReviewEvent.Reviewed undone = model.undoable.poll();
                        assertThat(store.undoLast()).isEqualTo(Optional.ofNullable(undone).map(ReviewEvent.Reviewed::before));
                        if (undone != null) {
                            model.cards.put(undone.cardId(), undone.before());
                        }
                    }
                    case SUSPEND, UNSUSPEND -> {
                        store.append(StoreFixtures.suspend(card, op.kind() == Kind.SUSPEND));
                        if (op.kind() == Kind.SUSPEND) {
                            model.suspended.add(card);
                        } else {
                            model.suspended.remove(card);
                        }
                    }
                    case BURY -> {
                        LocalDate until = LocalDate.of(2025, 3, 5 + op.rating());
                        store.append(StoreFixtures.bury(card, until));
                        model.buried.put(card, until);
                    }
                    case UNBURY -> {
                        store.append(StoreFixtures.bury(card, null));
                        model.buried.remove(card);
                    }
                    case REOPEN -> {
                        store.close();
                        store = ReviewStore.open(dir, options);
                        assertThat(store.recovery().isClean()).isTrue();
                    }
                    case CRASH -> {
                        Path next = root.resolve("g" + ++generation);
                        copyAsCrashed(dir, next);
                        store.close();
                        dir = next;
                        store = ReviewStore.open(dir, options);
                        assertThat(store.recovery().hasErrors()).isFalse();
                    }
                }
                assertThat(store.cards()).isEqualTo(model.cards);
            }
            for (String card : List.of("c0", "c1", "c2", "c3", "c4", "c5")) {
                assertThat(store.isSuspended(card)).isEqualTo(model.suspended.contains(card));
                assertThat(store.buriedUntil(card)).isEqualTo(Optional.ofNullable(model.buried.get(card)));
            }
            CollectionState replayed = new CollectionState();
            List<ReviewEvent> events = store.events();
            for (ReviewEvent event : events) {
                assertThat(replayed.apply(event, seq -> events.stream().filter(e -> e.seq() == seq).findFirst())).isEmpty();
            }
            assertThat(replayed.cards).isEqualTo(model.cards);
            store.close();
        } finally {
            RamTempDirFactory.deleteRecursively(root);
        }
    }

    @Property(tries = 100)
    void aCutAnywhereInTheLastLineKeepsEveryEarlierEvent(@ForAll @IntRange(min = 1, max = 40) int events,
                                                        @ForAll @IntRange(min = 0, max = 10_000) int cutSeed) throws IOException {
        // A snapshot is written after the event it includes is confirmed, so a kill cannot tear an event a snapshot has.
        Assume.that(events % 7 != 0);
        Path root = RamTempDirFactory.newDirectory();
        try {
            Path live = root.resolve("live");
            Path dir = root.resolve("crashed");
            try (ReviewStore store = ReviewStore.open(live, StoreFixtures.options().withSnapshotEveryEvents(7))) {
                StoreFixtures.appendHistory(store, events);
                copyAsCrashed(live, dir);
            }
            byte[] log = Files.readAllBytes(dir.resolve(ReviewStore.LOG_FILE));
            List<Integer> starts = lineStarts(log);
            int lastStart = starts.get(starts.size() - 2);
            int cut = lastStart + cutSeed % (log.length - lastStart - 1); // strictly inside: not whole
            Files.write(dir.resolve(ReviewStore.LOG_FILE), Arrays.copyOf(log, cut));

            try (ReviewStore store = ReviewStore.open(dir, StoreFixtures.options())) {
                assertThat(store.recovery().hasErrors()).isFalse();
                assertThat(store.events()).hasSize(events - 1);
                assertThat(store.nextSeq()).isEqualTo(events);
            }
        } finally {
            RamTempDirFactory.deleteRecursively(root);
        }
    }
}

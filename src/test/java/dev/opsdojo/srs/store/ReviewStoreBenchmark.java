package dev.opsdojo.srs.store;

import dev.opsdojo.srs.Rating;
import dev.opsdojo.srs.ReviewEvent;
import dev.opsdojo.srs.SrsCard;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * On-demand benchmark (not a test) of the review store on the real disk (java.io.tmpdir, or {@code args[0]}):
 * <ul>
 *   <li>append latency (write + force), median and tail, with snapshots every 200 events of a 10,000-card collection;</li>
 *   <li>open with 100,000 logged reviews over 10,000 cards: from the snapshot plus a 100-event log tail, and from the
 *       log alone (which also writes a new snapshot);</li>
 *   <li>the first {@link ReviewStore#events()} (what statistics pay once), {@code undoLast} and {@code lastReviewOf}.</li>
 * </ul>
 * Run: {@code mvn -o -q -B test-compile && java -cp "target/test-classes:target/classes:$(mvn -o -q
 * dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" dev.opsdojo.srs.store.ReviewStoreBenchmark}
 */
public final class ReviewStoreBenchmark {
    private static final int CARDS = 10_000;
    private static final int REVIEWS = 100_000;
    private static final int TAIL = 100;
    private static final int RUNS = 7;
    private static final int APPENDS = 2_000;

    private ReviewStoreBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Files.createTempDirectory(args.length > 0 ? Path.of(args[0]) : Path.of(System.getProperty("java.io.tmpdir")), "store-bench");
        try {
            Path logOnly = root.resolve("log-only");
            long logBytes = writeLog(logOnly, REVIEWS);
            System.out.printf(Locale.ROOT, "fixture: %,d reviews over %,d cards, reviews.log %.1f MB%n", REVIEWS, CARDS, logBytes / 1e6);

            // From the log alone: every line checked and parsed, every event replayed, then a snapshot written.
            double[] fromLog = new double[RUNS];
            for (int run = 0; run < RUNS; run++) {
                Files.deleteIfExists(logOnly.resolve(ReviewStore.SNAPSHOT_FILE));
                Files.deleteIfExists(logOnly.resolve(ReviewStore.SNAPSHOT_BACKUP_FILE));
                long start = System.nanoTime();
                try (ReviewStore store = ReviewStore.open(logOnly)) {
                    fromLog[run] = ms(start);
                    check(store, REVIEWS);
                }
            }
            Path snapshotBytes = root.resolve("snapshot-at-100000.json");
            Files.copy(logOnly.resolve(ReviewStore.SNAPSHOT_FILE), snapshotBytes);
            System.out.printf(Locale.ROOT, "collection.json for %,d cards: %.1f MB%n", CARDS, Files.size(snapshotBytes) / 1e6);

            // From the snapshot (at #100,000) plus a log tail of 100 events, as after a crash: lines checked, the tail parsed.
            appendLines(logOnly, REVIEWS, TAIL);
            try (FileChannel channel = FileChannel.open(logOnly.resolve(ReviewStore.LOG_FILE), StandardOpenOption.WRITE)) {
                channel.force(true); // the fixture was written without forcing; do not bill that to the first measured append
            }
            double[] fromSnapshot = new double[RUNS];
            double[] firstEvents = new double[RUNS];
            double[] undo = new double[RUNS];
            double[] lastReviewOf = new double[RUNS];
            for (int run = 0; run < RUNS; run++) {
                Files.copy(snapshotBytes, logOnly.resolve(ReviewStore.SNAPSHOT_FILE), StandardCopyOption.REPLACE_EXISTING);
                long start = System.nanoTime();
                try (ReviewStore store = ReviewStore.open(logOnly)) {
                    fromSnapshot[run] = ms(start);
                    check(store, REVIEWS + TAIL);
                    start = System.nanoTime();
                    store.lastReviewOf("card-" + (run * 997 % CARDS)).orElseThrow();
                    lastReviewOf[run] = ms(start);
                    start = System.nanoTime();
                    store.events();
                    firstEvents[run] = ms(start);
                }
                // undo on a fresh open (events not loaded): reads only the last lines; then take it back out of the log
                truncateTo(logOnly, REVIEWS + TAIL);
                Files.copy(snapshotBytes, logOnly.resolve(ReviewStore.SNAPSHOT_FILE), StandardCopyOption.REPLACE_EXISTING);
                try (ReviewStore store = ReviewStore.open(logOnly)) {
                    start = System.nanoTime();
                    store.undoLast().orElseThrow();
                    undo[run] = ms(start);
                }
                truncateTo(logOnly, REVIEWS + TAIL);
            }

            // Appends on the 10,000-card collection, snapshot every 200 (the default).
            double[] appends = new double[APPENDS];
            double[] snapshots;
            Files.copy(snapshotBytes, logOnly.resolve(ReviewStore.SNAPSHOT_FILE), StandardCopyOption.REPLACE_EXISTING);
            try (ReviewStore store = ReviewStore.open(logOnly)) {
                Random random = new Random(7);
                for (int i = 0; i < 200; i++) { // warm-up
                    store.append(StoreFixtures.review(store, "card-" + random.nextInt(CARDS), Rating.GOOD));
                }
                for (int i = 0; i < APPENDS; i++) {
                    ReviewEvent event = StoreFixtures.review(store, "card-" + random.nextInt(CARDS), Rating.values()[random.nextInt(4)]);
                    long start = System.nanoTime();
                    store.append(event);
                    appends[i] = ms(start);
                }
                snapshots = new double[RUNS];
                for (int run = 0; run < RUNS; run++) {
                    long start = System.nanoTime();
                    store.snapshot();
                    snapshots[run] = ms(start);
                }
            }

            System.out.printf(Locale.ROOT, "%nopen, %,d reviews / %,d cards (%d runs, warm page cache):%n", REVIEWS, CARDS, RUNS);
            System.out.println("  from snapshot + 100-event log tail: " + summary(fromSnapshot));
            System.out.println("  from the log alone (+ new snapshot): " + summary(fromLog));
            System.out.println("  first events() after open (100,100):  " + summary(firstEvents));
            System.out.println("  undoLast() right after open:          " + summary(undo));
            System.out.println("  lastReviewOf(card) right after open:  " + summary(lastReviewOf));
            System.out.printf(Locale.ROOT, "%nappend (write + force), %,d appends, snapshot every 200 included:%n  %s%n", APPENDS, percentiles(appends));
            System.out.println("snapshot of 10,000 cards (write + force + renames): " + summary(snapshots));
        } finally {
            RamTempDirFactory.deleteRecursively(root);
        }
    }

    /** Writes {@code count} chained reviews the way the store writes them, without forcing each line (fixture speed). */
    private static long writeLog(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve(ReviewStore.LOG_FILE)), 1 << 20)) {
            writeReviews(out, 1, count, new HashMap<>());
        }
        return Files.size(dir.resolve(ReviewStore.LOG_FILE));
    }

    private static void appendLines(Path dir, int after, int count) throws IOException {
        Map<String, SrsCard> cards;
        try (ReviewStore store = ReviewStore.open(dir)) {
            cards = new HashMap<>(store.cards());
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dir.resolve(ReviewStore.LOG_FILE), StandardOpenOption.APPEND))) {
            writeReviews(out, after + 1, count, cards);
        }
    }

    private static void writeReviews(OutputStream out, long firstSeq, int count, Map<String, SrsCard> cards) throws IOException {
        Random random = new Random(firstSeq);
        for (long seq = firstSeq; seq < firstSeq + count; seq++) {
            String id = "card-" + (seq <= CARDS ? seq - 1 : random.nextInt(CARDS));
            SrsCard before = cards.getOrDefault(id, SrsCard.newCard(id, StoreFixtures.T0));
            var at = StoreFixtures.T0.plusSeconds(seq * 60);
            Rating rating = Rating.values()[random.nextInt(4)];
            SrsCard after = StoreFixtures.next(before, rating, at);
            cards.put(id, after);
            ReviewEvent event = new ReviewEvent.Reviewed(seq, at, id, rating, 2000 + random.nextInt(8000), before, after);
            out.write(StoreJson.envelope(StoreJson.EVENT_FIELD, StoreJson.EVENT_WRITER.writeValueAsBytes(event)));
            out.write('\n');
        }
    }

    /** Cuts the log back to its first {@code events} lines, in place (so no rewrite leaves dirty pages to force later). */
    private static void truncateTo(Path dir, int events) throws IOException {
        long[] end = {-1};
        int[] lines = {0};
        LineReader.forEachLine(dir.resolve(ReviewStore.LOG_FILE), (bytes, start, stop, offset, terminated) -> {
            if (++lines[0] == events) {
                end[0] = offset + (stop - start) + 1;
            }
        });
        try (FileChannel channel = FileChannel.open(dir.resolve(ReviewStore.LOG_FILE), StandardOpenOption.WRITE)) {
            channel.truncate(end[0]);
            channel.force(true);
        }
    }

    private static void check(ReviewStore store, int events) {
        if (store.eventCount() != events || store.cards().size() != CARDS || store.recovery().hasErrors()) {
            throw new IllegalStateException("unexpected store: " + store + "\n" + store.recovery());
        }
    }

    private static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static String summary(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "median %.1f ms (first %.1f, min %.1f, max %.1f)", sorted[sorted.length / 2], ms[0], sorted[0],
                sorted[sorted.length - 1]);
    }

    private static String percentiles(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "median %.2f ms, p90 %.2f, p99 %.2f, max %.1f", sorted[sorted.length / 2],
                sorted[(int) (sorted.length * 0.9)], sorted[(int) (sorted.length * 0.99)], sorted[sorted.length - 1]);
    }
}

package dev.opsdojo.srs.store;

import dev.opsdojo.srs.Rating;
import dev.opsdojo.srs.ReviewEvent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Random;

/**
 * The process {@link ReviewStoreKillTest} kills. It boots and warms up (JVM, Jackson), prints {@code ready} and waits
 * for a line on stdin, so the test can start the next child while the current one runs. Then it opens the store in
 * {@code args[0]} and appends events until it is killed, printing {@code ack SEQ} after each append (or undo) has
 * returned, that is, after the event was acknowledged. Snapshots come every 25 events so that kills also land in the
 * middle of a snapshot.
 */
public final class KillTestChild {
    static final int SNAPSHOT_EVERY_EVENTS = 25;

    private KillTestChild() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Random random = new Random(Long.parseLong(args[1]));
        PrintStream out = System.out;

        byte[] warmUp = StoreJson.EVENT_WRITER.writeValueAsBytes(new ReviewEvent.Suspended(1, Instant.EPOCH, "warm-up", true));
        StoreJson.EVENT_READER.readValue(warmUp);
        out.println("ready");
        out.flush();
        String go = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII)).readLine();
        if (go == null) {
            return; // the test ended without using this child
        }

        try (ReviewStore store = ReviewStore.open(dir, ReviewStore.Options.defaults().withSnapshotEveryEvents(SNAPSHOT_EVERY_EVENTS))) {
            if (store.recovery().hasErrors()) {
                System.err.println(store.recovery());
                System.exit(3);
            }
            out.println("open " + store.nextSeq());
            out.flush();
            while (true) {
                String card = "card-" + random.nextInt(300);
                int pick = random.nextInt(20);
                if (pick < 15) {
                    store.append(StoreFixtures.review(store, card, Rating.values()[random.nextInt(4)]));
                } else if (pick < 17) {
                    if (store.undoLast().isEmpty()) {
                        continue;
                    }
                } else if (pick < 19) {
                    store.append(StoreFixtures.suspend(card, random.nextBoolean()));
                } else {
                    store.append(StoreFixtures.bury(card, random.nextBoolean() ? null : LocalDate.of(2025, 3, 5)));
                }
                out.println("ack " + (store.nextSeq() - 1));
                out.flush();
            }
        }
    }
}

package dev.opsdojo.srs.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.opsdojo.srs.ReviewEvent;
import dev.opsdojo.srs.store.RecoveryReport.Level;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The durability promise, tested the hard way: a child JVM appends to the store and is killed with SIGKILL at a random
 * moment, 55 times over the same folder, so the log grows across kills; after every kill, every event the child had
 * acknowledged is in the store, the log has no gaps, the snapshot plus log tail equals the whole log replayed, and
 * the files load without an error or warning. Tagged "slow" (about 40 s) but part of every {@code mvn verify}.
 */
@Tag("slow")
class ReviewStoreKillTest {
    private static final int ROUNDS = 55;
    private static final long SEED = 20250304L;
    private static final int MIN_DELAY_MS = 20;
    private static final int MAX_DELAY_MS = 300;
    private static final int TIMEOUT_SECONDS = 60;

    @TempDir
    Path dir;

    @TempDir
    Path logs;

    private final List<Process> children = new ArrayList<>();

    @Test
    void everyAcknowledgedEventSurvivesSigkillAtRandomMoments() throws Exception {
        Random random = new Random(SEED);
        long acknowledged = 0;
        int unacknowledgedButKept = 0;
        Map<String, Integer> notices = new TreeMap<>();
        long started = System.nanoTime();
        long waitingNanos = 0;
        try {
            Child next = spawn(1, random.nextLong());
            for (int round = 1; round <= ROUNDS; round++) {
                Child child = next;
                long waitStart = System.nanoTime();
                child.awaitLine("ready");
                waitingNanos += System.nanoTime() - waitStart;
                child.go();
                // The next child boots while this one runs; it touches the store only after its own go().
                next = spawn(round + 1, random.nextLong());
                child.awaitLine("ack ");
                Thread.sleep(MIN_DELAY_MS + random.nextInt(MAX_DELAY_MS - MIN_DELAY_MS + 1));
                child.process.destroyForcibly();
                int exit = child.process.waitFor();
                if (!System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows")) {
                    assertThat(exit).as("round %d: the child dies of SIGKILL (exit 137); its stderr:%n%s", round, child.stderr())
                            .isEqualTo(128 + 9);
                }

                List<Long> acked = child.acks();
                assertThat(acked).as("round %d acknowledged events", round).isNotEmpty();
                long lastAcked = acked.get(acked.size() - 1);
                try (ReviewStore store = ReviewStore.open(dir)) {
                    RecoveryReport report = store.recovery();
                    assertThat(report.atLevel(Level.ERROR)).as("round %d recovery report:%n%s", round, report).isEmpty();
                    assertThat(report.atLevel(Level.WARNING)).as("round %d recovery report:%n%s", round, report).isEmpty();
                    report.notices().forEach(n -> notices.merge(kindOf(n.message()), 1, Integer::sum));

                    List<ReviewEvent> events = store.events();
                    for (int i = 0; i < events.size(); i++) {
                        assertThat(events.get(i).seq()).as("round %d: the log has no gaps", round).isEqualTo(i + 1);
                    }
                    assertThat((long) events.size()).as("round %d: every acknowledged event is there (last ack #%d)", round, lastAcked)
                            .isBetween(lastAcked, lastAcked + 1); // plus at most the one in flight at the kill
                    unacknowledgedButKept += (int) (events.size() - lastAcked);

                    CollectionState replayed = new CollectionState();
                    for (ReviewEvent event : events) {
                        replayed.apply(event, seq -> Optional.of(events.get((int) seq - 1)));
                    }
                    assertThat(store.cards()).as("round %d: snapshot + log tail = the whole log replayed", round).isEqualTo(replayed.cards);
                    assertThat(store.suspendedCardIds()).isEqualTo(replayed.suspended);
                }
                acknowledged += acked.size();
            }
        } finally {
            for (Process process : children) {
                process.destroyForcibly().waitFor();
            }
        }
        long totalEvents;
        try (ReviewStore store = ReviewStore.open(dir)) {
            totalEvents = store.eventCount();
        }
        System.out.printf(Locale.ROOT, "ReviewStoreKillTest: %d SIGKILL rounds, %d acknowledged events (all present), %d events in the log "
                        + "(%d durable though killed before their ack was printed), info notices after kills %s, %.1f s "
                        + "(%.1f s of it waiting for children to boot)%n",
                ROUNDS, acknowledged, totalEvents, unacknowledgedButKept, notices, (System.nanoTime() - started) / 1e9, waitingNanos / 1e9);
    }

    private static String kindOf(String message) {
        for (String kind : List.of("unfinished line", "lacked its line break", "temporary file", "was missing", "rebuilt")) {
            if (message.contains(kind)) {
                return kind;
            }
        }
        return message;
    }

    private Child spawn(int round, long seed) throws IOException {
        Path stdout = logs.resolve("child-" + round + ".out");
        Path stderr = logs.resolve("child-" + round + ".err");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Start-up flags only: JVM boot is most of a round. (Skipping bytecode verification is fine for test code.)
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-XX:-UsePerfData",
                "-XX:+UnlockDiagnosticVMOptions", "-XX:-BytecodeVerificationRemote",
                "-cp", System.getProperty("java.class.path"), KillTestChild.class.getName(), dir.toString(), Long.toString(seed))
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile())
                .start();
        children.add(process);
        return new Child(process, stdout, stderr);
    }

    /**
     * A child process. Its stdout goes to a file, not a pipe: {@link Process#destroyForcibly()} closes the pipe at
     * once, discarding acknowledgements the child had already written; a file keeps every byte written before the kill.
     */
    private record Child(Process process, Path stdout, Path stderrFile) {
        void go() throws IOException {
            OutputStream in = process.getOutputStream();
            in.write("go\n".getBytes(StandardCharsets.US_ASCII));
            in.flush();
        }

        void awaitLine(String prefix) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            while (wholeLines().stream().noneMatch(line -> line.startsWith(prefix))) {
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    fail("no '" + prefix + "' from the child within " + TIMEOUT_SECONDS + " s; its stderr:\n" + stderr());
                }
                Thread.sleep(2);
            }
        }

        /** The seqs of whole {@code ack N} lines (a kill can cut the last line short). */
        List<Long> acks() throws IOException {
            return wholeLines().stream().filter(line -> line.startsWith("ack ")).map(line -> Long.parseLong(line.substring(4))).toList();
        }

        private List<String> wholeLines() throws IOException {
            String text = Files.readString(stdout, StandardCharsets.US_ASCII);
            return List.of(text.substring(0, text.lastIndexOf('\n') + 1).split("\n"));
        }

        String stderr() throws IOException {
            return Files.readString(stderrFile);
        }
    }
}

package dev.opsdojo.sim.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The overlay's frame times: smoothed a tenth of the way per frame, and the worst frame of the last second. */
class FrameStatsTest {
    private static final long MS = 1_000_000L;

    @Test
    void theFirstFrameOnlyStartsTheClock() {
        FrameStats stats = new FrameStats();
        stats.frame(5 * MS);

        assertThat(stats.smoothedMs()).isNaN();
        assertThat(stats.worstMsLastSecond()).isZero();
    }

    @Test
    void smoothingMovesATenthOfTheWayToEachNewFrame() {
        FrameStats stats = new FrameStats();
        stats.frame(0);
        stats.frame(20 * MS);
        stats.frame(30 * MS);

        // first frame 20 ms sets it; then 20 + 0.1 × (10 − 20) = 19
        assertThat(stats.smoothedMs()).isCloseTo(19.0, within(1e-9));
    }

    @Test
    void theWorstFrameCountsOnlyWithinTheLastSecond() {
        FrameStats stats = new FrameStats();
        stats.frame(0);
        stats.frame(100 * MS);
        long t = 100 * MS;
        for (int i = 0; i < 60; i++) {
            t += 17 * MS;
            stats.frame(t);
        }
        // 60 frames of 17 ms after the 100 ms one: 1,020 ms have passed since it ended
        assertThat(stats.worstMsLastSecond()).isCloseTo(17.0, within(1e-9));
    }

    @Test
    void aLongFrameWithinTheSecondIsTheWorst() {
        FrameStats stats = new FrameStats();
        stats.frame(0);
        stats.frame(16 * MS);
        stats.frame(66 * MS);
        stats.frame(82 * MS);

        assertThat(stats.worstMsLastSecond()).isCloseTo(50.0, within(1e-9));
    }
}

package dev.opsdojo.sim.ui;

/**
 * Frame times for the debug overlay: an exponentially smoothed frame time (each frame moves it a tenth of the way
 * to the new value) and the worst frame of the last wall-clock second. The first frame only sets the clock.
 */
final class FrameStats {
    private static final long SECOND_NANOS = 1_000_000_000L;
    private static final double SMOOTHING = 0.1;
    private final long[] times = new long[2048];
    private final double[] frameMs = new double[2048];
    private int head;
    private int count;
    private long lastNanos = -1;
    private double smoothedMs = Double.NaN;

    void frame(long nowNanos) {
        if (lastNanos >= 0) {
            double ms = (nowNanos - lastNanos) / 1e6;
            smoothedMs = Double.isNaN(smoothedMs) ? ms : smoothedMs + SMOOTHING * (ms - smoothedMs);
            times[head] = nowNanos;
            frameMs[head] = ms;
            head = (head + 1) % times.length;
            count = Math.min(count + 1, times.length);
        }
        lastNanos = nowNanos;
    }

    /** NaN before the second frame. */
    double smoothedMs() {
        return smoothedMs;
    }

    /** The longest frame that ended within the last second before the latest frame; 0 before the second frame. */
    double worstMsLastSecond() {
        double worst = 0;
        for (int i = 1; i <= count; i++) {
            int index = Math.floorMod(head - i, times.length);
            if (lastNanos - times[index] >= SECOND_NANOS) {
                break;
            }
            worst = Math.max(worst, frameMs[index]);
        }
        return worst;
    }
}

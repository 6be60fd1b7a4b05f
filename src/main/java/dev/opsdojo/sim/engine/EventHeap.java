package dev.opsdojo.sim.engine;

import java.util.Arrays;

/**
 * A 4-ary min-heap of events kept in primitive arrays: the key is (time, sequence), so events at the same time come
 * out in the order they were scheduled, and each event carries one int payload. Nothing is boxed.
 */
final class EventHeap {
    private double[] times;
    private long[] seqs;
    private int[] payloads;
    private int size;
    private long nextSeq;
    private boolean popPending;

    EventHeap(int initialCapacity) {
        int capacity = Math.max(16, initialCapacity);
        times = new double[capacity];
        seqs = new long[capacity];
        payloads = new int[capacity];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Schedules an event and returns its sequence number, unique for the life of the heap. */
    long push(double time, int payload) {
        if (popPending) {
            popPending = false;
            long seq = nextSeq++;
            siftDown(0, time, seq, payload, size);
            return seq;
        }
        if (size == times.length) {
            int capacity = times.length * 2;
            times = Arrays.copyOf(times, capacity);
            seqs = Arrays.copyOf(seqs, capacity);
            payloads = Arrays.copyOf(payloads, capacity);
        }
        long seq = nextSeq++;
        int i = size++;
        double[] t = times;
        long[] s = seqs;
        int[] p = payloads;
        while (i > 0) {
            int parent = (i - 1) >>> 2;
            double pt = t[parent];
            if (pt < time || (pt == time && s[parent] < seq)) {
                break;
            }
            t[i] = pt;
            s[i] = s[parent];
            p[i] = p[parent];
            i = parent;
        }
        t[i] = time;
        s[i] = seq;
        p[i] = payload;
        return seq;
    }

    double minTime() {
        return times[0];
    }

    long minSeq() {
        return seqs[0];
    }

    int minPayload() {
        return payloads[0];
    }

    /**
     * Marks the minimum for removal: the next push takes its place (one sift-down from the root, cheap when the new
     * event is soon), and {@link #settle} removes it if no push came. Nothing else may be called in between.
     */
    void popLater() {
        popPending = true;
    }

    void settle() {
        if (popPending) {
            popPending = false;
            pop();
        }
    }

    /** Removes the minimum; read it first with minTime, minSeq and minPayload. */
    void pop() {
        int last = --size;
        if (last == 0) {
            return;
        }
        siftDown(0, times[last], seqs[last], payloads[last], last);
    }

    private void siftDown(int start, double time, long seq, int payload, int last) {
        double[] t = times;
        long[] s = seqs;
        int[] p = payloads;
        int i = start;
        while (true) {
            int first = (i << 2) + 1;
            if (first >= last) {
                break;
            }
            int end = Math.min(first + 4, last);
            int best = first;
            double bt = t[first];
            long bs = s[first];
            for (int c = first + 1; c < end; c++) {
                double ct = t[c];
                if (ct < bt || (ct == bt && s[c] < bs)) {
                    best = c;
                    bt = ct;
                    bs = s[c];
                }
            }
            if (time < bt || (time == bt && seq < bs)) {
                break;
            }
            t[i] = bt;
            s[i] = bs;
            p[i] = p[best];
            i = best;
        }
        t[i] = time;
        s[i] = seq;
        p[i] = payload;
    }
}

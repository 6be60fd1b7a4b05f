package dev.opsdojo.srs.store;

import java.util.Arrays;

/**
 * Where each event of the (clean) log lies: seq, byte offset, length without the line break, and kind. About 21 bytes
 * per event, so a store knows its whole history without holding every event in memory.
 */
final class LogIndex {
    static final byte REVIEW = 0;
    static final byte UNDO = 1;
    static final byte OTHER = 2;

    private long[] seqs = new long[1024];
    private long[] offsets = new long[1024];
    private int[] lengths = new int[1024];
    private byte[] kinds = new byte[1024];
    private int size;

    void add(long seq, long offset, int length, byte kind) {
        if (size == seqs.length) {
            int capacity = size * 2;
            seqs = Arrays.copyOf(seqs, capacity);
            offsets = Arrays.copyOf(offsets, capacity);
            lengths = Arrays.copyOf(lengths, capacity);
            kinds = Arrays.copyOf(kinds, capacity);
        }
        seqs[size] = seq;
        offsets[size] = offset;
        lengths[size] = length;
        kinds[size] = kind;
        size++;
    }

    int size() {
        return size;
    }

    long seq(int i) {
        return seqs[i];
    }

    long offset(int i) {
        return offsets[i];
    }

    int length(int i) {
        return lengths[i];
    }

    byte kind(int i) {
        return kinds[i];
    }

    long lastSeq() {
        return size == 0 ? 0 : seqs[size - 1];
    }

    /** The position of {@code seq}, or -1; seqs rise strictly along the log. */
    int find(long seq) {
        int i = Arrays.binarySearch(seqs, 0, size, seq);
        return i >= 0 ? i : -1;
    }
}

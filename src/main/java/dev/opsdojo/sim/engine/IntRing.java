package dev.opsdojo.sim.engine;

import java.util.Arrays;

/** A growable FIFO of ints (request slots). */
final class IntRing {
    private int[] items = new int[8];
    private int head;
    private int size;

    int size() {
        return size;
    }

    void push(int value) {
        if (size == items.length) {
            int[] grown = new int[items.length * 2];
            for (int i = 0; i < size; i++) {
                grown[i] = items[(head + i) & (items.length - 1)];
            }
            items = grown;
            head = 0;
        }
        items[(head + size) & (items.length - 1)] = value;
        size++;
    }

    int pop() {
        int value = items[head];
        head = (head + 1) & (items.length - 1);
        size--;
        return value;
    }

    int get(int i) {
        return items[(head + i) & (items.length - 1)];
    }

    void clear() {
        head = 0;
        size = 0;
        if (items.length > 1024) {
            items = new int[8];
        } else {
            Arrays.fill(items, 0);
        }
    }
}

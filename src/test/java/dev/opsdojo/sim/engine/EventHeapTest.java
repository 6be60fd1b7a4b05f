package dev.opsdojo.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class EventHeapTest {
    private record Ev(double time, long seq, int payload) {
    }

    @Property
    void popsInTimeOrderWithTiesInSchedulingOrder(@ForAll @Size(max = 300) List<@IntRange(min = 0, max = 20) Integer> times) {
        EventHeap heap = new EventHeap(1);
        List<Ev> expected = new ArrayList<>();
        for (int i = 0; i < times.size(); i++) {
            long seq = heap.push(times.get(i), i);
            expected.add(new Ev(times.get(i), seq, i));
        }
        expected.sort(Comparator.comparingDouble(Ev::time).thenComparingLong(Ev::seq));

        List<Ev> popped = new ArrayList<>();
        while (!heap.isEmpty()) {
            popped.add(new Ev(heap.minTime(), heap.minSeq(), heap.minPayload()));
            heap.pop();
        }
        assertThat(popped).containsExactlyElementsOf(expected);
    }

    @Property
    void aDeferredPopReplacedByAPushKeepsTheOrder(@ForAll @Size(min = 1, max = 200) List<@IntRange(min = 0, max = 50) Integer> delays) {
        EventHeap heap = new EventHeap(1);
        heap.push(0, -1);
        List<Double> poppedTimes = new ArrayList<>();
        int next = 0;
        while (!heap.isEmpty()) {
            double now = heap.minTime();
            poppedTimes.add(now);
            heap.popLater();
            if (next < delays.size()) {
                heap.push(now + delays.get(next), next);
                next++;
                if (next < delays.size() && delays.get(next) % 3 == 0) {
                    heap.push(now + delays.get(next), next);
                    next++;
                }
            }
            heap.settle();
        }
        assertThat(poppedTimes).isSorted().hasSize(next + 1);
    }
}

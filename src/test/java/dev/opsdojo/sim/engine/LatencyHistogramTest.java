package dev.opsdojo.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class LatencyHistogramTest {
    @Property(tries = 300)
    void quantileIsTheNearestRankValueToThreeSignificantDigits(
            @ForAll @Size(min = 1, max = 500) List<@LongRange(min = 0, max = 100_000_000_000L) Long> values,
            @ForAll @DoubleRange(min = 0.01, max = 1.0) double p) {
        LatencyHistogram h = new LatencyHistogram();
        values.forEach(h::record);
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        long exact = sorted[(int) Math.max(0, Math.ceil(p * sorted.length - 1e-9) - 1)];

        long reported = h.quantileMicros(p);

        assertThat(reported).isGreaterThanOrEqualTo(exact);
        assertThat((double) reported).isLessThanOrEqualTo(exact * (1 + 1.0 / 1024) + 1);
    }

    @Test
    void meanMaxAndMinAreExact() {
        LatencyHistogram h = new LatencyHistogram();
        long[] values = {1_000_003, 17, 123_456_789};
        Arrays.stream(values).forEach(h::record);

        assertThat(h.meanMicros()).isCloseTo((1_000_003 + 17 + 123_456_789) / 3.0, within(1e-6));
        assertThat(h.maxMicros()).isEqualTo(123_456_789);
        assertThat(h.minMicros()).isEqualTo(17);
    }

    @Test
    void resetEmptiesIt() {
        LatencyHistogram h = new LatencyHistogram();
        h.record(5_000_000);
        h.reset();
        h.record(7);

        assertThat(h.count()).isEqualTo(1);
        assertThat(h.quantileMicros(0.99)).isEqualTo(7);
        assertThat(h.maxMicros()).isEqualTo(7);
    }
}

package dev.opsdojo.sim.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.calc.hpa.HpaResult;
import dev.opsdojo.calc.hpa.HpaSpec;
import dev.opsdojo.calc.hpa.ReplicaCalculator;
import dev.opsdojo.calc.hpa.Tolerance;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Bounds every HPA sync keeps, whatever the metric says. */
class HpaControllerPropertiesTest {
    private static final int MIN = 2;
    private static final int MAX = 40;

    @Property(tries = 200)
    void defaultBehaviorStaysInBoundsAndScalesUpAtMostByFourOrDouble(
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 400) Integer> utilizations,
            @ForAll @IntRange(min = MIN, max = MAX) int start) {
        HpaSpec spec = new HpaSpec(50, MIN, MAX, Tolerance.DEFAULT);
        HpaController hpa = new HpaController(HpaConfig.of(spec, Optional.of(HpaBehavior.defaults())));
        int current = start;
        double t = 0;
        for (int utilization : utilizations) {
            HpaResult result = ReplicaCalculator.fromAverage(spec, current, utilization);
            HpaDecision decision = hpa.sync(t, result);
            assertThat(decision.desired()).isBetween(MIN, MAX);
            assertThat(decision.desired()).isLessThanOrEqualTo(Math.max(current + 4, 2 * current));
            current = decision.desired();
            t += 15;
        }
    }

    @Property(tries = 200)
    void legacyPathStaysInBoundsAndNeverMoreThanDoubles(
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 400) Integer> utilizations,
            @ForAll @IntRange(min = MIN, max = MAX) int start) {
        HpaSpec spec = new HpaSpec(50, MIN, MAX, Tolerance.DEFAULT);
        HpaController hpa = new HpaController(HpaConfig.of(spec, Optional.empty()));
        int current = start;
        double t = 0;
        for (int utilization : utilizations) {
            HpaDecision decision = hpa.sync(t, ReplicaCalculator.fromAverage(spec, current, utilization));
            assertThat(decision.desired()).isBetween(MIN, MAX);
            assertThat(decision.desired()).isLessThanOrEqualTo(Math.max(2 * current, 4));
            current = decision.desired();
            t += 15;
        }
    }

    @Property(tries = 200)
    void noScaleDownWithinFiveMinutesOfAStart(
            @ForAll @Size(min = 1, max = 20) List<@IntRange(min = 0, max = 45) Integer> lowUtilizations,
            @ForAll @IntRange(min = MIN, max = MAX) int start,
            @ForAll boolean behaviorSet) {
        HpaSpec spec = new HpaSpec(50, MIN, MAX, Tolerance.DEFAULT);
        HpaController hpa = new HpaController(HpaConfig.of(spec, behaviorSet ? Optional.of(HpaBehavior.defaults()) : Optional.empty()));
        double t = 0;
        for (int utilization : lowUtilizations) {
            HpaDecision decision = hpa.sync(t, ReplicaCalculator.fromAverage(spec, start, utilization));
            // The first sync seeds the window with the starting count, so for 300 s nothing goes below it.
            assertThat(decision.desired()).isEqualTo(start);
            t += 15;
        }
    }
}

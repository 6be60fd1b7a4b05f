package dev.opsdojo.calc.hpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Properties of the HPA calculation over random pod lists. */
class ReplicaCalculatorPropertiesTest {

    @Provide
    Arbitrary<PodSample> pods() {
        Arbitrary<PodState> state = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just(PodState.READY)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(PodState.UNREADY)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(PodState.PENDING)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(PodState.FAILED)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(PodState.DELETING)));
        Arbitrary<Long> request = Arbitraries.longs().between(100, 4000);
        Arbitrary<Long> usage = Arbitraries.longs().between(0, 8000);
        Arbitrary<Boolean> hasSample = Arbitraries.frequency(net.jqwik.api.Tuple.of(5, true), net.jqwik.api.Tuple.of(1, false));
        return Combinators.combine(state, usage, request, hasSample).as((s, u, r, sampled) ->
                sampled ? PodSample.of(s, u, r) : PodSample.withoutMetrics(s, r));
    }

    private static int counted(List<PodSample> pods) {
        return (int) pods.stream().filter(p -> p.state() != PodState.FAILED && p.state() != PodState.DELETING).count();
    }

    @Property
    void theDirectionNeverFlipsFromThePlainRatio(@ForAll @Size(min = 1, max = 12) List<@net.jqwik.api.From("pods") PodSample> pods,
                                                  @ForAll @IntRange(min = 10, max = 200) int target) {
        int current = counted(pods);
        if (current == 0) {
            return;
        }
        HpaResult result = ReplicaCalculator.calculate(HpaSpec.target(target), current, pods);

        if (result.ratio().isPresent() && result.ratio().getAsDouble() > 1) {
            assertThat(result.desiredReplicas()).isGreaterThanOrEqualTo(current);
        }
        if (result.ratio().isPresent() && result.ratio().getAsDouble() < 1) {
            assertThat(result.desiredReplicas()).isLessThanOrEqualTo(current);
        }
    }

    @Property
    void theResultIsAlwaysWithinMinAndMax(@ForAll @Size(max = 12) List<@net.jqwik.api.From("pods") PodSample> pods,
                                          @ForAll @IntRange(min = 1, max = 30) int current,
                                          @ForAll @IntRange(min = 1, max = 10) int min, @ForAll @IntRange(min = 0, max = 10) int span,
                                          @ForAll @IntRange(min = 10, max = 200) int target) {
        HpaResult result = ReplicaCalculator.calculate(HpaSpec.target(target).withBounds(min, min + span), current, pods);

        assertThat(result.desiredReplicas()).isBetween(min, min + span);
    }

    @Property
    void allPodsReadyAtExactlyTheTargetKeepTheCurrentCount(@ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 40) Integer> requestsInTenths,
                                                          @ForAll @IntRange(min = 1, max = 300) int target) {
        // Requests in multiples of 100m, so usage = request × target / 100 is exact: utilization is exactly the target.
        List<PodSample> pods = requestsInTenths.stream()
                .map(r -> PodSample.ready((long) r * target, r * 100L)).toList();

        HpaResult result = ReplicaCalculator.calculate(HpaSpec.target(target), pods.size(), pods);

        assertThat(result.utilizationPercent()).hasValue(target);
        assertThat(result.desiredReplicas()).isEqualTo(pods.size());
    }

    @Property
    void theShortFormAgreesWithTheFullAlgorithmForIdenticalReadyPods(@ForAll @IntRange(min = 1, max = 20) int replicas,
                                                                     @ForAll @IntRange(min = 0, max = 500) int utilization,
                                                                     @ForAll @IntRange(min = 1, max = 200) int target) {
        List<PodSample> pods = java.util.Collections.nCopies(replicas, PodSample.ready(utilization * 10L, 1000));

        assertThat(ReplicaCalculator.fromAverage(HpaSpec.target(target), replicas, utilization).desiredReplicas())
                .isEqualTo(ReplicaCalculator.calculate(HpaSpec.target(target), replicas, pods).desiredReplicas());
    }
}

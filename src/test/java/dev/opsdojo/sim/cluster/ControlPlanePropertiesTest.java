package dev.opsdojo.sim.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.calc.hpa.HpaSpec;
import dev.opsdojo.calc.hpa.Tolerance;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Invariants of the control plane under random load, failures and manual scaling. */
class ControlPlanePropertiesTest {
    private static final int MIN_REPLICAS = 2;
    private static final int MAX_REPLICAS = 12;
    private static final int MIN_NODES = 1;
    private static final int MAX_NODES = 4;

    /** An operation: 0 advance, 1 kill a pod, 2 kill a node, 3 set replicas, 4 chaos on/off, 5 crash a pod. */
    record Op(int kind, int argument) {
    }

    @Provide
    Arbitrary<Op> ops() {
        return Arbitraries.integers().between(0, 10).flatMap(k -> Arbitraries.integers().between(0, 1000)
                .map(a -> new Op(k < 6 ? 0 : k - 5, a)));
    }

    @Property(tries = 60)
    void replicasPodsAndNodesStayWithinTheirBounds(@ForAll @Size(min = 1, max = 40) List<@net.jqwik.api.From("ops") Op> ops,
                                                    @ForAll @IntRange(min = MIN_NODES, max = MAX_NODES) int nodes,
                                                    @ForAll @IntRange(min = MIN_REPLICAS, max = MAX_REPLICAS) int replicas,
                                                    @ForAll long seed,
                                                    @ForAll boolean behaviorSet) {
        SplittableRandom load = new SplittableRandom(seed);
        MetricsSource metrics = (pod, now) -> load.nextInt(10) == 0 ? OptionalDouble.empty() : OptionalDouble.of(load.nextInt(900));
        HpaSpec spec = new HpaSpec(50, MIN_REPLICAS, MAX_REPLICAS, Tolerance.DEFAULT);
        ClusterConfig config = ClusterConfig.of(ControlPlaneTest.SMALL, nodes, ControlPlaneTest.POD, replicas).withSeed(seed)
                .withHpa(HpaConfig.of(spec, behaviorSet ? Optional.of(HpaBehavior.defaults()) : Optional.empty()))
                .withAutoscaler(ClusterAutoscalerConfig.of(ControlPlaneTest.SMALL, MIN_NODES, MAX_NODES, 90));
        ControlPlane plane = new ControlPlane(config, metrics);
        boolean chaos = false;
        double lastEventTime = 0;
        for (Op op : ops) {
            List<Pod> pods = plane.pods();
            switch (op.kind()) {
                case 0 -> {
                    for (ClusterEvent event : plane.advanceTo(plane.now() + op.argument())) {
                        assertThat(event.timeSeconds()).isGreaterThanOrEqualTo(lastEventTime);
                        lastEventTime = event.timeSeconds();
                    }
                }
                case 1 -> {
                    if (!pods.isEmpty()) {
                        plane.killPod(pods.get(op.argument() % pods.size()).id());
                    }
                }
                case 2 -> {
                    List<Node> all = plane.nodes();
                    plane.killNode(all.get(op.argument() % all.size()).name());
                }
                case 3 -> plane.setReplicas(MIN_REPLICAS + op.argument() % (MAX_REPLICAS - MIN_REPLICAS + 1));
                case 5 -> {
                    if (!pods.isEmpty()) {
                        plane.crashPod(pods.get(op.argument() % pods.size()).id(), op.argument() % 2 == 0);
                    }
                }
                default -> {
                    if (chaos) {
                        plane.stopChaosMonkey();
                    } else {
                        plane.startChaosMonkey(30 + op.argument());
                    }
                    chaos = !chaos;
                }
            }
            assertThat(plane.replicas()).isBetween(MIN_REPLICAS, MAX_REPLICAS);
            assertThat(plane.activePodCount()).isEqualTo(plane.replicas());
            assertThat(plane.readyPodCount()).isLessThanOrEqualTo(plane.replicas());
            assertThat(plane.servingRoutablePodCount()).isLessThanOrEqualTo(plane.routablePodCount());
            assertThat(plane.billedNodeCount()).isBetween(MIN_NODES, MAX_NODES);
        }
    }

    @Property(tries = 30)
    void aRunIsReproducibleForItsSeed(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int replicas) {
        assertThat(run(seed, replicas)).isEqualTo(run(seed, replicas));
    }

    private static List<String> run(long seed, int replicas) {
        SplittableRandom load = new SplittableRandom(seed);
        MetricsSource metrics = (pod, now) -> OptionalDouble.of(load.nextInt(800));
        ClusterConfig config = ClusterConfig.of(ControlPlaneTest.SMALL, 2, ControlPlaneTest.POD, replicas).withSeed(seed)
                .withHpa(HpaConfig.of(HpaSpec.target(50).withBounds(1, 10), Optional.of(HpaBehavior.defaults())))
                .withAutoscaler(ClusterAutoscalerConfig.of(ControlPlaneTest.SMALL, 1, 5, 60));
        ControlPlane plane = new ControlPlane(config, metrics);
        plane.startChaosMonkey(45);
        plane.advanceTo(1200);
        return plane.decisions().stream().map(Decision::english).toList();
    }
}

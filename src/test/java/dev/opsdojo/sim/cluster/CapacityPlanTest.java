package dev.opsdojo.sim.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Sizing for the scale-up versus scale-out comparison. */
class CapacityPlanTest {
    private static final NodeType SMALL = new NodeType("small", 2000, 8192, 0.10);
    private static final NodeType LARGE = new NodeType("large", 8000, 32768, 0.40);

    @ParameterizedTest(name = "{0}m in {1}m pods on {2}m nodes: {3} pods, {4} per node, {5} nodes")
    @CsvSource({
            "6000, 500, 2000, 12, 4, 3",
            "6000, 2000, 2000, 3, 1, 3",
            "6000, 500, 8000, 12, 16, 1",
            "6100, 500, 2000, 13, 4, 4",
    })
    void podsAndNodesAreRoundedUp(long needed, long request, long nodeCpu, int pods, int perNode, int nodes) {
        NodeType type = nodeCpu == 2000 ? SMALL : LARGE;
        CapacityPlan plan = CapacityPlan.of(needed, PodTemplate.of(request, request, 256, 10, 5), type);

        assertThat(plan.pods()).isEqualTo(pods);
        assertThat(plan.podsPerNode()).isEqualTo(perNode);
        assertThat(plan.nodes()).isEqualTo(nodes);
        assertThat(plan.hourlyCostDollars()).isEqualTo(nodes * type.hourlyCostDollars());
        assertThat(plan.idleCpuMillicores()).isEqualTo(nodes * nodeCpu - pods * request);
    }

    @Test
    void memoryCanBeTheLimitPerNode() {
        CapacityPlan plan = CapacityPlan.of(1000, PodTemplate.of(100, 100, 4096, 0, 0), SMALL);

        assertThat(plan.podsPerNode()).isEqualTo(8192 / 4096);
    }

    @Test
    void aPodBiggerThanTheNodeIsRefused() {
        assertThatThrownBy(() -> CapacityPlan.of(1000, PodTemplate.of(3000, 3000, 256, 0, 0), SMALL))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package dev.opsdojo.sim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Nodes in a wrapping grid with pods in rows, sized to fit, and a hit test that agrees with the drawing. */
class ClusterLayoutTest {

    @Test
    void aFewPodsGetTheLargestSquares() {
        ClusterLayout layout = ClusterLayout.fit(600, 500, 3, 3, 0);

        assertThat(layout.podSize).isEqualTo(ClusterLayout.POD_SIZES[0]);
    }

    @Test
    void aThousandPodsOnAHundredNodesFitASmallCanvas() {
        ClusterLayout layout = ClusterLayout.fit(500, 440, 100, 10, 0);

        assertThat(layout.height).isLessThanOrEqualTo(440);
        assertThat(layout.podSize).isGreaterThanOrEqualTo(3);
        // every node box inside the width
        assertThat(layout.nodeX(99) + layout.nodeWidth).isLessThanOrEqualTo(500.0001);
    }

    @Property
    void podsStayInsideTheirNodeBox(@ForAll @IntRange(min = 1, max = 100) int nodes,
                                    @ForAll @IntRange(min = 0, max = 40) int pods,
                                    @ForAll @IntRange(min = 200, max = 1600) int width) {
        ClusterLayout layout = ClusterLayout.fit(width, 600, nodes, pods, 0);
        for (int n = 0; n < nodes; n++) {
            for (int p = 0; p < pods; p++) {
                assertThat(layout.podX(n, p) + layout.podSize).isLessThanOrEqualTo(layout.nodeX(n) + layout.nodeWidth);
                assertThat(layout.podY(n, p) + layout.podSize).isLessThanOrEqualTo(layout.nodeY(n) + layout.nodeHeight);
            }
        }
    }

    @Property
    void theCentreOfEachPodHitsThatPod(@ForAll @IntRange(min = 1, max = 30) int nodes,
                                       @ForAll @IntRange(min = 1, max = 20) int pods) {
        ClusterLayout layout = ClusterLayout.fit(800, 500, nodes, pods, 2);
        int[] counts = new int[nodes];
        Arrays.fill(counts, pods);
        double half = layout.podSize / 2;
        for (int n = 0; n < nodes; n++) {
            for (int p = 0; p < pods; p++) {
                assertThat(layout.hit(layout.podX(n, p) + half, layout.podY(n, p) + half, counts, 2))
                        .isEqualTo(new ClusterLayout.Hit(n, p));
            }
        }
        assertThat(layout.hit(layout.pendingPodX(1) + half, layout.pendingPodY(1) + half, counts, 2))
                .isEqualTo(new ClusterLayout.Hit(-1, 1));
    }

    @Test
    void aNodesCornerAwayFromItsPodsHitsTheNode() {
        ClusterLayout layout = ClusterLayout.fit(800, 500, 4, 2, 0);
        int[] counts = {2, 2, 2, 2};

        assertThat(layout.hit(layout.nodeX(2) + layout.nodeWidth - 1, layout.nodeY(2) + layout.nodeHeight - 1, counts, 0))
                .isEqualTo(new ClusterLayout.Hit(2, -1));
    }

    @Test
    void theGapBetweenNodesHitsNothing() {
        ClusterLayout layout = ClusterLayout.fit(800, 500, 4, 2, 0);
        int[] counts = {2, 2, 2, 2};

        assertThat(layout.hit(layout.nodeX(0) + layout.nodeWidth + layout.gap / 2, layout.nodeY(0) + 5, counts, 0)).isNull();
    }
}

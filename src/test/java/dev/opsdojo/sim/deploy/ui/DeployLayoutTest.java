package dev.opsdojo.sim.deploy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sizes the screen picks: the charts' time axis and the pod tiles. */
class DeployLayoutTest {

    @ParameterizedTest(name = "at {0} s of {1} s the axis ends at {2} s")
    @CsvSource({"0, 900, 60", "57, 900, 60", "58, 900, 120", "200, 900, 300", "700, 900, 900", "900, 900, 900",
        "30, 40, 40", "5000, 86400, 7200"})
    void theTimeAxisHasRoomPastNowButNeverPastTheEnd(double now, double duration, double axis) {
        assertThat(SeriesChart.window(now, duration)).isEqualTo(axis);
    }

    @ParameterizedTest(name = "{0} pods in {1} px: {2} px tiles")
    @CsvSource({"10, 300, 24", "10, 250, 20", "13, 300, 20", "20, 300, 24", "40, 300, 11", "200, 600, 8", "1250, 600, 5",
        "5000, 600, 5"})
    void tilesAreAsBigAsTheBiggestReplicaSetAllows(int pods, double width, double tile) {
        assertThat(PodTiles.tileFor(pods, width)).isEqualTo(tile);
    }
}

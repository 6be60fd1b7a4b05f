package dev.opsdojo.calc.controlplane;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The default timings, checked against the numbers in the Kubernetes docs and the v1.32 release notes. */
class K8sDefaultsTest {
    @Test
    void aSilentNodesPodsAreEvictedFiftyPlusThreeHundredSecondsAfterItFails() {
        // --node-monitor-grace-period 50 s (v1.32+) + default tolerationSeconds 300 s.
        assertThat(K8sDefaults.evictionAfterSeconds()).isEqualTo(50 + 300);
    }

    @Test
    void theGracePeriodWasRaisedFromFortyToFiftySecondsInV132() {
        assertThat(K8sDefaults.NODE_MONITOR_GRACE_PERIOD_BEFORE_V1_32_SECONDS).isEqualTo(40);
        assertThat(K8sDefaults.NODE_MONITOR_GRACE_PERIOD_SECONDS).isEqualTo(50);
        assertThat(K8sDefaults.VERSION).isEqualTo("v1.32");
    }

    @ParameterizedTest(name = "restart {0} waits {1} s")
    @CsvSource({"1, 10", "2, 20", "3, 40", "4, 80", "5, 160", "6, 300", "7, 300", "40, 300"})
    void crashLoopBackOffStartsAtTenSecondsDoublesAndIsCappedAtFiveMinutes(int restart, int expectedSeconds) {
        assertThat(K8sDefaults.crashLoopBackoffSeconds(restart)).isEqualTo(expectedSeconds);
    }

    @Test
    void restartsCountFromOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> K8sDefaults.crashLoopBackoffSeconds(0));
    }
}

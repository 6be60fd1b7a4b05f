package dev.opsdojo.sim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the controls start at, read from a scenario's JSON whatever its layout. */
class ScenarioHintsTest {

    @Test
    void aUsersKeyMeansAClosedWorkload() {
        ScenarioHints hints = ScenarioHints.from("{\"load\": {\"users\": 250}, \"replicas\": 4}");

        assertThat(hints.workload()).isEqualTo(ScenarioHints.Workload.CLOSED);
        assertThat(hints.users()).hasValue(250);
        assertThat(hints.replicas()).hasValue(4);
    }

    @Test
    void onlyARateKeyMeansAnOpenWorkload() {
        ScenarioHints hints = ScenarioHints.from("{\"workload\": {\"requestsPerSecond\": 1200.5}}");

        assertThat(hints.workload()).isEqualTo(ScenarioHints.Workload.OPEN);
        assertThat(hints.rate()).hasValue(1200.5);
    }

    @Test
    void anExplicitModelWinsOverTheKeysFound() {
        ScenarioHints hints = ScenarioHints.from("{\"workload\": {\"model\": \"open\", \"users\": 10, \"rate\": 50}}");

        assertThat(hints.workload()).isEqualTo(ScenarioHints.Workload.OPEN);
    }

    @Test
    void anHpaSectionWithoutEnabledCountsAsOn() {
        ScenarioHints hints = ScenarioHints.from("{\"hpa\": {\"targetCpuUtilizationPercent\": 70, \"minReplicas\": 2, \"maxReplicas\": 20}}");

        assertThat(hints.hpaEnabled()).contains(true);
        assertThat(hints.hpaTargetPercent()).hasValue(70);
        assertThat(hints.hpaMin()).hasValue(2);
        assertThat(hints.hpaMax()).hasValue(20);
    }

    @Test
    void aTopLevelKeyWinsOverANestedOneOfTheSameName() {
        ScenarioHints hints = ScenarioHints.from("{\"deep\": {\"nodes\": 9}, \"nodes\": 3}");

        assertThat(hints.nodes()).hasValue(3);
    }

    @Test
    void brokenJsonGivesNoHints() {
        assertThat(ScenarioHints.from("{not json")).isEqualTo(ScenarioHints.NONE);
        assertThat(ScenarioHints.from("")).isEqualTo(ScenarioHints.NONE);
    }

    @Test
    void theFlashSalePresetsLayoutGivesEveryStartingValue() {
        ScenarioHints hints = ScenarioHints.from("""
                {"durationSeconds": 3600,
                 "workload": {"type": "closed", "usersProfile": {"shape": "flash-sale", "base": 10000, "peak": 100000}, "thinkTimeSeconds": 10},
                 "pods": {"replicas": 20, "cpuRequestMillicores": 1000},
                 "nodes": {"count": 6, "cpuAllocatableMillicores": 4000, "min": 6, "max": 70},
                 "hpa": {"targetCpuUtilizationPercent": 60, "minReplicas": 20, "maxReplicas": 250},
                 "clusterAutoscaler": {"scanIntervalSeconds": 10},
                 "slo": {"p95Ms": 300, "errorRatePercent": 1}}
                """);

        assertThat(hints.workload()).isEqualTo(ScenarioHints.Workload.CLOSED);
        assertThat(hints.users()).hasValue(10000);
        assertThat(hints.replicas()).hasValue(20);
        assertThat(hints.podCpuMillicores()).hasValue(1000);
        assertThat(hints.nodes()).hasValue(6);
        assertThat(hints.hpaEnabled()).contains(true);
        assertThat(hints.hpaMax()).hasValue(250);
        assertThat(hints.caEnabled()).contains(true);
        assertThat(hints.caMin()).hasValue(6);
        assertThat(hints.caMax()).hasValue(70);
        assertThat(hints.sloP95Ms()).hasValue(300);
        assertThat(hints.chaosEnabled()).isEmpty();
    }

    @Test
    void theChaosPresetsLayoutIsAnOpenWorkloadWithTheMonkeyOn() {
        ScenarioHints hints = ScenarioHints.from("""
                {"workload": {"type": "open", "ratePerSecond": 300, "timeoutMs": 3000},
                 "pods": {"replicas": 6}, "nodes": {"count": 3},
                 "failures": {"chaosMonkey": {"meanIntervalSeconds": 120}, "tolerationSeconds": 300}}
                """);

        assertThat(hints.workload()).isEqualTo(ScenarioHints.Workload.OPEN);
        assertThat(hints.rate()).hasValue(300);
        assertThat(hints.chaosEnabled()).contains(true);
        assertThat(hints.chaosMeanIntervalSeconds()).hasValue(120);
        assertThat(hints.hpaEnabled()).isEmpty();
        assertThat(hints.caEnabled()).isEmpty();
    }
}

package dev.opsdojo.sim.scaleout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.opsdojo.calc.queue.MMc;
import dev.opsdojo.sim.engine.ErrorCause;
import dev.opsdojo.sim.engine.SimulationResult;
import dev.opsdojo.sim.engine.TimelineSample;
import dev.opsdojo.sim.scenario.Scenario;
import dev.opsdojo.sim.scenario.ScenarioParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scenarios run through both halves: the request engine serving traffic and the control plane deciding the pods. */
class ScaleOutSimulationTest {

    static Scenario scenario(String json) {
        ScenarioParser.Result parsed = ScenarioParser.parse(json);
        assertThat(parsed.problems()).isEmpty();
        return parsed.scenario();
    }

    @Test
    void podsManagedByTheControlPlaneStillMakeAnExactMmcSystem() {
        // 8 pods, concurrency 1, one shared queue, Poisson arrivals at 90% utilisation: Erlang C gives the mean wait.
        Scenario mmc = scenario("""
                {"durationSeconds": 900, "seed": 3,
                 "workload": {"type": "open", "ratePerSecond": 720},
                 "service": {"distribution": "exponential", "meanMs": 10},
                 "pods": {"replicas": 8, "concurrency": 1, "queueLimit": null},
                 "loadBalancer": {"policy": "central-queue"}}
                """);
        SimulationResult r = new ScaleOutSimulation(mmc).run().traffic();
        double expectedWait = MMc.of(720, 100, 8).meanWaitSeconds();
        assertThat(r.meanQueueWaitSeconds()).isCloseTo(expectedWait, within(expectedWait * 0.06));
        assertThat(r.failed()).isZero();
    }

    @Test
    void aKilledPodIsReplacedAndTrafficReturnsToFullCapacity() {
        Scenario chaos = scenario("""
                {"durationSeconds": 300, "seed": 5,
                 "workload": {"type": "open", "ratePerSecond": 200},
                 "service": {"distribution": "exponential", "meanMs": 20},
                 "pods": {"replicas": 4, "concurrency": 4, "queueLimit": 50, "startupSeconds": 5, "readinessDelaySeconds": 3},
                 "loadBalancer": {"policy": "least-connections"},
                 "failures": {"events": [{"atSeconds": 100, "kind": "kill-pod", "target": 0}]},
                 "timelineIntervalSeconds": 1}
                """);
        ScaleOutResult result = new ScaleOutSimulation(chaos).run();
        List<TimelineSample> timeline = result.traffic().timeline();
        TimelineSample justAfter = at(timeline, 103);
        TimelineSample later = at(timeline, 120);
        assertThat(justAfter.readyReplicas()).as("the replacement is still starting").isEqualTo(3);
        assertThat(later.readyReplicas()).as("startup 5 s + readiness 3 s later it serves").isEqualTo(4);
        assertThat(result.decisions()).anyMatch(d -> d.kind().name().equals("POD_KILLED") && d.timeSeconds() == 100);
        assertThat(result.decisions()).anyMatch(d -> d.kind().name().equals("POD_CREATED") && d.timeSeconds() == 100);
    }

    @Test
    void theHpaAddsReplicasWhenLoadRisesAndTheClusterAutoscalerAddsNodesForThem() {
        Scenario rising = scenario("""
                {"durationSeconds": 900, "seed": 2,
                 "workload": {"type": "open", "profile": {"shape": "ramp", "from": 50, "to": 400, "startSeconds": 60, "overSeconds": 300}},
                 "service": {"distribution": "exponential", "meanMs": 20, "cpuMillisPerRequest": 20},
                 "pods": {"replicas": 2, "concurrency": 4, "queueLimit": 100, "cpuRequestMillicores": 1000, "memoryRequestMiB": 256},
                 "nodes": {"count": 1, "cpuAllocatableMillicores": 2000, "memoryAllocatableMiB": 8192, "costPerHour": 0.1,
                           "min": 1, "max": 10, "provisioningSeconds": 60},
                 "loadBalancer": {"policy": "least-connections"},
                 "hpa": {"enabled": true, "targetCpuUtilizationPercent": 60, "minReplicas": 2, "maxReplicas": 20},
                 "clusterAutoscaler": {"enabled": true}}
                """);
        ScaleOutResult result = new ScaleOutSimulation(rising).run();
        TimelineSample last = result.traffic().timeline().get(result.traffic().timeline().size() - 1);
        // 400 requests/s × 20 ms CPU = 8 cores busy; at 60% of 1-core requests that wants about 14 replicas.
        assertThat(last.replicas()).isBetween(12, 20);
        assertThat(last.nodes()).as("2 pods of 1 CPU per 2-CPU node").isGreaterThanOrEqualTo((last.replicas() + 1) / 2);
        assertThat(result.nodeHours()).isGreaterThan(0.25);
    }

    @Test
    void theSameScenarioAndSeedGiveTheSameResultsBitForBit() {
        String json = """
                {"durationSeconds": 120, "seed": 9,
                 "workload": {"type": "closed", "users": 300, "thinkTimeSeconds": 1},
                 "service": {"distribution": "lognormal", "medianMs": 20, "p99Ms": 200},
                 "pods": {"replicas": 3, "concurrency": 2, "queueLimit": 10},
                 "loadBalancer": {"policy": "random"},
                 "failures": {"chaosMonkey": {"enabled": true, "meanIntervalSeconds": 20}}}
                """;
        SimulationResult first = new ScaleOutSimulation(scenario(json)).run().traffic();
        SimulationResult second = new ScaleOutSimulation(scenario(json)).run().traffic();
        assertThat(second.requests()).isEqualTo(first.requests());
        assertThat(second.latency()).isEqualTo(first.latency());
        assertThat(second.errorsByCause()).isEqualTo(first.errorsByCause());
        assertThat(second.timeline()).isEqualTo(first.timeline());
        assertThat(first.errorsByCause().getOrDefault(ErrorCause.POD_KILLED, 0L) + first.errorsByCause().getOrDefault(ErrorCause.QUEUE_FULL, 0L))
                .as("chaos and small queues cost some requests").isPositive();
    }

    private static TimelineSample at(List<TimelineSample> timeline, double tSeconds) {
        return timeline.stream().filter(s -> s.tSeconds() >= tSeconds).findFirst().orElseThrow();
    }
}

package dev.opsdojo.sim.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.sim.session.Control;
import dev.opsdojo.sim.session.Snapshot;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The session a screen drives: it runs on its own thread, takes controls between slices and publishes snapshots. */
class LiveSessionTest {
    private static final String SCENARIO = """
            {"durationSeconds": 600, "seed": 3,
             "workload": {"type": "open", "ratePerSecond": 100},
             "service": {"distribution": "exponential", "meanMs": 20},
             "pods": {"replicas": 3, "concurrency": 4, "queueLimit": 50, "startupSeconds": 4, "readinessDelaySeconds": 2},
             "loadBalancer": {"policy": "least-connections"}}
            """;
    private LiveSession session;

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    private Snapshot await(Predicate<Snapshot> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            Snapshot s = session.snapshot();
            if (condition.test(s)) {
                return s;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("not reached; last snapshot at t=" + session.snapshot().tSeconds());
    }

    @Test
    void aNewSessionIsPausedAtTimeZeroWithItsPodsOnANode() {
        session = new LiveSession(ScaleOutSimulationTest.scenario(SCENARIO));
        Snapshot s = session.snapshot();
        assertThat(s.tSeconds()).isZero();
        assertThat(session.playing()).isFalse();
        assertThat(s.nodes()).hasSize(1);
        assertThat(s.nodes().get(0).pods()).hasSize(3).allMatch(p -> p.phase() == Snapshot.PodPhase.READY);
    }

    @Test
    void stepAdvancesSimulatedTimeWhilePausedAndPlayKeepsGoing() throws Exception {
        session = new LiveSession(ScaleOutSimulationTest.scenario(SCENARIO));
        session.step(30);
        Snapshot stepped = await(s -> s.tSeconds() >= 30);
        assertThat(stepped.tSeconds()).isEqualTo(30);
        assertThat(stepped.totals().requests()).isGreaterThan(2_000);
        session.setSpeed(1000);
        session.play();
        await(s -> s.tSeconds() > 60);
        session.pause();
    }

    @Test
    void aKilledPodIsReplacedAndTheDecisionsSaySo() throws Exception {
        session = new LiveSession(ScaleOutSimulationTest.scenario(SCENARIO));
        session.step(10);
        await(s -> s.tSeconds() >= 10);
        String victim = session.snapshot().nodes().get(0).pods().get(0).id();
        session.apply(new Control.KillPod(victim));
        Snapshot killed = await(s -> s.decisions().stream().anyMatch(d -> d.kind().equals("podKilled")));
        assertThat(killed.decisions()).anyMatch(d -> d.kind().equals("podCreated"));
        session.step(10);
        Snapshot healed = await(s -> s.tSeconds() >= 20);
        assertThat(healed.totals().readyReplicas()).isEqualTo(3);
        assertThat(healed.nodes().get(0).pods()).noneMatch(p -> p.id().equals(victim));
    }

    @Test
    void killPodWithoutANameKillsARandomServingPod() throws Exception {
        session = new LiveSession(ScaleOutSimulationTest.scenario(SCENARIO));
        session.step(5);
        await(s -> s.tSeconds() >= 5);
        session.apply(new Control.KillPod(null));
        Snapshot killed = await(s -> s.decisions().stream().anyMatch(d -> d.kind().equals("podKilled")));
        assertThat(killed.decisions().get(killed.decisions().size() - 1).tSeconds()).as("newest last").isGreaterThanOrEqualTo(5);
    }

    @Test
    void changingTheHpaRestartsTheRunWithTheNewSetupAndSavesIt() throws Exception {
        session = new LiveSession(ScaleOutSimulationTest.scenario(SCENARIO));
        session.step(20);
        await(s -> s.tSeconds() >= 20);
        session.apply(new Control.SetHpa(true, 50, 2, 8));
        await(s -> s.tSeconds() == 0);
        assertThat(session.scenarioJson()).contains("\"hpa\"").contains("\"targetCpuUtilizationPercent\" : 50");
        assertThat(ScaleOutSimulationTest.scenario(session.scenarioJson()).hpa().maxReplicas()).isEqualTo(8);
    }

    @Test
    void liveReplicaAndCacheChangesAreInTheSavedScenario() throws Exception {
        session = new LiveSession(ScaleOutSimulationTest.scenario(SCENARIO));
        session.apply(new Control.SetReplicas(5));
        session.apply(new Control.SetCacheHitRatio(0.8));
        session.step(20);
        Snapshot s = await(x -> x.tSeconds() >= 20);
        assertThat(s.totals().readyReplicas()).isEqualTo(5);
        var saved = ScaleOutSimulationTest.scenario(session.scenarioJson());
        assertThat(saved.pods().replicas()).isEqualTo(5);
        assertThat(saved.service().cache().hitRatio()).isEqualTo(0.8);
    }

    @Test
    void moreLoadFromTheRateSliderShowsUpInThroughput() throws Exception {
        session = new LiveSession(ScaleOutSimulationTest.scenario(SCENARIO));
        session.apply(new Control.SetRate(300));
        session.step(60);
        Snapshot s = await(x -> x.tSeconds() >= 60);
        assertThat(s.totals().requests() / 60.0).isBetween(270.0, 330.0);
    }
}

package dev.opsdojo.sim.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.calc.rollout.RollingUpdate;
import dev.opsdojo.sim.deploy.DeployResult.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeploySimulationTest {
    private static final Pattern SCALED = Pattern.compile("ReplicaSet (\\S+) \\(revision (\\d+)\\) scaled (\\d+) → (\\d+)\\.");

    static DeployScenario scenario(Strategy strategy, int replicas, double startupSeconds, Fault fault) {
        DeployScenario base = DeployDefaults.scenario("rolling");
        DeploymentSpec d = base.deployment();
        Release stable = d.stable();
        Release release = new Release("v2", "shop-api:2", startupSeconds, d.release().errorRate(), 1, 0, fault);
        return base.withDeployment(new DeploymentSpec(d.app(), replicas, stable, release, strategy, 30.0, List.of(),
                0.05, 10_000, null));
    }

    /** The (old, new) ReplicaSet sizes after each scale action, read back from the controller's log. */
    static List<RollingUpdate.Step> sizes(DeploySimulation sim, int replicas) {
        List<RollingUpdate.Step> steps = new ArrayList<>();
        String newRs = null;
        int old = replicas;
        int fresh = 0;
        for (DeployMessage m : sim.events()) {
            Matcher matcher = SCALED.matcher(m.english());
            if (!matcher.find()) {
                continue;
            }
            if (newRs == null && matcher.group(2).equals("2")) {
                newRs = matcher.group(1);
            }
            int to = Integer.parseInt(matcher.group(4));
            if (matcher.group(1).equals(newRs)) {
                fresh = to;
            } else {
                old = to;
            }
            steps.add(new RollingUpdate.Step(old, fresh));
        }
        return steps;
    }

    @ParameterizedTest(name = "{0} replicas, maxSurge {1}, maxUnavailable {2}")
    @CsvSource({"10,25%,25%", "4,25%,25%", "1,25%,25%", "10,39%,39%", "5,0,1", "5,1,0", "10,100%,0", "10,0,100%", "3,2,2", "7,30%,10%"})
    void aRollingUpdateWithInstantlyReadyPodsScalesAsTheDeploymentControllerDoes(int replicas, String surge, String unavailable) {
        Strategy.Rolling rolling = new Strategy.Rolling(surge, unavailable, 0, 600, 10);
        DeploySimulation sim = new DeploySimulation(scenario(rolling, replicas, 0, Fault.NONE));
        DeployResult result = sim.run();

        assertThat(sizes(sim, replicas)).isEqualTo(RollingUpdate.steps(replicas, RollingUpdate.resolve(replicas, surge, unavailable)));
        assertThat(result.outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(result.noReadyPodSeconds()).isZero();
    }

    @Test
    void newPodsThatAreNotReadyYetLimitTheFirstScaleDownToTwo() {
        // ROLLING.md §3: 13 − 8 − 3 = 2, so the old ReplicaSet goes 10 → 8 while the 3 new pods start; that frees
        // room under maxSurge for 2 more new pods, and then nothing moves until new pods become available.
        DeploySimulation sim = new DeploySimulation(scenario(Strategy.Rolling.DEFAULT, 10, 20, Fault.NONE));
        sim.advanceTo(35);
        List<RollingUpdate.Step> steps = sizes(sim, 10);
        assertThat(steps).containsExactly(new RollingUpdate.Step(10, 3), new RollingUpdate.Step(8, 3), new RollingUpdate.Step(8, 5));
        DeployState state = sim.state();
        assertThat(state.replicaSets()).extracting(DeployState.ReplicaSetView::specReplicas).containsExactly(8, 5);
        assertThat(state.replicaSets()).extracting(DeployState.ReplicaSetView::ready).containsExactly(8, 0);
    }

    @Test
    void aGoodRollingUpdateNeverDropsBelowMinAvailableAndNeverExceedsMaxSurge() {
        DeploySimulation sim = new DeploySimulation(scenario(Strategy.Rolling.DEFAULT, 10, 7, Fault.NONE));
        DeployResult result = sim.run();
        for (DeploySample s : sim.timeline()) {
            int ready = s.versions().get(0).ready() + s.versions().get(1).ready();
            int pods = s.versions().get(0).pods() + s.versions().get(1).pods();
            assertThat(ready).as("ready pods at %s s", s.timeSeconds()).isGreaterThanOrEqualTo(8);
            assertThat(pods).as("pods at %s s", s.timeSeconds()).isLessThanOrEqualTo(13);
        }
        assertThat(result.peakPods()).isEqualTo(13);
        assertThat(result.downtimeSeconds()).isZero();
        assertThat(result.outcome()).isEqualTo(Outcome.COMPLETED);
    }

    @Test
    void aCrashLoopingReleaseStallsFailsAfterTheDeadlineAndIsNotRolledBackUntilUndo() {
        DeploySimulation sim = new DeploySimulation(scenario(Strategy.Rolling.DEFAULT, 10, 5, Fault.typical(Fault.Kind.CRASH_LOOP)));
        sim.advanceTo(30 + 600 + 5);
        DeployResult failed = sim.result();
        assertThat(failed.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(sim.events()).anyMatch(m -> m.kind() == DeployMessage.Kind.PROGRESS_DEADLINE_EXCEEDED);
        // The old pods keep serving: 8 stay (maxUnavailable 2), and nothing is rolled back by itself.
        DeployState state = sim.state();
        assertThat(state.replicaSets().get(0).ready()).isEqualTo(8);
        assertThat(state.replicaSets().get(1).ready()).isZero();
        assertThat(failed.downtimeSeconds()).isZero();
        assertThat(failed.usersExposedToRelease()).isZero();

        sim.apply(DeployAction.undo(null));
        sim.advanceTo(700);
        DeployResult back = sim.result();
        assertThat(back.outcome()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(sim.state().currentRevision()).as("undo makes a new revision").isEqualTo(3);
        assertThat(sim.state().replicaSets()).filteredOn(rs -> rs.version() == 0).singleElement()
                .satisfies(rs -> assertThat(rs.ready()).isEqualTo(10));
    }

    @Test
    void undoIsRefusedWhilePausedAndSkippedForTheCurrentRevision() {
        DeploySimulation sim = new DeploySimulation(scenario(Strategy.Rolling.DEFAULT, 10, 5, Fault.NONE));
        sim.advanceTo(31);
        sim.apply(DeployAction.of(DeployAction.Kind.PAUSE));
        sim.apply(DeployAction.undo(null));
        assertThat(sim.events()).anyMatch(m -> m.kind() == DeployMessage.Kind.UNDO_REFUSED_PAUSED);
        sim.advanceTo(200);
        assertThat(sim.result().outcome()).isEqualTo(Outcome.PAUSED);
        sim.apply(DeployAction.of(DeployAction.Kind.RESUME));
        sim.apply(DeployAction.undo(2));
        assertThat(sim.events()).anyMatch(m -> m.kind() == DeployMessage.Kind.UNDO_SKIPPED);
        sim.advanceTo(300);
        assertThat(sim.result().outcome()).isEqualTo(Outcome.COMPLETED);
    }

    @Test
    void recreateHasDowntimeAndRollingHasNoneForTheSameGoodRelease() {
        DeploySimulation recreating = new DeploySimulation(scenario(new Strategy.Recreate(), 10, 10, Fault.NONE));
        DeployResult recreate = recreating.run();
        // In the gap no version has a ready pod: every request fails, and the timeline's overall error rate says so.
        assertThat(recreating.timeline()).filteredOn(s -> s.errorRate() == 1.0).hasSizeBetween(8, 12);
        DeployResult rolling = new DeploySimulation(scenario(Strategy.Rolling.DEFAULT, 10, 10, Fault.NONE)).run();
        assertThat(recreate.noReadyPodSeconds()).isBetween(9.0, 12.0);
        assertThat(recreate.downtimeSeconds()).isGreaterThanOrEqualTo(recreate.noReadyPodSeconds());
        assertThat(recreate.peakExtraPods()).isZero();
        assertThat(rolling.downtimeSeconds()).isZero();
        assertThat(rolling.peakExtraPods()).isEqualTo(3);
    }

    @Test
    void blueGreenKeepsAllTrafficOnBlueUntilTheSwitchThenMovesAllOfIt() {
        DeploySimulation sim = new DeploySimulation(scenario(Strategy.BlueGreen.DEFAULT, 10, 10, Fault.NONE));
        DeployResult result = sim.run();
        List<DeploySample> t = sim.timeline();
        // Green is up and ready from ~41 s but gets nothing until every green pod is Ready and the selector switches.
        assertThat(t.get(38).versions().get(1).pods()).isEqualTo(10);
        assertThat(t.get(38).versions().get(0).trafficShare()).isEqualTo(1.0);
        DeploySample after = t.get(45);
        assertThat(after.versions().get(1).trafficShare()).isEqualTo(1.0);
        assertThat(result.peakExtraPods()).as("twice the capacity").isEqualTo(10);
        assertThat(result.outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(result.downtimeSeconds()).isZero();
    }

    @Test
    void aWeightedCanarySendsItsWeightAndAReplicaRatioCanaryItsShareOfPods() {
        Strategy.Canary weighted = new Strategy.Canary(List.of(new Strategy.CanaryStep.SetWeight(10), new Strategy.CanaryStep.Pause(null)),
                Strategy.TrafficRouting.WEIGHTED, "25%", "25%", null);
        DeploySimulation sim = new DeploySimulation(scenario(weighted, 10, 5, Fault.NONE));
        sim.advanceTo(600);
        double share = meanShare(sim.timeline(), 100, 600);
        assertThat(share).isBetween(0.09, 0.11);
        assertThat(sim.state().replicaSets()).extracting(DeployState.ReplicaSetView::specReplicas).containsExactly(10, 1);

        Strategy.Canary ratio = new Strategy.Canary(List.of(new Strategy.CanaryStep.SetWeight(30), new Strategy.CanaryStep.Pause(null)),
                Strategy.TrafficRouting.REPLICA_RATIO, "25%", "25%", null);
        DeploySimulation byPods = new DeploySimulation(scenario(ratio, 10, 5, Fault.NONE));
        byPods.advanceTo(600);
        assertThat(byPods.state().replicaSets()).extracting(DeployState.ReplicaSetView::specReplicas).containsExactly(7, 3);
        assertThat(meanShare(byPods.timeline(), 100, 600)).isBetween(0.27, 0.33);
    }

    @Test
    void withoutTrafficRoutingAWeightIsRoundedUpOnBothSides() {
        // ROLLING.md §8: 10 replicas at 15 % → canary 2, stable 9.
        Strategy.Canary ratio = new Strategy.Canary(List.of(new Strategy.CanaryStep.SetWeight(15), new Strategy.CanaryStep.Pause(null)),
                Strategy.TrafficRouting.REPLICA_RATIO, "25%", "25%", null);
        DeploySimulation sim = new DeploySimulation(scenario(ratio, 10, 5, Fault.NONE));
        sim.advanceTo(120);
        assertThat(sim.state().replicaSets()).extracting(DeployState.ReplicaSetView::specReplicas).containsExactly(9, 2);
    }

    @Test
    void theCanaryAnalysisAbortsABadReleaseAndLetsAGoodOneThrough() {
        for (long seed = 1; seed <= 4; seed++) {
            DeployResult good = new DeploySimulation(withSeed(scenario(Strategy.Canary.DEFAULT, 10, 10, Fault.NONE), seed)).run();
            assertThat(good.outcome()).as("good release, seed %d", seed).isEqualTo(Outcome.COMPLETED);
            DeployResult bad = new DeploySimulation(withSeed(scenario(Strategy.Canary.DEFAULT, 10, 10, Fault.typical(Fault.Kind.ERRORS)), seed)).run();
            assertThat(bad.outcome()).as("bad release, seed %d", seed).isEqualTo(Outcome.ABORTED);
            assertThat(bad.downtimeSeconds()).isZero();
        }
        DeployResult slow = new DeploySimulation(scenario(Strategy.Canary.DEFAULT, 10, 10, Fault.typical(Fault.Kind.SLOW))).run();
        assertThat(slow.outcome()).isEqualTo(Outcome.ABORTED);
    }

    @Test
    void aBadReleaseReachesFewerUsersWithACanaryThanWithBlueGreenOrRolling() {
        Fault errors = Fault.typical(Fault.Kind.ERRORS);
        DeployResult canary = new DeploySimulation(scenario(Strategy.Canary.DEFAULT, 10, 10, errors)).run();
        DeployResult blueGreen = new DeploySimulation(scenario(Strategy.BlueGreen.DEFAULT, 10, 10, errors)).run();
        DeployResult rolling = new DeploySimulation(scenario(Strategy.Rolling.DEFAULT, 10, 10, errors)).run();
        assertThat(blueGreen.outcome()).as("post-promotion analysis switches back").isEqualTo(Outcome.ABORTED);
        assertThat(rolling.outcome()).as("a rolling update has no analysis").isEqualTo(Outcome.COMPLETED);
        assertThat(canary.usersWithReleaseErrors()).isLessThan(blueGreen.usersWithReleaseErrors());
        assertThat(blueGreen.usersWithReleaseErrors()).isLessThan(rolling.usersWithReleaseErrors());
        // The default SLO (1 % errors per window) is missed in most windows once every user gets the bad version.
        assertThat(rolling.sloAvailability()).isLessThan(0.2);
        assertThat(canary.sloAvailability()).isGreaterThan(0.95);
        assertThat(rolling.sloWindows()).isEqualTo(canary.sloWindows()).isPositive();
    }

    @Test
    void anAbortedWeightedCanaryGoesBackToStableAndScalesTheCanaryDownAfterTheDelay() {
        DeploySimulation sim = new DeploySimulation(scenario(Strategy.Canary.DEFAULT, 10, 5, Fault.NONE));
        sim.advanceTo(60);
        sim.apply(DeployAction.of(DeployAction.Kind.ABORT));
        sim.advanceTo(62);
        assertThat(sim.state().trafficWeights()).containsExactly(1.0, 0.0);
        assertThat(sim.state().replicaSets().get(1).specReplicas()).as("abortScaleDownDelaySeconds 30").isEqualTo(1);
        sim.advanceTo(95);
        assertThat(sim.state().replicaSets().get(1).pods()).isZero();
        assertThat(sim.result().outcome()).isEqualTo(Outcome.ABORTED);
    }

    @Test
    void aCanaryStartedEarlyIsNotRestartedByItsScheduledReleaseAndARetryIsAnalysedAgain() {
        DeploySimulation sim = new DeploySimulation(scenario(Strategy.Canary.DEFAULT, 10, 5, Fault.typical(Fault.Kind.ERRORS)));
        sim.apply(DeployAction.of(DeployAction.Kind.START));
        sim.advanceTo(200);
        assertThat(sim.result().outcome()).isEqualTo(Outcome.ABORTED);
        assertThat(sim.events()).filteredOn(m -> m.kind() == DeployMessage.Kind.ROLLOUT_STARTED).hasSize(1);

        sim.apply(DeployAction.of(DeployAction.Kind.START)); // Argo's retry, by hand
        sim.advanceTo(400);
        assertThat(sim.events()).filteredOn(m -> m.kind() == DeployMessage.Kind.ROLLOUT_STARTED).hasSize(2);
        assertThat(sim.events()).filteredOn(m -> m.kind() == DeployMessage.Kind.ABORTED_BY_ANALYSIS).hasSize(2);
        assertThat(sim.result().outcome()).isEqualTo(Outcome.ABORTED);
    }

    @Test
    void anAbTestKeepsEachUserOnOneVariant() {
        int[] counts = new int[100];
        for (int user = 0; user < 100_000; user++) {
            int b = DeploySimulation.bucket(user, 0x9E3779B97F4A7C15L);
            assertThat(b).isBetween(0, 99).isEqualTo(DeploySimulation.bucket(user, 0x9E3779B97F4A7C15L));
            counts[b]++;
        }
        for (int c : counts) {
            assertThat(c).isBetween(850, 1150);
        }
        DeploySimulation sim = new DeploySimulation(DeployDefaults.scenario("ab"));
        DeployResult r = sim.run();
        long visitsA = r.versions().get(0).requests();
        long visitsB = r.versions().get(1).requests();
        assertThat((double) visitsB / (visitsA + visitsB)).isBetween(0.4, 0.6);
        assertThat(r.outcome()).isEqualTo(Outcome.EXPERIMENT);
    }

    @Test
    void anAbTestFindsARealDifferenceAndNotAnImaginedOne() {
        DeploySimulation better = new DeploySimulation(DeployDefaults.scenario("ab"));
        DeployResult r = better.run();
        AbVerdict v = r.ab();
        assertThat(v.enoughSamples()).isTrue();
        assertThat(v.significant()).as("3.6 %% against 3.0 %% over ~80,000 visits each").isTrue();
        assertThat(v.differenceLow()).isGreaterThan(0);
        assertThat(v.rateB()).isBetween(v.rateBLow(), v.rateBHigh());
        assertThat(better.events()).anyMatch(m -> m.kind() == DeployMessage.Kind.AB_SIGNIFICANT);
        // The verdict is the two-proportion test on exactly the visits and conversions the run counted.
        AbVerdict recomputed = AbStatistics.compare(v.visitsA(), v.conversionsA(), v.visitsB(), v.conversionsB(), 0.95, 1000);
        assertThat(recomputed).isEqualTo(v);

        int significantWithoutDifference = 0;
        for (long seed = 1; seed <= 10; seed++) {
            DeployScenario same = withSeed(DeployDefaults.scenario("ab"), seed);
            DeploymentSpec d = same.deployment();
            Release b = new Release(d.release().name(), d.release().image(), 10, 0.001, 1, d.stable().conversionRate(), Fault.NONE);
            if (new DeploySimulation(same.withDeployment(d.withRelease(b))).run().ab().significant()) {
                significantWithoutDifference++;
            }
        }
        // At 95 %% confidence about 1 run in 20 is a false positive; 10 runs should show at most a few.
        assertThat(significantWithoutDifference).isLessThanOrEqualTo(3);
    }

    @Test
    void aRunIsReproducibleForItsSeed() {
        DeployResult a = new DeploySimulation(scenario(Strategy.Canary.DEFAULT, 10, 10, Fault.typical(Fault.Kind.ERRORS_UNDER_LOAD))).run();
        DeployResult b = new DeploySimulation(scenario(Strategy.Canary.DEFAULT, 10, 10, Fault.typical(Fault.Kind.ERRORS_UNDER_LOAD))).run();
        assertThat(a.toString()).isEqualTo(b.toString());
    }

    static double meanShare(List<DeploySample> timeline, double from, double to) {
        double sum = 0;
        int n = 0;
        for (DeploySample s : timeline) {
            if (s.timeSeconds() > from && s.timeSeconds() <= to) {
                sum += s.versions().get(1).trafficShare();
                n++;
            }
        }
        return sum / n;
    }

    static DeployScenario withSeed(DeployScenario s, long seed) {
        dev.opsdojo.sim.scenario.Scenario b = s.base();
        return new DeployScenario(new dev.opsdojo.sim.scenario.Scenario(b.title(), b.description(), b.durationSeconds(), seed,
                b.workload(), b.service(), b.pods(), b.nodes(), b.loadBalancer(), b.hpa(), b.clusterAutoscaler(), b.failures(),
                b.slo(), b.timelineIntervalSeconds(), b.variants()), s.deployment());
    }
}

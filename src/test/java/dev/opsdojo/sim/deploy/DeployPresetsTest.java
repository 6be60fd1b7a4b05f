package dev.opsdojo.sim.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.sim.deploy.DeployResult.Outcome;
import dev.opsdojo.sim.scaleout.PresetSessions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The deployment presets in content/scenarios: each parses, and each run shows what its description promises. */
class DeployPresetsTest {
    private static final Path DIR = Path.of("content", "scenarios");
    private static final List<String> PRESETS = List.of("deploy-rolling", "deploy-rolling-crashloop", "deploy-recreate",
            "deploy-blue-green-bad", "deploy-canary-bad", "deploy-canary-good", "deploy-ab");

    /** One run per preset, shared by the tests. */
    private static final Map<String, Run> RUNS = new ConcurrentHashMap<>();

    record Run(DeployResult result, List<DeployMessage> events) {
        boolean logged(DeployMessage.Kind kind) {
            return events.stream().anyMatch(m -> m.kind() == kind);
        }

        double firstAt(DeployMessage.Kind kind) {
            return events.stream().filter(m -> m.kind() == kind).mapToDouble(DeployMessage::timeSeconds).findFirst().orElse(Double.NaN);
        }
    }

    static Stream<String> deploymentFiles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).filter(p -> DeployScenarioParser.isDeploymentScenario(read(p)))
                    .map(p -> p.getFileName().toString().replace(".json", "")).sorted().toList().stream();
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DeployScenario preset(String name) {
        DeployScenarioParser.Result result = DeployScenarioParser.parse(read(DIR.resolve(name + ".json")));
        assertThat(result.problems()).as(name).isEmpty();
        return result.scenario();
    }

    static Run run(String name) {
        return RUNS.computeIfAbsent(name, n -> {
            DeploySimulation sim = new DeploySimulation(preset(n));
            DeployResult result = sim.run();
            return new Run(result, sim.events());
        });
    }

    @Test
    void theDeploymentPresetsAreExactlyTheDeployFiles() throws IOException {
        assertThat(deploymentFiles().toList()).containsExactlyInAnyOrderElementsOf(PRESETS);
    }

    @ParameterizedTest
    @MethodSource("deploymentFiles")
    void eachParsesHasATitleADescriptionARealisticLoadAndIsDocumented(String name) throws IOException {
        DeployScenario s = preset(name);

        assertThat(s.base().title()).isNotBlank();
        assertThat(s.base().description()).isNotBlank();
        assertThat(s.base().durationSeconds()).isBetween(600, 900);
        assertThat(s.base().workload().meanRequestsPerSecond(s.base().durationSeconds(), 0)).isEqualTo(200);
        assertThat(s.deployment().replicas()).isEqualTo(10);
        assertThat(s.deployment().releaseAtSeconds()).isNotNull();
        assertThat(Files.readString(Path.of("docs", "scenarios.md"))).contains("`" + name + "`");
    }

    @ParameterizedTest
    @MethodSource("deploymentFiles")
    void eachRoundTripsThroughTheWriter(String name) {
        DeployScenario s = preset(name);

        assertThat(DeployScenarioParser.parse(DeployScenarioWriter.write(s)).scenario()).isEqualTo(s);
    }

    @Test
    void theScaleOutSimulatorDoesNotListThem() {
        List<String> presets = new PresetSessions(List.of(DIR)).presets();

        assertThat(presets).contains("steady", "flash-sale").noneMatch(p -> p.startsWith("deploy-"));
    }

    @Test
    void openingOneAsAScaleOutScenarioSaysWhereItBelongs() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PresetSessions.read(DIR.resolve("deploy-rolling.json")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("deploy-rolling.json is a deployment scenario (it has a deployment object): open it in the deployment "
                        + "simulator, or run it with: opsdojo sim deploy deploy-rolling.json");
    }

    @Test
    void theStrategyOfEachPresetIsTheOneItsNameSays() {
        assertThat(preset("deploy-rolling").deployment().strategy()).isInstanceOf(Strategy.Rolling.class);
        assertThat(preset("deploy-rolling-crashloop").deployment().release().fault().kind()).isEqualTo(Fault.Kind.CRASH_LOOP);
        assertThat(preset("deploy-recreate").deployment().strategy()).isInstanceOf(Strategy.Recreate.class);
        assertThat(preset("deploy-blue-green-bad").deployment().strategy()).isInstanceOf(Strategy.BlueGreen.class);
        assertThat(preset("deploy-canary-bad").deployment().strategy()).isEqualTo(preset("deploy-canary-good").deployment().strategy());
        assertThat(preset("deploy-canary-bad").deployment().release().fault()).isEqualTo(preset("deploy-blue-green-bad").deployment().release().fault());
        assertThat(preset("deploy-ab").deployment().strategy()).isInstanceOf(Strategy.AbTest.class);
    }

    @Test
    void aRollingUpdateOfAGoodReleaseHasNoDowntimeAndStaysWithinMaxSurge() {
        DeployResult r = run("deploy-rolling").result();

        assertThat(r.outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(r.downtimeSeconds()).isZero();
        assertThat(r.peakExtraPods()).isEqualTo(3); // maxSurge 25 % of 10, rounded up
        assertThat(r.timeToCompleteSeconds()).isBetween(10.0, 120.0);
        assertThat(r.usersExposedToRelease()).isPositive();
    }

    @Test
    void aCrashLoopingReleaseStallsHitsTheProgressDeadlineWithoutRollingBackUntilTheUndo() {
        Run run = run("deploy-rolling-crashloop");
        DeployResult r = run.result();
        double deadline = run.firstAt(DeployMessage.Kind.PROGRESS_DEADLINE_EXCEEDED);
        double undo = run.firstAt(DeployMessage.Kind.UNDO);

        assertThat(deadline).as("600 s after the last progress").isBetween(660.0, 700.0);
        assertThat(undo).isEqualTo(720.0);
        assertThat(run.logged(DeployMessage.Kind.POD_CRASHED)).isTrue();
        assertThat(r.outcome()).isEqualTo(Outcome.ROLLED_BACK);
        assertThat(r.downtimeSeconds()).as("the old pods kept serving").isZero();
        assertThat(r.usersExposedToRelease()).isZero();
        assertThat(r.releaseErrors()).isZero();

        DeploySimulation stalled = new DeploySimulation(preset("deploy-rolling-crashloop"));
        stalled.advanceTo(710);
        assertThat(stalled.state().outcome()).as("failed, not rolled back, before the undo").isEqualTo(Outcome.FAILED);
    }

    @Test
    void recreateHasDowntimeButNeedsNoExtraPods() {
        DeployResult r = run("deploy-recreate").result();

        assertThat(r.outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(r.downtimeSeconds()).isPositive();
        assertThat(r.noReadyPodSeconds()).isPositive();
        assertThat(r.peakExtraPods()).isZero();
    }

    @Test
    void blueGreenExposesEveryUserThenSwitchesBack() {
        Run run = run("deploy-blue-green-bad");
        DeployResult r = run.result();

        assertThat(r.outcome()).isEqualTo(Outcome.ABORTED);
        assertThat(run.logged(DeployMessage.Kind.TRAFFIC_SWITCHED)).isTrue();
        assertThat(run.logged(DeployMessage.Kind.SWITCHED_BACK)).isTrue();
        assertThat(r.peakExtraPods()).as("a full green ReplicaSet").isEqualTo(10);
        assertThat(r.releaseErrors()).isPositive();
    }

    @Test
    void aCanaryCatchesTheSameBadReleaseWithFarFewerUsersExposedThanBlueGreen() {
        Run canary = run("deploy-canary-bad");
        DeployResult r = canary.result();
        DeployResult blueGreen = run("deploy-blue-green-bad").result();

        assertThat(r.outcome()).isEqualTo(Outcome.ABORTED);
        assertThat(canary.logged(DeployMessage.Kind.ABORTED_BY_ANALYSIS)).isTrue();
        assertThat(r.releaseErrors()).isPositive();
        assertThat(r.usersExposedToRelease()).isLessThan(blueGreen.usersExposedToRelease() / 4);
        assertThat(r.usersWithReleaseErrors()).isLessThan(blueGreen.usersWithReleaseErrors());
        assertThat(r.downtimeSeconds()).isZero();
    }

    @Test
    void aGoodCanaryPassesEveryMeasurementAndIsPromoted() {
        Run run = run("deploy-canary-good");

        assertThat(run.result().outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(run.logged(DeployMessage.Kind.ANALYSIS_PASSED)).isTrue();
        assertThat(run.logged(DeployMessage.Kind.ANALYSIS_FAILED_MEASUREMENT)).isFalse();
        assertThat(run.result().timeToCompleteSeconds()).as("three 2-minute pauses").isGreaterThan(360);
    }

    @Test
    void theAbTestKeepsBothVersionsAndBConvertsSignificantlyBetterByTheEnd() {
        DeployResult r = run("deploy-ab").result();
        DeployResult.VersionResult a = r.versions().get(0);
        DeployResult.VersionResult b = r.versions().get(1);
        // The two-proportion z-test over successful visits, as the A/B verdict computes it.
        double na = a.requests() - a.failed();
        double nb = b.requests() - b.failed();
        double pa = a.conversions() / na;
        double pb = b.conversions() / nb;
        double pooled = (a.conversions() + b.conversions()) / (na + nb);
        double z = (pb - pa) / Math.sqrt(pooled * (1 - pooled) * (1 / na + 1 / nb));

        assertThat(r.outcome()).isEqualTo(Outcome.EXPERIMENT);
        assertThat(r.ab().enoughSamples()).isTrue();
        assertThat(r.ab().significant()).isTrue();
        assertThat(r.ab().differenceLow()).isPositive();
        assertThat(run("deploy-ab").logged(DeployMessage.Kind.AB_SIGNIFICANT)).isTrue();
        assertThat(Math.min(na, nb)).isGreaterThan(((Strategy.AbTest) preset("deploy-ab").deployment().strategy()).minSamplesPerVariant());
        assertThat(pb).isGreaterThan(pa);
        assertThat(z).as("significant at 95 %").isGreaterThan(1.96);
        assertThat(r.downtimeSeconds()).isZero();
    }
}

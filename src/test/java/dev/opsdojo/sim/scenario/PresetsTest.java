package dev.opsdojo.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scale-out presets shipped in content/scenarios: each parses, and each sets up what its documentation promises.
 * (Deployment scenarios, the files with a deployment object, are DeployPresetsTest's.)
 */
class PresetsTest {
    private static final Path DIR = Path.of("content", "scenarios");

    static Stream<String> presetNames() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).filter(p -> !isDeploymentScenario(p))
                    .map(p -> p.getFileName().toString()).map(n -> n.substring(0, n.length() - 5)).sorted().toList().stream();
        }
    }

    private static boolean isDeploymentScenario(Path file) {
        try {
            return ScenarioParser.hasTopLevelKey(Files.readString(file), "deployment");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Scenario preset(String name) {
        try {
            ScenarioParser.Result result = ScenarioParser.parse(Files.readString(DIR.resolve(name + ".json")));
            assertThat(result.problems()).as(name).isEmpty();
            return result.scenario();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("presetNames")
    void everyPresetParsesAndHasATitleAndDescription(String name) {
        Scenario s = preset(name);

        assertThat(s.title()).isNotBlank();
        assertThat(s.description()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("presetNames")
    void everyPresetIsDocumented(String name) throws IOException {
        assertThat(Files.readString(Path.of("docs", "scenarios.md"))).contains("`" + name + "`");
    }

    @Test
    void thePresetsTheIssueAndTheLessonsNameExist() throws IOException {
        assertThat(presetNames().toList()).contains("steady", "flash-sale", "scale-up-vs-out", "chaos", "overload", "mmc");
    }

    @Test
    void mmcIsTheIssuesExample() {
        Scenario preset = preset("mmc");
        Scenario e = ScenarioParserTest.valid(ScenarioParserTest.MMC);

        assertThat(preset).isEqualTo(new Scenario(preset.title(), preset.description(), e.durationSeconds(), e.seed(), e.workload(), e.service(),
                e.pods(), e.nodes(), e.loadBalancer(), e.hpa(), e.clusterAutoscaler(), e.failures(), e.slo(), e.timelineIntervalSeconds(), e.variants()));
    }

    @Test
    void steadyRunsAtModerateUtilisation() {
        Scenario s = preset("steady");
        double busySlots = s.workload().meanRequestsPerSecond(s.durationSeconds(), 0) * s.service().expectedMeanMs() / 1000;
        double utilisation = busySlots / (s.pods().replicas() * s.pods().concurrency());

        assertThat(utilisation).isBetween(0.4, 0.75);
        assertThat(s.hpa()).isNull();
    }

    @Test
    void overloadClimbsAboveCapacityWithAFiniteQueue() {
        Scenario s = preset("overload");
        double capacityPerSecond = s.pods().replicas() * s.pods().concurrency() * 1000 / s.service().expectedMeanMs();
        Workload.Open open = (Workload.Open) s.workload();

        assertThat(open.ratePerSecond().valueAt(0)).isLessThan(capacityPerSecond);
        assertThat(open.ratePerSecond().maxValue()).isGreaterThan(capacityPerSecond * 1.2);
        assertThat(s.pods().queueLimit()).isNotNull();
    }

    @Test
    void flashSaleHas100kUsersAndEnoughRoomToServeThemAfterScaleOut() {
        Scenario s = preset("flash-sale");
        Workload.Closed closed = (Workload.Closed) s.workload();
        double peakRate = closed.users().maxValue() / (closed.thinkTimeSeconds() + s.service().expectedMeanMs() / 1000);
        double cpuCoresAtPeak = peakRate * s.service().cpuMillisPerRequest() / 1000;
        double podsForTarget = cpuCoresAtPeak * 1000 / s.pods().cpuRequestMillicores() / (s.hpa().targetCpuUtilizationPercent() / 100.0);
        double podsBySlots = peakRate * s.service().expectedMeanMs() / 1000 / s.pods().concurrency();
        int podsPerNode = s.nodes().cpuAllocatableMillicores() / s.pods().cpuRequestMillicores();

        assertThat(closed.users().maxValue()).isEqualTo(100_000);
        assertThat(closed.thinkTimeSeconds()).isEqualTo(10);
        assertThat(s.durationSeconds()).isEqualTo(3600);
        assertThat(s.hpa().enabled()).isTrue();
        assertThat(s.clusterAutoscaler().enabled()).isTrue();
        assertThat(s.nodes().provisioningSeconds()).isPositive();
        assertThat(s.hpa().maxReplicas()).as("the HPA may reach the pods the peak needs").isGreaterThan((int) Math.ceil(podsForTarget));
        assertThat(podsForTarget).as("at the CPU target the pods are not saturated").isGreaterThan(podsBySlots * 1.2);
        assertThat(s.nodes().max() * podsPerNode).as("the nodes can hold the HPA's maximum").isGreaterThanOrEqualTo(s.hpa().maxReplicas());
        assertThat(s.nodes().count() * podsPerNode).as("the starting nodes hold the starting pods").isGreaterThanOrEqualTo(s.pods().replicas());
    }

    @Test
    void scaleUpVsOutComparesTheSameCpuAndSlotsSplitDifferently() {
        Scenario out = preset("scale-up-vs-out");
        Scenario up = out.variants().stream().filter(v -> v.name().equals("scale-up")).findFirst().orElseThrow().scenario();

        assertThat(up.pods().replicas()).isLessThan(out.pods().replicas());
        assertThat(up.pods().replicas() * up.pods().cpuRequestMillicores()).isEqualTo(out.pods().replicas() * out.pods().cpuRequestMillicores());
        assertThat(up.pods().replicas() * up.pods().concurrency()).isEqualTo(out.pods().replicas() * out.pods().concurrency());
        assertThat(out.failures().events()).extracting(Failures.Event::kind).contains(Failures.Kind.KILL_POD);
    }

    @Test
    void chaosKillsPodsAndANodeAndTheNodesHaveRoomToHeal() {
        Scenario s = preset("chaos");
        int podsPerNode = s.nodes().cpuAllocatableMillicores() / s.pods().cpuRequestMillicores();

        assertThat(s.failures().chaosMonkey().enabled()).isTrue();
        assertThat(s.failures().events()).extracting(Failures.Event::kind).containsExactly(Failures.Kind.KILL_NODE);
        assertThat((s.nodes().count() - 1) * podsPerNode).as("the surviving nodes hold every pod").isGreaterThanOrEqualTo(s.pods().replicas());
    }
}

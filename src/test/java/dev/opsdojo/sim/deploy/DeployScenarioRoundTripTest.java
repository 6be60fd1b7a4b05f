package dev.opsdojo.sim.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsdojo.sim.scenario.Profile;
import dev.opsdojo.sim.scenario.Scenario;
import dev.opsdojo.sim.scenario.Service;
import dev.opsdojo.sim.scenario.Slo;
import dev.opsdojo.sim.scenario.Threshold;
import dev.opsdojo.sim.scenario.Workload;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The writer: a deployment scenario saved and read back is the same scenario. */
class DeployScenarioRoundTripTest {

    @Property(tries = 500)
    void readingWhatWasWrittenGivesTheSameScenario(@ForAll("scenarios") DeployScenario scenario) {
        String json = DeployScenarioWriter.write(scenario);

        DeployScenarioParser.Result read = DeployScenarioParser.parse(json);
        assertThat(read.problems()).as(json).isEmpty();
        assertThat(read.scenario()).isEqualTo(scenario);
    }

    @Property(tries = 100)
    void writingIsStable(@ForAll("scenarios") DeployScenario scenario) {
        String once = DeployScenarioWriter.write(scenario);

        assertThat(DeployScenarioWriter.write(DeployScenarioParser.parse(once).scenario())).isEqualTo(once);
    }

    @Test
    void everyBuiltInDefaultRoundTrips() {
        for (String strategy : DeployDefaults.STRATEGIES) {
            DeployScenario s = DeployDefaults.scenario(strategy);

            assertThat(DeployScenarioParser.parse(DeployScenarioWriter.write(s)).scenario()).as(strategy).isEqualTo(s);
        }
    }

    @Test
    void theWrittenFileLeavesOutTheRefusedSectionsAndSpellsOutTheDeployment() {
        JsonNode json = DeployScenarioWriter.toJson(DeployDefaults.scenario("canary"));

        for (String refused : List.of("hpa", "clusterAutoscaler", "nodes", "failures", "variants")) {
            assertThat(json.has(refused)).as(refused).isFalse();
        }
        JsonNode strategy = json.get("deployment").get("strategy");
        assertThat(strategy.get("type").asText()).isEqualTo("canary");
        assertThat(strategy.get("maxSurge").asText()).isEqualTo("25%");
        assertThat(strategy.get("steps").get(1).get("pause").get("duration").asInt()).isEqualTo(60);
        assertThat(strategy.get("analysis").get("intervalSeconds").asInt()).isEqualTo(10);
        assertThat(json.get("deployment").get("stable").get("fault").toString()).isEqualTo("{\"kind\":\"none\"}");
    }

    @Test
    void noAnalysisIsWrittenAsNullAndPodCountsAsNumbers() {
        DeployScenario s = DeployDefaults.scenario("canary");
        DeployScenario none = s.withDeployment(s.deployment().withStrategy(new Strategy.Canary(List.of(), Strategy.TrafficRouting.REPLICA_RATIO,
                "2", "0", null)));

        JsonNode strategy = DeployScenarioWriter.toJson(none).get("deployment").get("strategy");

        assertThat(strategy.get("analysis").isNull()).isTrue();
        assertThat(strategy.get("maxSurge").isNumber()).isTrue();
        assertThat(DeployScenarioParser.parse(DeployScenarioWriter.write(none)).scenario()).isEqualTo(none);
    }

    @Provide
    Arbitrary<DeployScenario> scenarios() {
        return Arbitraries.longs().map(DeployScenarioRoundTripTest::generate);
    }

    /** A random valid deployment scenario: every strategy and key exercised, values inside the bounds. */
    static DeployScenario generate(long seed) {
        Random r = new Random(seed);
        int duration = 60 + r.nextInt(r.nextBoolean() ? 3600 : 86_400);
        Workload workload = r.nextBoolean()
                ? new Workload.Open(new Profile.Steady(round(0.5 + r.nextDouble() * 500)), r.nextBoolean() ? null : round(100 + r.nextDouble() * 5000))
                : new Workload.Closed(new Profile.Steady(1 + r.nextInt(5000)), round(1 + r.nextDouble() * 30), null);
        Service service = r.nextBoolean()
                ? new Service(Service.Distribution.EXPONENTIAL, round(1 + r.nextDouble() * 200), null, null, round(r.nextDouble() * 100), null)
                : new Service(Service.Distribution.LOGNORMAL, null, 40.0, 200.0, 20, r.nextBoolean() ? null : new Service.Cache(0.5, 2));
        dev.opsdojo.sim.scenario.Pods pods = new dev.opsdojo.sim.scenario.Pods(1 + r.nextInt(1000), 1 + r.nextInt(16),
                r.nextBoolean() ? null : r.nextInt(1000), 100 + r.nextInt(4000), null, 64 + r.nextInt(4096), r.nextInt(60), r.nextInt(30));
        Scenario.LoadBalancerPolicy[] policies = {Scenario.LoadBalancerPolicy.RANDOM, Scenario.LoadBalancerPolicy.ROUND_ROBIN,
                Scenario.LoadBalancerPolicy.LEAST_CONNECTIONS};
        Slo slo = r.nextBoolean() ? Slo.DEFAULT : new Slo(100 + r.nextInt(900), r.nextInt(5), 1 + r.nextInt(60), 200, List.of(Threshold.parse("p(95)<300")));
        Scenario base = new Scenario(r.nextBoolean() ? null : "Release \"" + r.nextInt(100) + "\" 배포", r.nextBoolean() ? null : "two\nlines",
                duration, r.nextLong(), workload, service, pods, null, policies[r.nextInt(3)], null, null,
                dev.opsdojo.sim.scenario.Failures.NONE, slo, 1 + r.nextInt(60), List.of());

        int replicas = 1 + r.nextInt(DeploymentSpec.MAX_REPLICAS);
        String app = List.of("web", "shop-api", "a", "checkout-7").get(r.nextInt(4));
        Release stable = release(r, "v1", app);
        Release release = release(r, r.nextBoolean() ? "v2" : "2.0.0-rc.1", app);
        List<DeployAction> actions = new ArrayList<>();
        int count = r.nextInt(5);
        for (int i = 0; i < count; i++) {
            DeployAction.Kind kind = DeployAction.Kind.values()[r.nextInt(DeployAction.Kind.values().length)];
            actions.add(new DeployAction(round(r.nextDouble() * (duration - 1)), kind,
                    kind == DeployAction.Kind.UNDO && r.nextBoolean() ? 1 + r.nextInt(5) : null,
                    kind == DeployAction.Kind.BREAK ? fault(r) : null));
        }
        DeploymentSpec spec = new DeploymentSpec(app, replicas, stable, release, strategy(r, replicas),
                r.nextBoolean() ? null : round(r.nextDouble() * (duration - 1)), actions, round(0.001 + r.nextDouble() * 0.999),
                1 + r.nextInt(10_000_000), r.nextBoolean() ? null : new DeploymentSpec.HpaManifest(1 + r.nextInt(5), 5 + r.nextInt(900), 1 + r.nextInt(1000)));
        return new DeployScenario(base, spec);
    }

    private static Release release(Random r, String name, String app) {
        return new Release(name, r.nextBoolean() ? app + ":" + name : "registry.example.com/" + app + "@sha256:" + Long.toHexString(r.nextLong()),
                round(r.nextDouble() * 3600), r.nextDouble(), round(0.01 + r.nextDouble() * 99.99), r.nextDouble(),
                r.nextBoolean() ? Fault.NONE : fault(r));
    }

    private static Fault fault(Random r) {
        Fault.Kind kind = Fault.Kind.values()[r.nextInt(Fault.Kind.values().length)];
        if (kind == Fault.Kind.NONE || r.nextBoolean()) {
            return Fault.typical(kind);
        }
        return new Fault(kind, r.nextDouble(), 1 + r.nextDouble() * 99, 0.01 + r.nextDouble() * 0.99);
    }

    private static Strategy strategy(Random r, int replicas) {
        return switch (r.nextInt(5)) {
            case 0 -> {
                String[] limits = limits(r);
                int minReady = r.nextInt(3601);
                yield new Strategy.Rolling(limits[0], limits[1], minReady, minReady + 1 + r.nextInt(86_400 - minReady), r.nextInt(101));
            }
            case 1 -> new Strategy.Recreate();
            case 2 -> new Strategy.BlueGreen(r.nextBoolean(), r.nextInt(86_401), r.nextInt(86_401), r.nextBoolean() ? null : 1 + r.nextInt(replicas),
                    analysis(r));
            case 3 -> {
                List<Strategy.CanaryStep> steps = new ArrayList<>();
                int n = r.nextInt(8);
                for (int i = 0; i < n; i++) {
                    steps.add(r.nextBoolean() ? new Strategy.CanaryStep.SetWeight(r.nextInt(101))
                            : new Strategy.CanaryStep.Pause(r.nextBoolean() ? null : round(r.nextDouble() * 86_400)));
                }
                String[] limits = limits(r);
                yield new Strategy.Canary(steps, Strategy.TrafficRouting.values()[r.nextInt(2)], limits[0], limits[1], analysis(r));
            }
            default -> new Strategy.AbTest(Strategy.Split.values()[r.nextInt(3)], 1 + r.nextInt(99), 0.5 + r.nextInt(500) / 1000.0,
                    1 + r.nextInt(100_000_000));
        };
    }

    private static String[] limits(Random r) {
        while (true) {
            String surge = r.nextBoolean() ? Integer.toString(r.nextInt(1001)) : r.nextInt(101) + "%";
            String unavailable = r.nextBoolean() ? Integer.toString(r.nextInt(1001)) : r.nextInt(101) + "%";
            if (!(surge.matches("0%?") && unavailable.matches("0%?"))) {
                return new String[] {surge, unavailable};
            }
        }
    }

    private static Analysis analysis(Random r) {
        if (r.nextInt(4) == 0) {
            return null;
        }
        return new Analysis(round(1 + r.nextDouble() * 3599), round(r.nextDouble() * 86_400), r.nextDouble(), 1 + r.nextDouble() * 99,
                r.nextInt(101), 1 + r.nextInt(1_000_000));
    }

    /** Some values whole (written without a fraction), some not. */
    private static double round(double d) {
        return d > 1 && d % 2 < 1 ? Math.rint(d) : d;
    }
}

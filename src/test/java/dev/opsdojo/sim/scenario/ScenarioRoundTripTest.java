package dev.opsdojo.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The writer: "save the current setup as a scenario" must read back as the same scenario. */
class ScenarioRoundTripTest {

    @Property(tries = 400)
    void readingWhatWasWrittenGivesTheSameScenario(@ForAll("scenarios") Scenario scenario) {
        String json = ScenarioWriter.write(scenario);

        ScenarioParser.Result read = ScenarioParser.parse(json);
        assertThat(read.problems()).as(json).isEmpty();
        assertThat(read.scenario()).isEqualTo(scenario);
    }

    @Property(tries = 100)
    void writingIsStable(@ForAll("scenarios") Scenario scenario) {
        String once = ScenarioWriter.write(scenario);

        assertThat(ScenarioWriter.write(ScenarioParser.parse(once).scenario())).isEqualTo(once);
    }

    @Test
    void theWrittenFileSpellsOutDefaultsAndWritesAnUnboundedQueueAsNull() {
        String json = ScenarioWriter.write(ScenarioParserTest.valid(ScenarioParserTest.MMC));

        assertThat(json).contains("\"queueLimit\" : null").contains("\"timelineIntervalSeconds\" : 10").contains("\"ratePerSecond\" : 7.2")
                .contains("\"meanMs\" : 1000,").doesNotContain("\"nodes\"").doesNotContain("\"hpa\"");
    }

    @Test
    void aVariantIsWrittenWithOnlyTheSectionsItChanges() {
        Scenario s = ScenarioParserTest.valid(ScenarioParserTest.withKey("variants", "[{\"name\": \"big\", \"pods\": {\"replicas\": 2}}]"));

        var variant = ScenarioWriter.toJson(s).get("variants").get(0);
        assertThat(variant.fieldNames()).toIterable().containsExactly("name", "pods");
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Arbitraries.longs().map(ScenarioRoundTripTest::generate);
    }

    /** A random valid scenario: every section exercised, values inside the bounds and the cross-section rules. */
    static Scenario generate(long seed) {
        Random r = new Random(seed);
        int duration = 1 + r.nextInt(r.nextBoolean() ? 3600 : ScenarioLimits.MAX_DURATION_SECONDS);
        int minInterval = (int) Math.ceil(duration / (double) ScenarioLimits.MAX_TIMELINE_POINTS);
        int timeline = minInterval + r.nextInt(60);
        Nodes nodes = r.nextBoolean() ? null : nodes(r);
        Scenario base = new Scenario(r.nextBoolean() ? null : "Title \"" + r.nextInt() + "\" 한국어", r.nextBoolean() ? null : "A\nmultiline description",
                duration, r.nextLong(), workload(r), service(r), pods(r), nodes,
                Scenario.LoadBalancerPolicy.values()[r.nextInt(4)], r.nextBoolean() ? null : hpa(r),
                nodes != null && r.nextBoolean() ? new ClusterAutoscaler(r.nextBoolean(), 1 + r.nextInt(60), r.nextDouble(), r.nextInt(3600), r.nextInt(3600)) : null,
                failures(r, duration, nodes != null), slo(r), timeline, List.of());
        List<Scenario.Variant> variants = new ArrayList<>();
        int count = r.nextInt(3);
        for (int i = 0; i < count; i++) {
            Scenario v = new Scenario(base.title(), base.description(), duration, base.seed(), r.nextBoolean() ? workload(r) : base.workload(),
                    base.service(), pods(r), base.nodes(), base.loadBalancer(), r.nextBoolean() ? null : base.hpa(), base.clusterAutoscaler(),
                    base.failures(), r.nextBoolean() ? slo(r) : base.slo(), timeline, List.of());
            variants.add(new Scenario.Variant("v" + i, r.nextBoolean() ? null : "variant " + i, v));
        }
        return new Scenario(base.title(), base.description(), duration, base.seed(), base.workload(), base.service(), base.pods(), nodes,
                base.loadBalancer(), base.hpa(), base.clusterAutoscaler(), base.failures(), base.slo(), timeline, variants);
    }

    private static Workload workload(Random r) {
        Double timeout = r.nextBoolean() ? null : 1 + r.nextDouble() * 10_000;
        if (r.nextBoolean()) {
            return new Workload.Open(r.nextInt(3) == 0 ? new Profile.Steady(0.001 + r.nextDouble() * 999) : profile(r, 1000), timeout);
        }
        return new Workload.Closed(r.nextInt(3) == 0 ? new Profile.Steady(1 + r.nextInt(1000)) : profile(r, 1000), 1 + r.nextDouble() * 60, timeout);
    }

    private static Profile profile(Random r, double max) {
        return switch (r.nextInt(5)) {
            case 0 -> new Profile.Steady(r.nextDouble() * max);
            case 1 -> new Profile.Ramp(r.nextDouble() * max, r.nextDouble() * max, r.nextInt(1000), 1 + r.nextDouble() * 1000);
            case 2 -> new Profile.Spike(r.nextDouble() * max, r.nextDouble() * max, r.nextDouble() * 1000, 0.5 + r.nextInt(100));
            case 3 -> {
                double climb = r.nextInt(1000);
                yield new Profile.FlashSale(r.nextDouble() * max, climb, climb + r.nextDouble() * 100, max, 1 + r.nextInt(100), r.nextInt(100));
            }
            default -> {
                List<Profile.Point> points = new ArrayList<>();
                double t = 0;
                for (int i = 0, n = 1 + r.nextInt(6); i < n; i++) {
                    t += r.nextInt(3) == 0 ? 0 : r.nextDouble() * 100;
                    points.add(new Profile.Point(t, r.nextDouble() * max));
                }
                yield new Profile.Points(points);
            }
        };
    }

    private static Service service(Random r) {
        Service.Cache cache = r.nextBoolean() ? null : new Service.Cache(r.nextDouble(), 0.1 + r.nextDouble() * 10);
        double cpu = r.nextDouble() * 500;
        return switch (r.nextInt(3)) {
            case 0 -> new Service(Service.Distribution.CONSTANT, 1 + r.nextDouble() * 500, null, null, cpu, cache);
            case 1 -> new Service(Service.Distribution.EXPONENTIAL, 1 + r.nextDouble() * 500, null, null, cpu, cache);
            default -> {
                double median = 1 + r.nextDouble() * 100;
                yield new Service(Service.Distribution.LOGNORMAL, null, median, median * (1.01 + r.nextDouble() * 20), cpu, cache);
            }
        };
    }

    private static Pods pods(Random r) {
        int cpu = 1 + r.nextInt(4000);
        return new Pods(1 + r.nextInt(ScenarioLimits.MAX_PODS), 1 + r.nextInt(100), r.nextBoolean() ? null : r.nextInt(ScenarioLimits.MAX_QUEUE_LIMIT + 1),
                cpu, r.nextBoolean() ? null : cpu + r.nextInt(1000), 1 + r.nextInt(16_384), r.nextInt(120), r.nextDouble() * 30);
    }

    private static Nodes nodes(Random r) {
        int count = 1 + r.nextInt(100);
        return new Nodes(count, 4000 + r.nextInt(60_000), 16_384 + r.nextInt(100_000), r.nextDouble() * 3, r.nextInt(count + 1),
                count + r.nextInt(ScenarioLimits.MAX_NODES - count + 1), r.nextInt(600));
    }

    private static Hpa hpa(Random r) {
        int min = 1 + r.nextInt(50);
        Hpa.Behavior behavior = r.nextBoolean() ? null : new Hpa.Behavior(rules(r), rules(r));
        return new Hpa(r.nextBoolean(), 1 + r.nextInt(150), min, min + r.nextInt(500), 1 + r.nextInt(60), r.nextDouble() * 0.5, behavior);
    }

    private static Hpa.ScalingRules rules(Random r) {
        List<Hpa.ScalingPolicy> policies = new ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
            policies.add(new Hpa.ScalingPolicy(Hpa.PolicyType.values()[r.nextInt(2)], 1 + r.nextInt(100), 1 + r.nextInt(1800)));
        }
        return new Hpa.ScalingRules(r.nextInt(3601), Hpa.SelectPolicy.values()[r.nextInt(3)], policies);
    }

    private static Failures failures(Random r, int duration, boolean withNodes) {
        List<Failures.Event> events = new ArrayList<>();
        for (int i = 0, n = r.nextInt(4); i < n; i++) {
            Failures.Kind kind = withNodes ? Failures.Kind.values()[r.nextInt(3)] : (r.nextBoolean() ? Failures.Kind.KILL_POD : Failures.Kind.SLOW_POD);
            boolean slow = kind == Failures.Kind.SLOW_POD;
            events.add(new Failures.Event(r.nextDouble() * duration * 0.99, kind, r.nextBoolean() ? null : r.nextInt(10),
                    slow ? 1 + r.nextDouble() * 10 : null, slow && r.nextBoolean() ? 1 + r.nextDouble() * 100 : null));
        }
        return new Failures(events, r.nextBoolean() ? null : new Failures.ChaosMonkey(r.nextBoolean(), 1 + r.nextDouble() * 600),
                1 + r.nextInt(100), r.nextInt(600));
    }

    private static Slo slo(Random r) {
        List<String> all = List.of("p(95)<300", "p(99.9) <= 2s", "errors<1%", "apdex>=0.9", "avg<100ms");
        List<Threshold> thresholds = new ArrayList<>();
        for (int i = 0, n = r.nextInt(3); i < n; i++) {
            thresholds.add(Threshold.parse(all.get(r.nextInt(all.size()))));
        }
        return new Slo(1 + r.nextDouble() * 1000, r.nextDouble() * 100, 1 + r.nextInt(60), 1 + r.nextDouble() * 1000, thresholds);
    }
}

package dev.opsdojo.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading scenario files: the M/M/c example, defaults, and every problem named by key path, line and column. */
class ScenarioParserTest {

    static final String MMC = """
            { "durationSeconds": 3600, "seed": 1,
              "workload": { "type": "open", "ratePerSecond": 7.2 },
              "service": { "distribution": "exponential", "meanMs": 1000 },
              "pods": { "replicas": 8, "concurrency": 1, "queueLimit": null },
              "loadBalancer": { "policy": "central-queue" } }
            """;

    /** The M/M/c example with one top-level key's value replaced by {@code json} (or added). */
    static String withKey(String key, String json) {
        String base = MMC.strip();
        return base.substring(0, base.length() - 1) + ", \"" + key + "\": " + json + " }";
    }

    static Scenario valid(String json) {
        ScenarioParser.Result result = ScenarioParser.parse(json);
        assertThat(result.problems()).as("problems").isEmpty();
        return result.scenario();
    }

    static List<ScenarioProblem> problems(String json) {
        ScenarioParser.Result result = ScenarioParser.parse(json);
        assertThat(result.isValid()).as("a bad file gives no scenario").isFalse();
        return result.problems();
    }

    static List<String> messages(String json) {
        return problems(json).stream().map(ScenarioProblem::toString).toList();
    }

    @Nested
    class TheMmcExample {

        @Test
        void describesAnMmcSystemExactly() {
            Scenario s = valid(MMC);

            assertThat(s.durationSeconds()).isEqualTo(3600);
            assertThat(s.seed()).isEqualTo(1);
            assertThat(s.workload()).isEqualTo(new Workload.Open(new Profile.Steady(7.2), null));
            assertThat(s.service().distribution()).isEqualTo(Service.Distribution.EXPONENTIAL);
            assertThat(s.service().meanMs()).isEqualTo(1000.0);
            assertThat(s.pods().replicas()).isEqualTo(8);
            assertThat(s.pods().concurrency()).isEqualTo(1);
            assertThat(s.pods().queueLimit()).as("null is unbounded").isNull();
            assertThat(s.loadBalancer()).isEqualTo(Scenario.LoadBalancerPolicy.CENTRAL_QUEUE);
        }

        @Test
        void leavesOutEverythingOptional() {
            Scenario s = valid(MMC);

            assertThat(s.nodes()).as("enough nodes").isNull();
            assertThat(s.hpa()).isNull();
            assertThat(s.clusterAutoscaler()).isNull();
            assertThat(s.failures().events()).isEmpty();
            assertThat(s.failures().chaosMonkey()).isNull();
            assertThat(s.variants()).isEmpty();
        }

        @Test
        void fillsTheDocumentedDefaults() {
            Scenario s = valid(MMC);

            assertThat(s.timelineIntervalSeconds()).isEqualTo(10);
            assertThat(s.slo()).isEqualTo(new Slo(300, 1, 10, 500, List.of()));
            assertThat(s.failures().nodeMonitorGracePeriodSeconds()).isEqualTo(50);
            assertThat(s.failures().tolerationSeconds()).isEqualTo(300);
            assertThat(s.pods().cpuRequestMillicores()).isEqualTo(1000);
            assertThat(s.service().cpuMillisPerRequest()).as("CPU-bound by default: the whole service time").isEqualTo(1000.0);
        }

        @Test
        void expectsRateTimesDurationRequests() {
            assertThat(valid(MMC).expectedRequests()).isCloseTo(7.2 * 3600, org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    @Nested
    class Problems {

        @Test
        void aValueOutOfBoundsIsNamedWithItsLineAndColumn() {
            String json = """
                    { "durationSeconds": 3600,
                      "workload": { "type": "open",
                                    "ratePerSecond": -1 },
                      "service": { "distribution": "exponential", "meanMs": 1000 },
                      "pods": { "replicas": 8 } }
                    """;
            int column = json.lines().toList().get(2).indexOf("-1") + 1;

            assertThat(problems(json)).containsExactly(new ScenarioProblem("workload.ratePerSecond", "must be more than 0 (was -1)", 3, column));
        }

        @Test
        void anUnknownKeySuggestsTheNearestKnownOne() {
            String json = MMC.replace("\"replicas\": 8", "\"replicass\": 8, \"replicas\": 8");

            assertThat(messages(json)).containsExactly("pods.replicass: unknown key (did you mean replicas?)");
        }

        @Test
        void anUnknownKeyPointsAtTheKey() {
            String json = MMC.replace("\"replicas\": 8", "\"replicass\": 8, \"replicas\": 8");
            int column = json.lines().toList().get(3).indexOf("\"replicass\"") + 1;

            assertThat(problems(json)).singleElement().satisfies(p -> {
                assertThat(p.line()).isEqualTo(4);
                assertThat(p.column()).isEqualTo(column);
            });
        }

        @Test
        void anUnknownKeyFarFromAnyListsTheKnownKeys() {
            assertThat(messages(MMC.replace("\"policy\"", "\"zzzzzzzzzz\": 1, \"policy\"")))
                    .containsExactly("loadBalancer.zzzzzzzzzz: unknown key (known keys here: policy)");
        }

        @Test
        void aWrongTypeSaysWhatWasExpectedAndWhatWasThere() {
            assertThat(messages(MMC.replace("\"replicas\": 8", "\"replicas\": \"eight\"")))
                    .containsExactly("pods.replicas: expected a whole number, was \"eight\"");
        }

        @Test
        void aMissingRequiredKeyIsNamed() {
            assertThat(messages(MMC.replace("\"replicas\": 8, ", ""))).containsExactly("pods.replicas: is required (a whole number from 1 to 10,000)");
        }

        @Test
        void malformedJsonGivesLineAndColumn() {
            String json = "{ \"durationSeconds\": 3600,\n  \"seed\": 1,,\n}";

            assertThat(problems(json)).singleElement().satisfies(p -> {
                assertThat(p.path()).isEmpty();
                assertThat(p.message()).startsWith("invalid JSON: ");
                assertThat(p.line()).isEqualTo(2);
                assertThat(p.column()).isEqualTo(13);
            });
        }

        @Test
        void everyProblemIsCollectedNotJustTheFirst() throws IOException {
            assertThat(messages(resource("many-problems.json"))).containsExactly(
                    "durationSeconds: must be at most 604,800 (7 days) (was 700000)",
                    "workload.type: expected one of open, closed, was \"opne\"",
                    "service.meanMs: must be more than 0 (was 0)",
                    "pods.replicas: expected a whole number, was \"eight\"",
                    "pods.queueLimit: must be at most 1,000,000 (was 2000000)",
                    "loadBalancer.polcy: unknown key (did you mean policy?)");
        }

        @Test
        void aDuplicateKeyIsAProblem() {
            assertThat(messages(MMC.replace("\"seed\": 1", "\"seed\": 1, \"seed\": 2"))).containsExactly("seed: duplicate key (it is already given above)");
        }

        @Test
        void aFileThatIsNotAnObjectIsRefused() {
            assertThat(messages("[1, 2]")).containsExactly("a scenario is a JSON object { … }, was a list");
        }

        @Test
        void deepNestingIsRefusedBeforeItCanExhaustTheStack() {
            String json = "{\"title\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";

            assertThat(messages(json)).singleElement().asString().startsWith("invalid JSON:").contains("nesting depth");
        }

        @Test
        void aFileLargerThanTheLimitIsRefusedUnread() {
            String json = withKey("description", "\"" + "x".repeat(ScenarioLimits.MAX_FILE_CHARS) + "\"");

            assertThat(messages(json)).singleElement().asString().contains("at most 1,048,576");
        }
    }

    @Nested
    class Bounds {

        @ParameterizedTest(name = "{0} = {1}")
        @CsvSource(delimiter = '|', textBlock = """
                durationSeconds                   | 0         | durationSeconds: must be at least 1 (was 0)
                durationSeconds                   | 604801    | durationSeconds: must be at most 604,800 (7 days) (was 604801)
                durationSeconds                   | 10.5      | durationSeconds: expected a whole number, was 10.5
                pods.replicas                     | 10001     | pods.replicas: must be at most 10,000 (was 10001)
                pods.concurrency                  | 10001     | pods.concurrency: must be at most 10,000 (was 10001)
                pods.concurrency                  | 0         | pods.concurrency: must be at least 1 (was 0)
                pods.queueLimit                   | 1000001   | pods.queueLimit: must be at most 1,000,000 (was 1000001)
                pods.queueLimit                   | -1        | pods.queueLimit: must be at least 0 (was -1)
                workload.ratePerSecond            | 1000001   | workload.ratePerSecond: must be at most 1,000,000 (was 1000001)
                service.meanMs                    | -5        | service.meanMs: must be more than 0 (was -5)
                """)
        void aValueOutsideItsBoundIsRefusedWithTheBoundNamed(String path, String value, String message) {
            String json = withValue(MMC, path, value);

            assertThat(messages(json)).containsExactly(message);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', textBlock = """
                {"type": "closed", "users": 10000001, "thinkTimeSeconds": 10}  | workload.users: must be at most 10,000,000 (was 10000001)
                {"type": "closed", "users": 100, "thinkTimeSeconds": -1}       | workload.thinkTimeSeconds: must be at least 0 (was -1)
                {"type": "closed", "thinkTimeSeconds": 1}                      | workload.users: is required (or usersProfile for a changing number of users)
                {"type": "open", "ratePerSecond": 1, "profile": {"shape": "steady", "value": 1}} | workload.profile: give either ratePerSecond or profile, not both
                {"type": "open", "profile": {"shape": "ramp", "from": 1, "to": 2}} | workload.profile.overSeconds: is required (a number)
                {"type": "open", "profile": {"shape": "points", "points": [[0, 1], [10, 2], [5, 3]]}} | workload.profile.points[2][0]: times must not go backwards (previous point is at 10 s), was 5
                {"type": "open", "timeoutMs": 0, "ratePerSecond": 1}           | workload.timeoutMs: must be more than 0 (was 0)
                {"type": "open", "users": 5, "ratePerSecond": 1}               | workload.users: unknown key (known keys here: type, ratePerSecond, profile, timeoutMs)
                """)
        void workloadProblems(String workload, String message) {
            assertThat(messages(withKey("workload", workload).replaceFirst("\"workload\": \\{ \"type\": \"open\", \"ratePerSecond\": 7.2 \\},", "")))
                    .containsExactly(message);
        }

        @Test
        void aRunExpectedToSimulateTooManyRequestsIsRefusedWithTheReason() {
            String json = MMC.replace("7.2", "1000000").replace("\"durationSeconds\": 3600", "\"durationSeconds\": 1001");

            assertThat(messages(json)).singleElement().asString()
                    .startsWith("durationSeconds: this run would simulate about 1,001,000,000 requests")
                    .contains("the limit is 1,000,000,000");
        }

        @Test
        void aClosedWorkloadIsBoundedByUsersOverThinkPlusServiceTime() {
            Scenario s = valid(withKey("workload", "{\"type\": \"closed\", \"users\": 1000, \"thinkTimeSeconds\": 9}")
                    .replaceFirst("\"workload\": \\{ \"type\": \"open\", \"ratePerSecond\": 7.2 \\},", ""));

            assertThat(s.expectedRequests()).isCloseTo(1000 / (9 + 1.0) * 3600, org.assertj.core.data.Offset.offset(1e-6));
        }

        @Test
        void tooFineATimelineIsRefused() {
            String json = withKey("timelineIntervalSeconds", "1").replace("\"durationSeconds\": 3600", "\"durationSeconds\": 200000");

            assertThat(messages(json)).containsExactly("timelineIntervalSeconds: would record 200,000 timeline points; at most 100,000 (use an interval of at least 2 s)");
        }

        @Test
        void aPodThatFitsNoNodeIsRefused() {
            String json = withKey("nodes", "{\"count\": 2, \"cpuAllocatableMillicores\": 2000}").replace("\"replicas\": 8", "\"replicas\": 8, \"cpuRequestMillicores\": 3000");

            assertThat(messages(json)).containsExactly("pods.cpuRequestMillicores: a pod requesting 3000 millicores never fits a node with nodes.cpuAllocatableMillicores 2000");
        }

        @Test
        void nodesAreBoundedAndTheirRangeMustHoldTheCount() {
            assertThat(messages(withKey("nodes", "{\"count\": 1001}"))).containsExactly("nodes.count: must be at most 1,000 (was 1001)");
            assertThat(messages(withKey("nodes", "{\"count\": 5, \"max\": 3}"))).containsExactly("nodes.max: must be at least count (5), was 3");
        }

        @Test
        void theClusterAutoscalerNeedsNodes() {
            assertThat(messages(withKey("clusterAutoscaler", "{}")))
                    .containsExactly("clusterAutoscaler: needs a nodes section: without one there are always enough nodes, so there is nothing to scale");
        }

        @Test
        void aFailureAfterTheEndOfTheRunIsRefused() {
            assertThat(messages(withKey("failures", "{\"events\": [{\"atSeconds\": 3600, \"kind\": \"kill-pod\"}]}")))
                    .containsExactly("failures.events[0].atSeconds: must be before the end of the run (durationSeconds 3600), was 3,600");
        }

        @Test
        void onlyASlowPodTakesAFactor() {
            assertThat(messages(withKey("failures", "{\"events\": [{\"atSeconds\": 10, \"kind\": \"kill-pod\", \"factor\": 3}]}")))
                    .containsExactly("failures.events[0].factor: only for kind \"slow-pod\"");
        }

        @Test
        void probabilitiesStayWithinZeroAndOne() {
            assertThat(messages(MMC.replace("\"meanMs\": 1000", "\"meanMs\": 1000, \"cache\": {\"hitRatio\": 1.5, \"hitMeanMs\": 1}")))
                    .containsExactly("service.cache.hitRatio: must be at most 1 (was 1.5)");
        }
    }

    @Nested
    class ServiceTimes {

        @Test
        void aLognormalIsGivenByMedianAndP99AndItsMeanFollows() {
            Service s = valid(MMC.replace("\"distribution\": \"exponential\", \"meanMs\": 1000",
                    "\"distribution\": \"lognormal\", \"medianMs\": 30, \"p99Ms\": 200")).service();
            double sigma = Math.log(200.0 / 30) / 2.3263478740408408;

            assertThat(s.expectedMeanMs()).isCloseTo(30 * Math.exp(sigma * sigma / 2), org.assertj.core.data.Offset.offset(1e-9));
        }

        @Test
        void aLognormalRefusesAMeanAndAP99BelowTheMedian() {
            assertThat(messages(MMC.replace("\"distribution\": \"exponential\", \"meanMs\": 1000",
                    "\"distribution\": \"lognormal\", \"meanMs\": 5, \"medianMs\": 30, \"p99Ms\": 20"))).containsExactlyInAnyOrder(
                    "service.meanMs: a lognormal service time is given by medianMs and p99Ms, not meanMs",
                    "service.p99Ms: must be more than medianMs (30), was 20");
        }

        @Test
        void aCacheLowersTheMeanByItsHitRatio() {
            Service s = valid(MMC.replace("\"meanMs\": 1000", "\"meanMs\": 1000, \"cache\": {\"hitRatio\": 0.9, \"hitMeanMs\": 10}")).service();

            assertThat(s.expectedMeanMs()).isCloseTo(0.9 * 10 + 0.1 * 1000, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Nested
    class Autoscaling {

        @Test
        void anHpaWithoutBehaviorKeepsBehaviorAbsentForTheLegacyPath() {
            Hpa hpa = valid(withKey("hpa", "{\"maxReplicas\": 20}")).hpa();

            assertThat(hpa).isEqualTo(new Hpa(true, 80, 1, 20, 15, 0.1, null));
        }

        @Test
        void aGivenBehaviorIsFilledWithTheKubernetesDefaults() {
            Hpa hpa = valid(withKey("hpa", "{\"maxReplicas\": 20, \"behavior\": {\"scaleDown\": {\"stabilizationWindowSeconds\": 60}}}")).hpa();

            assertThat(hpa.behavior().scaleUp()).isEqualTo(new Hpa.ScalingRules(0, Hpa.SelectPolicy.MAX, List.of(
                    new Hpa.ScalingPolicy(Hpa.PolicyType.PODS, 4, 15), new Hpa.ScalingPolicy(Hpa.PolicyType.PERCENT, 100, 15))));
            assertThat(hpa.behavior().scaleDown()).isEqualTo(new Hpa.ScalingRules(60, Hpa.SelectPolicy.MAX, List.of(
                    new Hpa.ScalingPolicy(Hpa.PolicyType.PERCENT, 100, 15))));
        }

        @Test
        void behaviorUsesTheAutoscalingV2FieldNames() {
            Hpa hpa = valid(withKey("hpa", """
                    {"maxReplicas": 100, "behavior": {"scaleDown": {"selectPolicy": "Min",
                      "policies": [{"type": "Percent", "value": 10, "periodSeconds": 60}, {"type": "Pods", "value": 5, "periodSeconds": 60}]}}}""")).hpa();

            assertThat(hpa.behavior().scaleDown()).isEqualTo(new Hpa.ScalingRules(300, Hpa.SelectPolicy.MIN, List.of(
                    new Hpa.ScalingPolicy(Hpa.PolicyType.PERCENT, 10, 60), new Hpa.ScalingPolicy(Hpa.PolicyType.PODS, 5, 60))));
        }

        @Test
        void aPolicyPeriodAboveHalfAnHourIsRefusedAsKubernetesDoes() {
            assertThat(messages(withKey("hpa", "{\"maxReplicas\": 9, \"behavior\": {\"scaleUp\": {\"policies\": [{\"type\": \"Pods\", \"value\": 1, \"periodSeconds\": 1801}]}}}")))
                    .containsExactly("hpa.behavior.scaleUp.policies[0].periodSeconds: must be at most 1,800 (was 1801)");
        }

        @Test
        void anHpaNeedsMaxReplicasAndMinAtMostMax() {
            assertThat(messages(withKey("hpa", "{}"))).containsExactly("hpa.maxReplicas: is required (a whole number from 1 to 10,000)");
            assertThat(messages(withKey("hpa", "{\"minReplicas\": 5, \"maxReplicas\": 4}"))).containsExactly("hpa.minReplicas: must be at most maxReplicas (4), was 5");
        }

        @Test
        void theClusterAutoscalerDefaultsAreTheFlagDefaults() {
            ClusterAutoscaler ca = valid(withKey("nodes", "{\"count\": 2}") .replaceFirst(" }$", ", \"clusterAutoscaler\": {} }")).clusterAutoscaler();

            assertThat(ca).isEqualTo(new ClusterAutoscaler(true, 10, 0.5, 600, 600));
        }
    }

    @Nested
    class Variants {

        @Test
        void aVariantReplacesTheSectionsItGivesAndKeepsTheRest() {
            Scenario s = valid(withKey("variants", "[{\"name\": \"big\", \"pods\": {\"replicas\": 2, \"concurrency\": 4}}]"));

            Scenario big = s.variants().get(0).scenario();
            assertThat(big.pods().replicas()).isEqualTo(2);
            assertThat(big.pods().concurrency()).isEqualTo(4);
            assertThat(big.workload()).isEqualTo(s.workload());
            assertThat(big.loadBalancer()).isEqualTo(s.loadBalancer());
        }

        @Test
        void aVariantsProblemIsNamedUnderItsPath() {
            assertThat(messages(withKey("variants", "[{\"name\": \"big\", \"pods\": {\"replicas\": 0}}]")))
                    .containsExactly("variants[0].pods.replicas: must be at least 1 (was 0)");
        }

        @Test
        void variantNamesAreUnique() {
            assertThat(messages(withKey("variants", "[{\"name\": \"a\"}, {\"name\": \"a\"}]")))
                    .containsExactly("variants[1].name: another variant is already named \"a\"");
        }
    }

    /** {@code json} with the value at a dotted {@code path} set to the JSON text {@code value} (objects created as needed). */
    static String withValue(String json, String path, String value) {
        try {
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            var root = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(json);
            String[] keys = path.split("\\.");
            var node = root;
            for (int i = 0; i < keys.length - 1; i++) {
                node = node.has(keys[i]) ? (com.fasterxml.jackson.databind.node.ObjectNode) node.get(keys[i]) : node.putObject(keys[i]);
            }
            node.set(keys[keys.length - 1], mapper.readTree(value));
            return mapper.writeValueAsString(root);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String resource(String name) throws IOException {
        try (InputStream in = ScenarioParserTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

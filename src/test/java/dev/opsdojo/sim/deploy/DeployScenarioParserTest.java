package dev.opsdojo.sim.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.sim.scenario.ScenarioParser;
import dev.opsdojo.sim.scenario.ScenarioProblem;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading deployment scenario files: the shared sections, the deployment object's defaults, and every problem located. */
class DeployScenarioParserTest {

    /** Lines 1–5 are the shared sections; the deployment object starts on line 6. */
    static final String HEAD = """
            { "durationSeconds": 900, "seed": 3,
              "workload": { "type": "open", "ratePerSecond": 200 },
              "service": { "distribution": "exponential", "meanMs": 50 },
              "pods": { "replicas": 10, "concurrency": 4, "startupSeconds": 8, "readinessDelaySeconds": 2 },
              "loadBalancer": { "policy": "least-connections" },
            """;

    /** A file whose deployment object is {@code body} (which starts on line 6). */
    static String withDeployment(String body) {
        return HEAD + "  \"deployment\": " + body + "\n}\n";
    }

    static DeployScenario valid(String json) {
        DeployScenarioParser.Result result = DeployScenarioParser.parse(json);
        assertThat(result.problems()).as("problems").isEmpty();
        assertThat(result.isValid()).isTrue();
        return result.scenario();
    }

    static List<ScenarioProblem> problems(String json) {
        DeployScenarioParser.Result result = DeployScenarioParser.parse(json);
        assertThat(result.isValid()).as("a bad file gives no scenario").isFalse();
        assertThat(result.problems()).isNotEmpty();
        return result.problems();
    }

    /** The single problem of a file. */
    static ScenarioProblem problem(String json) {
        List<ScenarioProblem> problems = problems(json);
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    static DeploymentSpec deployment(String body) {
        return valid(withDeployment(body)).deployment();
    }

    @Nested
    class Defaults {

        @Test
        void anEmptyDeploymentIsARollingUpdateOfV1ToV2WithTheKubernetesDefaults() {
            DeployScenario s = valid(withDeployment("{}"));
            DeploymentSpec d = s.deployment();

            assertThat(s.base().durationSeconds()).isEqualTo(900);
            assertThat(s.base().seed()).isEqualTo(3);
            assertThat(d.app()).isEqualTo("web");
            assertThat(d.replicas()).as("pods.replicas").isEqualTo(10);
            assertThat(d.stable()).isEqualTo(new Release("v1", "web:v1", 10, 0, 1, 0.03, Fault.NONE));
            assertThat(d.release()).isEqualTo(new Release("v2", "web:v2", 10, 0, 1, 0.03, Fault.NONE));
            assertThat(d.strategy()).isEqualTo(new Strategy.Rolling("25%", "25%", 0, 600, 10));
            assertThat(d.releaseAtSeconds()).as("the learner starts it").isNull();
            assertThat(d.actions()).isEmpty();
            assertThat(d.downtimeErrorRate()).isEqualTo(0.05);
            assertThat(d.clients()).isEqualTo(100_000);
            assertThat(d.hpa()).isNull();
        }

        @Test
        void theReleaseIsLikeTheStableVersionUnlessTheFileSaysOtherwise() {
            DeploymentSpec d = deployment("""
                    { "app": "shop", "stable": { "name": "1.4.2", "startupSeconds": 30, "errorRate": 0.001, "latencyFactor": 1.2,
                                               "conversionRate": 0.04 },
                      "release": { "name": "1.5.0", "latencyFactor": 0.8 } }""");

            assertThat(d.stable()).isEqualTo(new Release("1.4.2", "shop:1.4.2", 30, 0.001, 1.2, 0.04, Fault.NONE));
            assertThat(d.release()).isEqualTo(new Release("1.5.0", "shop:1.5.0", 30, 0.001, 0.8, 0.04, Fault.NONE));
        }

        @Test
        void eachStrategyTypeAloneGetsItsDocumentedDefaults() {
            for (String type : DeployScenarioParser.STRATEGY_TYPES) {
                Strategy s = deployment("{ \"strategy\": { \"type\": \"" + type + "\" } }").strategy();

                assertThat(s).as(type).isEqualTo(DeployScenarioParser.defaultStrategy(type)).isEqualTo(DeployDefaults.strategy(type));
                assertThat(s.json()).isEqualTo(type);
            }
        }

        @Test
        void theDefaultsFollowKubernetesAndArgoRollouts() {
            assertThat(DeployScenarioParser.defaultStrategy("rolling")).isEqualTo(new Strategy.Rolling("25%", "25%", 0, 600, 10));
            Strategy.BlueGreen bg = (Strategy.BlueGreen) DeployScenarioParser.defaultStrategy("blue-green");
            assertThat(bg.autoPromotionEnabled()).isTrue();
            assertThat(bg.scaleDownDelaySeconds()).isEqualTo(30);
            assertThat(bg.previewReplicaCount()).isNull();
            Strategy.Canary canary = (Strategy.Canary) DeployScenarioParser.defaultStrategy("canary");
            assertThat(canary.maxSurge()).isEqualTo("25%");
            assertThat(canary.maxUnavailable()).isEqualTo("25%");
        }

        @Test
        void anAnalysisObjectFillsItsMissingKeysFromTheDefaultAndNullMeansNone() {
            Strategy.Canary some = (Strategy.Canary) deployment("{ \"strategy\": { \"type\": \"canary\", \"analysis\": { \"failureLimit\": 2 } } }")
                    .strategy();
            Strategy.Canary none = (Strategy.Canary) deployment("{ \"strategy\": { \"type\": \"canary\", \"analysis\": null } }").strategy();
            Strategy.BlueGreen bg = (Strategy.BlueGreen) deployment("{ \"strategy\": { \"type\": \"blue-green\", \"postPromotionAnalysis\": null } }")
                    .strategy();

            assertThat(some.analysis()).isEqualTo(new Analysis(10, 0, 0.01, 1.5, 2, 20));
            assertThat(none.analysis()).isNull();
            assertThat(bg.postPromotionAnalysis()).isNull();
        }

        @Test
        void deploymentReplicasOverridesPodsReplicas() {
            assertThat(deployment("{ \"replicas\": 4 }").replicas()).isEqualTo(4);
        }
    }

    @Nested
    class Values {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "3        | 3",
                "3.0      | 3",
                "\"25%\"  | 25%",
                "\"0%\"   | 0%",
                "\"100%\" | 100%",
                "0        | 0"})
        void maxSurgeTakesPodsOrAPercentage(String json, String expected) {
            Strategy.Rolling r = (Strategy.Rolling) deployment("{ \"strategy\": { \"type\": \"rolling\", \"maxSurge\": " + json + " } }").strategy();

            assertThat(r.maxSurge()).isEqualTo(expected);
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "60      | 60",
                "\"60\"  | 60",
                "\"45s\" | 45",
                "\"10m\" | 600",
                "\"1h\"  | 3600",
                "\"1.5m\"| 90"})
        void aPauseDurationIsSecondsOrAnArgoDuration(String json, double seconds) {
            Strategy.Canary c = (Strategy.Canary) deployment("{ \"strategy\": { \"type\": \"canary\", \"steps\": [ { \"pause\": { \"duration\": "
                    + json + " } } ] } }").strategy();

            assertThat(c.steps()).containsExactly(new Strategy.CanaryStep.Pause(seconds));
        }

        @Test
        void canaryStepsAreReadInOrderAndAnEmptyPauseWaitsForPromotion() {
            Strategy.Canary c = (Strategy.Canary) deployment("""
                    { "strategy": { "type": "canary", "trafficRouting": "replica-ratio", "maxSurge": 1, "maxUnavailable": 0,
                                    "steps": [ { "setWeight": 10 }, { "pause": {} }, { "setWeight": 50 }, { "pause": { "duration": 60 } } ] } }""")
                    .strategy();

            assertThat(c.steps()).containsExactly(new Strategy.CanaryStep.SetWeight(10), new Strategy.CanaryStep.Pause(null),
                    new Strategy.CanaryStep.SetWeight(50), new Strategy.CanaryStep.Pause(60.0));
            assertThat(c.trafficRouting()).isEqualTo(Strategy.TrafficRouting.REPLICA_RATIO);
            assertThat(c.maxSurge()).isEqualTo("1");
            assertThat(c.maxUnavailable()).isEqualTo("0");
        }

        @Test
        void anEmptyStepListPromotesAtOnceAsArgoDoes() {
            assertThat(((Strategy.Canary) deployment("{ \"strategy\": { \"type\": \"canary\", \"steps\": [] } }").strategy()).steps()).isEmpty();
        }

        @Test
        void aFaultKindAloneTakesTheTypicalMagnitudesAndAnObjectOverridesThem() {
            DeploymentSpec byName = deployment("{ \"release\": { \"fault\": \"errors-under-load\" } }");
            DeploymentSpec kindOnly = deployment("{ \"release\": { \"fault\": { \"kind\": \"slow\" } } }");
            DeploymentSpec tuned = deployment("{ \"release\": { \"fault\": { \"kind\": \"errors\", \"errorRate\": 0.05 } } }");

            assertThat(byName.release().fault()).isEqualTo(Fault.typical(Fault.Kind.ERRORS_UNDER_LOAD));
            assertThat(kindOnly.release().fault()).isEqualTo(Fault.typical(Fault.Kind.SLOW));
            assertThat(tuned.release().fault()).isEqualTo(new Fault(Fault.Kind.ERRORS, 0.05, 1, 1));
        }

        @Test
        void scriptedActionsKeepTheirOrderRevisionAndFault() {
            DeploymentSpec d = deployment("""
                    { "releaseAtSeconds": 30,
                      "actions": [ { "at": 120, "do": "pause" }, { "at": 180, "do": "resume" }, { "at": 200, "do": "break", "fault": "crash-loop" },
                                   { "at": 300, "do": "undo", "revision": 1 }, { "at": 400, "do": "undo" }, { "at": 500, "do": "start" } ] }""");

            assertThat(d.releaseAtSeconds()).isEqualTo(30.0);
            assertThat(d.actions()).containsExactly(new DeployAction(120, DeployAction.Kind.PAUSE, null, null),
                    new DeployAction(180, DeployAction.Kind.RESUME, null, null),
                    new DeployAction(200, DeployAction.Kind.BREAK, null, Fault.typical(Fault.Kind.CRASH_LOOP)),
                    new DeployAction(300, DeployAction.Kind.UNDO, 1, null), new DeployAction(400, DeployAction.Kind.UNDO, null, null),
                    new DeployAction(500, DeployAction.Kind.START, null, null));
        }

        @Test
        void blueGreenAbAndTheHpaManifestAreRead() {
            DeploymentSpec bg = deployment("""
                    { "strategy": { "type": "blue-green", "autoPromotionEnabled": false, "autoPromotionSeconds": 120,
                                    "scaleDownDelaySeconds": 60, "previewReplicaCount": 2 },
                      "hpa": { "minReplicas": 3, "maxReplicas": 30, "targetCpuUtilizationPercent": 70 } }""");
            DeploymentSpec ab = deployment("""
                    { "strategy": { "type": "ab", "split": "cookie", "variantBPercent": 20, "confidenceLevel": 0.99,
                                    "minSamplesPerVariant": 5000 }, "clients": 5000 }""");

            assertThat(bg.strategy()).isEqualTo(new Strategy.BlueGreen(false, 120, 60, 2, Analysis.DEFAULT));
            assertThat(bg.hpa()).isEqualTo(new DeploymentSpec.HpaManifest(3, 30, 70));
            assertThat(ab.strategy()).isEqualTo(new Strategy.AbTest(Strategy.Split.COOKIE, 20, 0.99, 5000));
            assertThat(ab.clients()).isEqualTo(5000);
        }

        @Test
        void aScaleOutScenarioIsNotADeploymentScenario() {
            String scaleOut = HEAD.strip().replaceAll(",$", "") + " }";

            assertThat(ScenarioParser.parse(scaleOut).isValid()).isTrue();
            assertThat(DeployScenarioParser.isDeploymentScenario(scaleOut)).isFalse();
            assertThat(DeployScenarioParser.isDeploymentScenario(withDeployment("{}"))).isTrue();
            assertThat(DeployScenarioParser.isDeploymentScenario("{ not json")).isFalse();
            assertThat(problem(scaleOut).toString()).startsWith("deployment: is required (what to release and how");
        }
    }

    @Nested
    class Problems {

        @Test
        void theScaleOutKeysADeploymentDoesNotUseAreRefusedWithTheReason() {
            List<ScenarioProblem> problems = problems("""
                    { "durationSeconds": 900,
                      "workload": { "type": "open", "ratePerSecond": 200 },
                      "service": { "distribution": "exponential", "meanMs": 50 },
                      "pods": { "replicas": 10 },
                      "hpa": { "maxReplicas": 20 },
                      "clusterAutoscaler": {},
                      "nodes": { "count": 3 },
                      "failures": { "events": [] },
                      "variants": [ { "name": "x" } ],
                      "deployment": {} }
                    """);

            assertThat(problems).extracting(ScenarioProblem::path).containsExactly("hpa", "clusterAutoscaler", "nodes", "failures", "variants");
            assertThat(problems).extracting(ScenarioProblem::line).containsExactly(5, 6, 7, 8, 9);
            assertThat(problems).allSatisfy(p -> assertThat(p.message()).startsWith("not used in a deployment scenario: "));
            assertThat(problems.get(0).message()).contains("deployment.hpa");
            assertThat(problems.get(3).message()).contains("\"break\"");
            assertThat(problems.get(4).message()).contains("--compare");
            assertThat(problems.get(0).column()).isEqualTo(3);
        }

        @Test
        void aSharedSectionKeepsTheScaleOutMessages() {
            List<ScenarioProblem> problems = problems(HEAD.replace("\"replicas\": 10", "\"replicass\": 10") + "  \"deployment\": {} }");

            assertThat(problems).extracting(ScenarioProblem::toString)
                    .containsExactly("pods.replicas: is required (a whole number from 1 to 10,000)", "pods.replicass: unknown key (did you mean replicas?)");
            assertThat(problems).extracting(ScenarioProblem::line).containsExactly(4, 4);
        }

        @Test
        void aTopLevelTypoSuggestsDeploymentButNotARefusedKey() {
            List<ScenarioProblem> problems = problems(HEAD + "  \"deploymnet\": {} }");

            assertThat(problems).extracting(ScenarioProblem::toString)
                    .contains("deploymnet: unknown key (did you mean deployment?)");
        }

        @Test
        void theCentralQueueIsRefusedBecauseVersionsAreRoutedPerPod() {
            ScenarioProblem p = problem(withDeployment("{}").replace("least-connections", "central-queue"));

            assertThat(p.path()).isEqualTo("loadBalancer.policy");
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).startsWith("central-queue is not used in a deployment scenario");
        }

        @Test
        void deploymentMustBeAnObject() {
            ScenarioProblem p = problem(withDeployment("[]"));

            assertThat(p.toString()).isEqualTo("deployment: expected an object { … }, was a list");
            assertThat(p.line()).isEqualTo(6);
        }

        /** Each bad value (on line 7 of the file) comes back with its key path and line, never as an exception. */
        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
                "\"app\": \"Shop_API\"                                  | deployment.app | must be a Kubernetes name",
                "\"app\": 7                                             | deployment.app | expected a string, was 7",
                "\"replicas\": 0                                        | deployment.replicas | must be at least 1 (was 0)",
                "\"replicas\": 1001                                     | deployment.replicas | must be at most 1,000 (was 1001)",
                "\"replicas\": 2.5                                      | deployment.replicas | expected a whole number, was 2.5",
                "\"stable\": { \"name\": \"v 1\" }                      | deployment.stable.name | must be 1 to 40 letters",
                "\"stable\": { \"image\": \"a b\" }                     | deployment.stable.image | must be an image reference",
                "\"stable\": { \"startupSeconds\": 3601 }               | deployment.stable.startupSeconds | must be at most 3,600 (was 3601)",
                "\"stable\": { \"errorRate\": 1.5 }                     | deployment.stable.errorRate | must be at most 1 (was 1.5)",
                "\"stable\": { \"latencyFactor\": 0 }                   | deployment.stable.latencyFactor | must be more than 0 (was 0)",
                "\"stable\": { \"conversionRate\": -0.1 }               | deployment.stable.conversionRate | must be at least 0 (was -0.1)",
                "\"stable\": { \"colour\": \"blue\" }                   | deployment.stable.colour | unknown key",
                "\"release\": { \"name\": \"v1\" }                      | deployment.release.name | the release needs a name other than the stable version's (\"v1\")",
                "\"release\": { \"fault\": \"on-fire\" }                | deployment.release.fault | expected one of none, crash-loop, not-ready, errors, slow, errors-under-load, was \"on-fire\"",
                "\"release\": { \"fault\": 3 }                          | deployment.release.fault | expected a fault kind",
                "\"release\": { \"fault\": { \"errorRate\": 0.1 } }     | deployment.release.fault.kind | is required",
                "\"release\": { \"fault\": { \"kind\": \"slow\", \"latencyFactor\": 0.5 } } | deployment.release.fault.latencyFactor | must be at least 1 (was 0.5)",
                "\"release\": { \"fault\": { \"kind\": \"errors-under-load\", \"loadThreshold\": 0 } } | deployment.release.fault.loadThreshold | must be more than 0 (was 0)",
                "\"strategy\": { \"type\": \"rolling-update\" }         | deployment.strategy.type | expected one of rolling, recreate, blue-green, canary, ab, was \"rolling-update\"",
                "\"strategy\": { \"maxSurge\": 1 }                      | deployment.strategy.type | is required",
                "\"strategy\": { \"type\": \"recreate\", \"maxSurge\": 1 } | deployment.strategy.maxSurge | unknown key",
                "\"strategy\": { \"type\": \"rolling\", \"maxSurge\": \"3\" } | deployment.strategy.maxSurge | expected a whole number of pods (3) or a percentage (\"25%\"), was \"3\"",
                "\"strategy\": { \"type\": \"rolling\", \"maxSurge\": \"150%\" } | deployment.strategy.maxSurge | must be at most 100% (was 150%)",
                "\"strategy\": { \"type\": \"rolling\", \"maxSurge\": -1 } | deployment.strategy.maxSurge | must be at least 0 (was -1)",
                "\"strategy\": { \"type\": \"rolling\", \"maxSurge\": 0, \"maxUnavailable\": \"0%\" } | deployment.strategy.maxUnavailable | maxSurge and maxUnavailable may not both be 0",
                "\"strategy\": { \"type\": \"rolling\", \"minReadySeconds\": 3601 } | deployment.strategy.minReadySeconds | must be at most 3,600 (was 3601)",
                "\"strategy\": { \"type\": \"rolling\", \"progressDeadlineSeconds\": 0 } | deployment.strategy.progressDeadlineSeconds | must be at least 1 (was 0)",
                "\"strategy\": { \"type\": \"rolling\", \"minReadySeconds\": 30, \"progressDeadlineSeconds\": 30 } | deployment.strategy.progressDeadlineSeconds | progressDeadlineSeconds (30) must be greater than minReadySeconds (30)",
                "\"strategy\": { \"type\": \"rolling\", \"revisionHistoryLimit\": 101 } | deployment.strategy.revisionHistoryLimit | must be at most 100 (was 101)",
                "\"strategy\": { \"type\": \"blue-green\", \"autoPromotionSeconds\": -1 } | deployment.strategy.autoPromotionSeconds | must be at least 0 (was -1)",
                "\"strategy\": { \"type\": \"blue-green\", \"scaleDownDelaySeconds\": 86401 } | deployment.strategy.scaleDownDelaySeconds | must be at most 86,400 (was 86401)",
                "\"strategy\": { \"type\": \"blue-green\", \"previewReplicaCount\": 11 } | deployment.strategy.previewReplicaCount | must be at most 10 (was 11)",
                "\"strategy\": { \"type\": \"blue-green\", \"autoPromotionEnabled\": \"yes\" } | deployment.strategy.autoPromotionEnabled | expected true or false",
                "\"strategy\": { \"type\": \"blue-green\", \"postPromotionAnalysis\": { \"intervalSeconds\": 0.5 } } | deployment.strategy.postPromotionAnalysis.intervalSeconds | must be at least 1 (was 0.5)",
                "\"strategy\": { \"type\": \"canary\", \"analysis\": { \"maxP95Ratio\": 0.9 } } | deployment.strategy.analysis.maxP95Ratio | must be at least 1 (was 0.9)",
                "\"strategy\": { \"type\": \"canary\", \"analysis\": { \"maxErrorRateIncrease\": 2 } } | deployment.strategy.analysis.maxErrorRateIncrease | must be at most 1 (was 2)",
                "\"strategy\": { \"type\": \"canary\", \"analysis\": { \"failureLimit\": 101 } } | deployment.strategy.analysis.failureLimit | must be at most 100 (was 101)",
                "\"strategy\": { \"type\": \"canary\", \"analysis\": { \"minRequests\": 0 } } | deployment.strategy.analysis.minRequests | must be at least 1 (was 0)",
                "\"strategy\": { \"type\": \"canary\", \"analysis\": { \"initialDelaySeconds\": -5 } } | deployment.strategy.analysis.initialDelaySeconds | must be at least 0 (was -5)",
                "\"strategy\": { \"type\": \"canary\", \"analysis\": { \"metric\": \"x\" } } | deployment.strategy.analysis.metric | unknown key",
                "\"strategy\": { \"type\": \"canary\", \"trafficRouting\": \"istio\" } | deployment.strategy.trafficRouting | expected one of replica-ratio, weighted, was \"istio\"",
                "\"strategy\": { \"type\": \"canary\", \"steps\": [ { \"setWeight\": 101 } ] } | deployment.strategy.steps[0].setWeight | must be at most 100 (was 101)",
                "\"strategy\": { \"type\": \"canary\", \"steps\": [ { \"setweight\": 10 } ] } | deployment.strategy.steps[0].setweight | unknown key (did you mean setWeight?)",
                "\"strategy\": { \"type\": \"canary\", \"steps\": [ { \"setWeight\": 10, \"pause\": {} } ] } | deployment.strategy.steps[0].pause | a step is either setWeight or pause, not both",
                "\"strategy\": { \"type\": \"canary\", \"steps\": [ {} ] } | deployment.strategy.steps[0] | a step needs setWeight or pause",
                "\"strategy\": { \"type\": \"canary\", \"steps\": [ 10 ] } | deployment.strategy.steps[0] | expected an object { … }, was 10",
                "\"strategy\": { \"type\": \"canary\", \"steps\": null } | deployment.strategy.steps | expected a list",
                "\"strategy\": { \"type\": \"canary\", \"steps\": [ { \"pause\": 60 } ] } | deployment.strategy.steps[0].pause | expected an object: {} to wait until promoted",
                "\"strategy\": { \"type\": \"canary\", \"steps\": [ { \"pause\": { \"duration\": \"10 minutes\" } } ] } | deployment.strategy.steps[0].pause.duration | expected seconds (60) or a duration such as \"60s\"",
                "\"strategy\": { \"type\": \"canary\", \"steps\": [ { \"pause\": { \"duration\": \"25h\" } } ] } | deployment.strategy.steps[0].pause.duration | must be at most 86,400 s (24h), was 25h",
                "\"strategy\": { \"type\": \"canary\", \"steps\": [ { \"pause\": { \"duration\": 86401 } } ] } | deployment.strategy.steps[0].pause.duration | must be at most 86,400 (was 86401)",
                "\"strategy\": { \"type\": \"canary\", \"maxUnavailable\": \"101%\" } | deployment.strategy.maxUnavailable | must be at most 100% (was 101%)",
                "\"strategy\": { \"type\": \"ab\", \"split\": \"ip\" } | deployment.strategy.split | expected one of user-id-hash, header, cookie, was \"ip\"",
                "\"strategy\": { \"type\": \"ab\", \"variantBPercent\": 100 } | deployment.strategy.variantBPercent | must be at most 99 (was 100)",
                "\"strategy\": { \"type\": \"ab\", \"confidenceLevel\": 0.9999 } | deployment.strategy.confidenceLevel | must be at most 0.999 (was 0.9999)",
                "\"strategy\": { \"type\": \"ab\", \"minSamplesPerVariant\": 0 } | deployment.strategy.minSamplesPerVariant | must be at least 1 (was 0)",
                "\"releaseAtSeconds\": -1                               | deployment.releaseAtSeconds | must be at least 0 (was -1)",
                "\"releaseAtSeconds\": 900                              | deployment.releaseAtSeconds | must be before the end of the run (durationSeconds 900), was 900",
                "\"actions\": [ { \"at\": 950, \"do\": \"undo\" } ]     | deployment.actions[0].at | must be before the end of the run (durationSeconds 900), was 950",
                "\"actions\": [ { \"at\": 10, \"do\": \"rollback\" } ]  | deployment.actions[0].do | expected one of start, pause, resume, undo, promote, abort, break, was \"rollback\"",
                "\"actions\": [ { \"do\": \"pause\" } ]                 | deployment.actions[0].at | is required",
                "\"actions\": [ { \"at\": 10, \"do\": \"undo\", \"revision\": 0 } ] | deployment.actions[0].revision | must be at least 1 (was 0)",
                "\"actions\": [ { \"at\": 10, \"do\": \"pause\", \"revision\": 2 } ] | deployment.actions[0].revision | only for \"undo\"",
                "\"actions\": [ { \"at\": 10, \"do\": \"break\" } ]     | deployment.actions[0].fault | is required",
                "\"actions\": [ { \"at\": 10, \"do\": \"pause\", \"fault\": \"slow\" } ] | deployment.actions[0].fault | only for \"break\"",
                "\"actions\": { \"at\": 10 }                            | deployment.actions | expected a list [ … ], was an object",
                "\"downtimeErrorRate\": 0                               | deployment.downtimeErrorRate | must be more than 0 (was 0)",
                "\"clients\": 10000001                                  | deployment.clients | must be at most 10,000,000 (was 10000001)",
                "\"hpa\": { \"minReplicas\": 5 }                        | deployment.hpa.maxReplicas | is required",
                "\"hpa\": { \"minReplicas\": 5, \"maxReplicas\": 4 }    | deployment.hpa.minReplicas | must be at most maxReplicas (4), was 5",
                "\"hpa\": { \"maxReplicas\": 1001 }                     | deployment.hpa.maxReplicas | must be at most 1,000 (was 1001)",
                "\"hpa\": { \"maxReplicas\": 10, \"targetCpuUtilizationPercent\": 0 } | deployment.hpa.targetCpuUtilizationPercent | must be at least 1 (was 0)",
                "\"hpa\": { \"maxReplicas\": 10, \"behavior\": {} }     | deployment.hpa.behavior | unknown key",
                "\"strategyy\": {}                                      | deployment.strategyy | unknown key (did you mean strategy?)"})
        void eachBadValueIsNamedByKeyPathAndLine(String entry, String path, String message) {
            String json = withDeployment("{\n    " + entry.strip() + "\n  }");

            DeployScenarioParser.Result result = DeployScenarioParser.parse(json);

            assertThat(result.isValid()).isFalse();
            assertThat(result.problems()).as(json).singleElement().satisfies(p -> {
                assertThat(p.path()).isEqualTo(path);
                assertThat(p.message()).startsWith(message);
                assertThat(p.line()).isEqualTo(7);
                assertThat(p.column()).isPositive();
            });
        }

        @Test
        void everyProblemIsCollectedNotJustTheFirst() {
            List<ScenarioProblem> problems = problems(withDeployment("""
                    {
                        "replicas": 0,
                        "strategy": { "type": "canary", "steps": [ { "setWeight": 10 }, { "setWeight": 500 } ] },
                        "clients": 0
                      }"""));

            assertThat(problems).extracting(ScenarioProblem::path)
                    .containsExactly("deployment.replicas", "deployment.strategy.steps[1].setWeight", "deployment.clients");
            assertThat(problems).extracting(ScenarioProblem::line).containsExactly(7, 8, 9);
        }

        @Test
        void aSharedSectionProblemSkipsTheChecksAgainstTheRun() {
            List<ScenarioProblem> problems = problems(withDeployment("{ \"releaseAtSeconds\": 5000 }").replace("\"durationSeconds\": 900",
                    "\"durationSeconds\": 0"));

            assertThat(problems).extracting(ScenarioProblem::toString).containsExactly("durationSeconds: must be at least 1 (was 0)");
        }

        @Test
        void podsReplicasAboveTheDeploymentLimitIsNamedWhenDeploymentReplicasIsAbsent() {
            ScenarioProblem p = problem(withDeployment("{}").replace("\"replicas\": 10", "\"replicas\": 2000"));

            assertThat(p.toString()).isEqualTo("pods.replicas: a deployment scenario has at most 1,000 replicas (was 2000)");
            assertThat(p.line()).isEqualTo(4);
        }

        @Test
        void syntaxErrorsAndTheFileSizeLimitAreReportedAsForScenarios() {
            assertThat(problem("{ \"deployment\": }").message()).startsWith("invalid JSON");
            assertThat(problem("[]").message()).isEqualTo("a scenario is a JSON object { … }, was a list");
            assertThat(problem(" ".repeat(1_048_577)).message()).contains("at most 1,048,576");
        }
    }
}

package dev.opsdojo.sim.deploy;

import dev.opsdojo.sim.scenario.Scenario;
import dev.opsdojo.sim.scenario.ScenarioParser;
import java.util.List;
import java.util.Locale;

/**
 * The built-in deployment scenario each {@code sim:deploy?strategy=…} link and the screen start from: an online shop
 * API of 10 pods (4 requests at once each) taking 200 requests per second at ~51 ms (about 25 % busy), releasing v2
 * with a 10-second start-up at t = 30 s,
 * over 15 minutes. The release is good; the learner breaks it with the "break the new version" switch.
 */
public final class DeployDefaults {
    public static final List<String> STRATEGIES = List.of("rolling", "recreate", "blue-green", "canary", "ab");

    private static final String BASE = """
            {
              "title": "Releasing v2 of the shop API",
              "description": "10 pods serving 200 requests per second; v2 rolls out at 30 s.",
              "durationSeconds": 900,
              "seed": 7,
              "workload": { "type": "open", "ratePerSecond": 200 },
              "service": { "distribution": "lognormal", "medianMs": 40, "p99Ms": 200 },
              "pods": { "replicas": 10, "concurrency": 4, "queueLimit": 50, "cpuRequestMillicores": 500, "memoryRequestMiB": 512 },
              "loadBalancer": { "policy": "least-connections" },
              "slo": { "p95Ms": 300, "errorRatePercent": 1 }
            }
            """;

    private DeployDefaults() {
    }

    /** The base traffic, service and pods shared by every default. */
    public static Scenario base() {
        ScenarioParser.Result parsed = ScenarioParser.parse(BASE);
        if (!parsed.isValid()) {
            throw new IllegalStateException("built-in deployment scenario is invalid: " + parsed.problems());
        }
        return parsed.scenario();
    }

    /** The default strategy of a name used in links and files: rolling, recreate, blue-green, canary or ab. */
    public static Strategy strategy(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "rolling", "rollingupdate", "rolling-update" -> Strategy.Rolling.DEFAULT;
            case "recreate" -> new Strategy.Recreate();
            case "blue-green", "bluegreen" -> Strategy.BlueGreen.DEFAULT;
            case "canary" -> Strategy.Canary.DEFAULT;
            case "ab", "a-b", "a/b" -> Strategy.AbTest.DEFAULT;
            default -> throw new IllegalArgumentException("unknown strategy '" + name + "': use one of " + STRATEGIES);
        };
    }

    public static DeployScenario scenario(String strategyName) {
        Strategy strategy = strategy(strategyName);
        boolean ab = strategy instanceof Strategy.AbTest;
        Release stable = new Release("v1", "registry.example.com/shop-api:1.4.2", 10, 0.001, 1, ab ? 0.030 : 0, Fault.NONE);
        Release release = new Release("v2", "registry.example.com/shop-api:1.5.0", 10, 0.001, 1, ab ? 0.036 : 0, Fault.NONE);
        DeploymentSpec spec = new DeploymentSpec("shop-api", 10, stable, release, strategy, 30.0, List.of(), 0.05,
                100_000, null);
        return new DeployScenario(base(), spec);
    }
}

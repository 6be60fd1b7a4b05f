package dev.opsdojo.bench;

import dev.opsdojo.sim.deploy.DeployCompare;
import dev.opsdojo.sim.deploy.DeployDefaults;
import dev.opsdojo.sim.deploy.DeployScenario;
import dev.opsdojo.sim.deploy.DeploySimulation;
import java.util.Arrays;
import java.util.Locale;

/**
 * Wall time of one deployment run per strategy (the built-in 15-minute scenario: 200 requests/s, every request
 * simulated) and of the four-strategy comparison the screen runs in the background. Median of RUNS after warm-up.
 */
public final class DeployBenchmark {
    private DeployBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 9;
        for (String strategy : DeployDefaults.STRATEGIES) {
            DeployScenario scenario = DeployDefaults.scenario(strategy);
            System.out.printf(Locale.ROOT, "%-10s one run, 900 simulated s: median %.0f ms%n", strategy,
                    median(runs, () -> new DeploySimulation(scenario).run()));
        }
        DeployScenario canary = DeployDefaults.scenario("canary");
        System.out.printf(Locale.ROOT, "compare, 4 strategies: median %.0f ms%n",
                median(Math.max(3, runs / 3), () -> DeployCompare.runWithTimelines(canary)));
    }

    private static double median(int runs, Runnable work) {
        for (int i = 0; i < 3; i++) {
            work.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }
}

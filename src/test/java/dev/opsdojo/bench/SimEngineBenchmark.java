package dev.opsdojo.bench;

import dev.opsdojo.sim.engine.EnginePresets;
import dev.opsdojo.sim.engine.Simulation;
import dev.opsdojo.sim.engine.SimulationResult;
import java.util.Arrays;
import java.util.LinkedList;
import java.util.Locale;
import umontreal.ssj.randvar.ExponentialGen;
import umontreal.ssj.randvar.RandomVariateGen;
import umontreal.ssj.rng.MRG32k3a;
import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;

/**
 * On-demand benchmark (not a test), run by bench/sim-engine.sh.
 * <ol>
 * <li>M/M/8 at utilisation 0.9 (service rate 100/s), about {@value #ARRIVALS} arrivals per run, alternating the
 * OpsDojo engine and an SSJ model (the textbook event-view M/M/c of SSJ's own examples: one Arrival and one Departure
 * event class, ExponentialGen on MRG32k3a, the default event list, a LinkedList queue). Median events/s of each over
 * {@code runs} runs, and the ratio.</li>
 * <li>The flash-sale preset at 100,000 users for one simulated hour, wall time (median of 3).</li>
 * </ol>
 */
public final class SimEngineBenchmark {
    static final long ARRIVALS = 10_000_000;
    static final int SERVERS = 8;
    static final double MU = 100;
    static final double RHO = 0.9;

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        double lambda = RHO * SERVERS * MU;
        double duration = ARRIVALS / lambda;
        for (int warm = 0; warm < 2; warm++) {
            runEngine(duration, 99);
            runSsj(lambda, duration, 99);
        }
        double[] engine = new double[runs];
        double[] ssj = new double[runs];
        for (int i = 0; i < runs; i++) {
            engine[i] = runEngine(duration, i + 1);
            ssj[i] = runSsj(lambda, duration, i + 1);
        }
        double me = median(engine);
        double ms = median(ssj);
        System.out.printf(Locale.ROOT, "M/M/8 rho=0.9, %d arrivals/run, %d runs%n", ARRIVALS, runs);
        System.out.printf(Locale.ROOT, "  opsdojo engine: median %.2f M events/s  %s%n", me / 1e6, fmt(engine));
        System.out.printf(Locale.ROOT, "  SSJ 3.3.2:      median %.2f M events/s  %s%n", ms / 1e6, fmt(ssj));
        System.out.printf(Locale.ROOT, "  ratio engine/SSJ: %.2f (goal >= 2)%n", me / ms);

        double[] flash = new double[3];
        SimulationResult last = null;
        for (int i = 0; i < flash.length; i++) {
            long t0 = System.nanoTime();
            last = new Simulation(EnginePresets.flashSale(100_000, 1)).run();
            flash[i] = (System.nanoTime() - t0) / 1e9;
        }
        System.out.printf(Locale.ROOT, "flash sale, 100,000 users, 1 simulated hour: median %.2f s wall %s (goal < 10 s)%n",
                median(flash), Arrays.toString(flash));
        System.out.printf(Locale.ROOT, "  %d requests, %d events, %.0f req/s, p95 %.1f ms, errors %.3f%%, SLO availability %.3f%n",
                last.requests(), last.events(), last.throughputPerSecond(), last.latency().p95Ms(),
                100 * last.errorRate(), last.sloAvailability());
    }

    private static String fmt(double[] values) {
        StringBuilder sb = new StringBuilder("[");
        for (double v : values) {
            sb.append(String.format(Locale.ROOT, " %.2f", v / 1e6));
        }
        return sb.append(" ]").toString();
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    static double runEngine(double duration, long seed) {
        long t0 = System.nanoTime();
        SimulationResult r = new Simulation(EnginePresets.mmc(SERVERS, RHO, duration, seed)).run();
        double seconds = (System.nanoTime() - t0) / 1e9;
        check(r.meanQueueWaitSeconds());
        return r.events() / seconds;
    }

    static double runSsj(double lambda, double duration, long seed) {
        SsjMMc model = new SsjMMc(lambda, MU, SERVERS, seed);
        long t0 = System.nanoTime();
        model.simulate(duration);
        double seconds = (System.nanoTime() - t0) / 1e9;
        check(model.waitSum / model.served);
        return model.events / seconds;
    }

    private static volatile double sink;

    private static void check(double meanWait) {
        sink += meanWait;
    }

    /** The M/M/c queue written the way SSJ's examples write it (event view). */
    static final class SsjMMc {
        final Simulator sim = new Simulator();
        final RandomVariateGen arrivals;
        final RandomVariateGen services;
        final int servers;
        final LinkedList<Double> queue = new LinkedList<>();
        int busy;
        long events;
        long served;
        double waitSum;

        SsjMMc(double lambda, double mu, int servers, long seed) {
            MRG32k3a a = new MRG32k3a();
            MRG32k3a s = new MRG32k3a();
            long[] seeds = {seed % 4294967087L + 1, 12345, 12345, 12345, 12345, 12345};
            a.setSeed(seeds);
            seeds[1] = 54321;
            s.setSeed(seeds);
            arrivals = new ExponentialGen(a, lambda);
            services = new ExponentialGen(s, mu);
            this.servers = servers;
        }

        void simulate(double duration) {
            sim.init();
            new EndOfSim(sim).schedule(duration);
            new Arrival(sim).schedule(arrivals.nextDouble());
            sim.start();
        }

        final class Arrival extends Event {
            Arrival(Simulator sim) {
                super(sim);
            }

            @Override
            public void actions() {
                events++;
                new Arrival(sim).schedule(arrivals.nextDouble());
                if (busy < servers) {
                    busy++;
                    served++;
                    new Departure(sim).schedule(services.nextDouble());
                } else {
                    queue.addLast(sim.time());
                }
            }
        }

        final class Departure extends Event {
            Departure(Simulator sim) {
                super(sim);
            }

            @Override
            public void actions() {
                events++;
                if (queue.isEmpty()) {
                    busy--;
                } else {
                    waitSum += sim.time() - queue.removeFirst();
                    served++;
                    new Departure(sim).schedule(services.nextDouble());
                }
            }
        }

        final class EndOfSim extends Event {
            EndOfSim(Simulator sim) {
                super(sim);
            }

            @Override
            public void actions() {
                sim.stop();
            }
        }
    }
}

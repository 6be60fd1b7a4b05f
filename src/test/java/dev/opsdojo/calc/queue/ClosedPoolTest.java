package dev.opsdojo.calc.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.PriorityQueue;
import java.util.Random;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClosedPoolTest {
    /** Load-dependent MVA of QUEUEING.md §3 with μ(j) = min(j,c)/S; p(0|n) by the stable product, never 1 − Σ. */
    private static double mvaThroughput(int users, double think, double service, int servers) {
        double[] p = new double[users + 1];
        p[0] = 1;
        double x = 0;
        for (int n = 1; n <= users; n++) {
            double r = 0;
            for (int j = 1; j <= n; j++) {
                r += j * service / Math.min(j, servers) * p[j - 1];
            }
            x = n / (think + r);
            double[] next = new double[users + 1];
            for (int j = 1; j <= n; j++) {
                next[j] = x * service / Math.min(j, servers) * p[j - 1];
            }
            next[0] = p[0] * x * think / n;
            p = next;
        }
        return x;
    }

    @ParameterizedTest
    @CsvSource({"200, 8, 0.05, 0.5", "50, 4, 1, 3", "300, 20, 0.2, 2", "10, 16, 0.1, 1", "500, 3, 0.01, 0.5"})
    void throughputMatchesLoadDependentMva(int users, int servers, double service, double think) {
        ClosedPool pool = ClosedPool.of(users, think, service, servers);
        assertThat(pool.throughputPerSecond())
                .isCloseTo(mvaThroughput(users, think, service, servers), Percentage.withPercentage(1e-8));
    }

    @ParameterizedTest
    @CsvSource({"20, 0.2, 1", "100, 0.05, 10", "5, 1, 1"})
    void oneServerMatchesExactMvaForASingleStation(int users, double service, double think) {
        double q = 0;
        double x = 0;
        for (int n = 1; n <= users; n++) {
            double r = service * (1 + q);
            x = n / (think + r);
            q = x * r;
        }
        assertThat(ClosedPool.of(users, think, service, 1).throughputPerSecond()).isCloseTo(x, Percentage.withPercentage(1e-9));
    }

    @Test
    void stateProbabilitiesFollowTheProductForm() {
        int users = 12;
        int servers = 3;
        double think = 2;
        double service = 0.5;
        double[] weight = new double[users + 1];
        weight[0] = 1;
        for (int n = 1; n <= users; n++) {
            weight[n] = weight[n - 1] * ((users - n + 1) / think) / (Math.min(n, servers) / service);
        }
        double total = Arrays.stream(weight).sum();
        ClosedPool pool = ClosedPool.of(users, think, service, servers);
        for (int n = 0; n <= users; n++) {
            assertThat(pool.probabilityOfState(n)).isCloseTo(weight[n] / total, within(1e-14));
        }
    }

    @ParameterizedTest
    @CsvSource({"100000, 332, 0.05, 10", "200, 8, 0.05, 0.5", "1000, 50, 0.1, 5"})
    void meanResponseObeysTheInteractiveResponseTimeLaw(int users, int servers, double service, double think) {
        ClosedPool pool = ClosedPool.of(users, think, service, servers);
        assertThat(pool.meanResponseSeconds())
                .isCloseTo(users / pool.throughputPerSecond() - think, Percentage.withPercentage(1e-7));
    }

    @ParameterizedTest
    @CsvSource({"100000, 332, 0.05, 10", "200, 8, 0.05, 0.5", "30, 3, 0.1, 1"})
    void arrivalTheoremMeanAgreesWithLittlesLaw(int users, int servers, double service, double think) {
        ClosedPool pool = ClosedPool.of(users, think, service, servers);
        assertThat(pool.responseTime().meanSeconds()).isCloseTo(pool.meanResponseSeconds(), Percentage.withPercentage(1e-7));
    }

    @ParameterizedTest
    @CsvSource({"100000, 332, 0.05, 10", "100000, 600, 0.05, 10", "50, 4, 1, 3", "10, 16, 0.1, 1"})
    void asymptoticBoundsHold(int users, int servers, double service, double think) {
        ClosedPool pool = ClosedPool.of(users, think, service, servers);
        assertThat(pool.throughputPerSecond()).isLessThanOrEqualTo(
                Math.min(users / (service + think), servers / service) * (1 + 1e-12));
        assertThat(pool.meanResponseSeconds()).isGreaterThanOrEqualTo(
                Math.max(service, users * service / servers - think) * (1 - 1e-9));
        assertThat(pool.throughputUpperBoundPerSecond()).isCloseTo(Math.min(users / (service + think), servers / service), within(1e-9));
        assertThat(pool.kneeUsers()).isCloseTo(servers * (service + think) / service, within(1e-9));
        assertThat(pool.utilization()).isBetween(0.0, 1.0);
    }

    @Test
    void farAboveTheKneeEachUserAddsTheBottleneckDemand() {
        ClosedPool pool = ClosedPool.of(100_000, 10, 0.05, 400);
        assertThat(pool.utilization()).isCloseTo(1, within(1e-9));
        assertThat(pool.meanResponseSeconds()).isCloseTo(100_000 * 0.05 / 400 - 10, within(1e-6));
    }

    @Test
    void withoutThinkTimeEveryUserIsAlwaysInThePool() {
        ClosedPool pool = ClosedPool.of(10, 0, 0.5, 4);
        assertThat(pool.probabilityOfState(10)).isEqualTo(1);
        assertThat(pool.throughputPerSecond()).isCloseTo(4 / 0.5, within(1e-12));
        assertThat(pool.meanResponseSeconds()).isCloseTo(10 / 8.0, within(1e-12));
    }

    @Test
    void oneUserNeverWaits() {
        ClosedPool pool = ClosedPool.of(1, 1, 0.2, 1);
        assertThat(pool.responseQuantileSeconds(0.95)).isCloseTo(Math.log(20) * 0.2, within(1e-10));
        assertThat(pool.meanResponseSeconds()).isCloseTo(0.2, within(1e-12));
    }

    /**
     * A discrete-event simulation of the same system (fixed seed): users think Exp(Z), queue FIFO for c servers with
     * Exp(S) service. The exact p95 must lie within the simulation's noise.
     */
    @Test
    void p95AgreesWithASimulation() {
        int users = 30;
        int servers = 3;
        double think = 1;
        double service = 0.1;
        double[] responses = simulate(users, servers, think, service, 400_000, new Random(42));
        Arrays.sort(responses);
        double simulatedP95 = responses[(int) (0.95 * responses.length)];
        double simulatedMean = Arrays.stream(responses).average().orElseThrow();

        ClosedPool pool = ClosedPool.of(users, think, service, servers);
        assertThat(pool.utilization()).isGreaterThan(0.8);
        assertThat(pool.responseQuantileSeconds(0.95)).isCloseTo(simulatedP95, Percentage.withPercentage(2));
        assertThat(pool.meanResponseSeconds()).isCloseTo(simulatedMean, Percentage.withPercentage(2));
    }

    private static double[] simulate(int users, int servers, double think, double service, int requests, Random random) {
        // Events: {time, kind (0 = user sends, 1 = service ends), user}
        PriorityQueue<double[]> events = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        for (int u = 0; u < users; u++) {
            events.add(new double[] {exp(random, think), 0, u});
        }
        ArrayDeque<double[]> queue = new ArrayDeque<>();
        int busy = 0;
        double[] sentAt = new double[users];
        double[] responses = new double[requests];
        int done = 0;
        int warmUp = requests / 20;
        int seen = 0;
        while (done < requests) {
            double[] e = events.poll();
            double now = e[0];
            int user = (int) e[2];
            if (e[1] == 0) {
                sentAt[user] = now;
                if (busy < servers) {
                    busy++;
                    events.add(new double[] {now + exp(random, service), 1, user});
                } else {
                    queue.add(new double[] {user});
                }
            } else {
                if (seen++ >= warmUp) {
                    responses[done++] = now - sentAt[user];
                }
                events.add(new double[] {now + exp(random, think), 0, user});
                double[] next = queue.poll();
                if (next == null) {
                    busy--;
                } else {
                    events.add(new double[] {now + exp(random, service), 1, next[0]});
                }
            }
        }
        return responses;
    }

    private static double exp(Random random, double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }
}

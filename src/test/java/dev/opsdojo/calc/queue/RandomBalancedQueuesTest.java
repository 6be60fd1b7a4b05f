package dev.opsdojo.calc.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RandomBalancedQueuesTest {
    @ParameterizedTest
    @CsvSource({"7.2, 1, 8", "2, 0.5, 5", "90, 1, 100"})
    void eachPodIsAnMm1WithItsShareOfTheArrivals(double lambda, double mu, int c) {
        RandomBalancedQueues q = RandomBalancedQueues.of(lambda, mu, c);
        double perPod = lambda / c;
        double rho = perPod / mu;
        assertThat(q.utilization()).isCloseTo(rho, within(1e-15));
        assertThat(q.probabilityOfWaiting()).isCloseTo(rho, within(1e-14));
        assertThat(q.meanResponseSeconds()).isCloseTo(1 / (mu - perPod), within(1e-10));
        assertThat(q.meanInSystem()).isCloseTo(c * rho / (1 - rho), within(1e-9));
        assertThat(q.meanQueueLength()).isCloseTo(c * rho * rho / (1 - rho), within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"7.2, 1, 8, 0.99", "2, 0.5, 5, 0.95"})
    void itsResponseQuantilesAreExponential(double lambda, double mu, int c, double p) {
        RandomBalancedQueues q = RandomBalancedQueues.of(lambda, mu, c);
        assertThat(q.responseQuantileSeconds(p)).isCloseTo(-Math.log(1 - p) / (mu - lambda / c), within(1e-9));
    }
}

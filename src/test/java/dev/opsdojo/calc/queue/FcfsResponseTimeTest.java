package dev.opsdojo.calc.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FcfsResponseTimeTest {
    @ParameterizedTest
    @CsvSource({"4, 2, 0.1", "4, 2, 1", "1, 5, 0.3"})
    void anArrivalThatFindsAFreeServerIsOnlyServed(int servers, double mu, double t) {
        FcfsResponseTime r = FcfsResponseTime.fromArrivalView(0, new double[] {0.2, 0.3, 0.5}, Math.max(servers, 3), mu);
        assertThat(r.probabilityExceeds(t)).isCloseTo(Math.exp(-mu * t), within(1e-13));
        assertThat(r.meanSeconds()).isCloseTo(1 / mu, within(1e-15));
    }

    @ParameterizedTest
    @CsvSource({"4, 2, 0.1", "4, 2, 1.5", "10, 1, 0.7"})
    void findingEveryServerBusyAddsOneDepartureAtThePoolsRate(int servers, double mu, double t) {
        FcfsResponseTime r = FcfsResponseTime.fromArrivalView(servers, new double[] {1}, servers, mu);
        double theta = servers * mu;
        double hypo = (theta * Math.exp(-mu * t) - mu * Math.exp(-theta * t)) / (theta - mu);
        assertThat(r.probabilityExceeds(t)).isCloseTo(hypo, within(1e-13));
    }

    @ParameterizedTest
    @CsvSource({"0.5", "2", "6", "15"})
    void withOneServerThreeAheadMakesAnErlangOfFour(double t) {
        FcfsResponseTime r = FcfsResponseTime.fromArrivalView(3, new double[] {1}, 1, 1);
        double tail = 0;
        double term = Math.exp(-t);
        for (int j = 0; j < 4; j++) {
            tail += term;
            term *= t / (j + 1);
        }
        assertThat(r.probabilityExceeds(t)).isCloseTo(tail, within(1e-13));
        assertThat(r.meanSeconds()).isCloseTo(4, within(1e-14));
    }

    @Test
    void quantileInvertsTheTail() {
        FcfsResponseTime r = FcfsResponseTime.fromArrivalView(0, new double[] {1, 1, 1, 1, 1, 1, 1}, 3, 2);
        double t = r.quantileSeconds(0.9);
        assertThat(r.probabilityExceeds(t)).isCloseTo(0.1, within(1e-10));
        assertThat(r.probabilityExceeds(0)).isEqualTo(1);
    }
}

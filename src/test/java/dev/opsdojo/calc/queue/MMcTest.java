package dev.opsdojo.calc.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MMcTest {
    /** Erlang C from the direct form of QUEUEING.md §1 (small c only). */
    private static double erlangC(double a, int c) {
        double term = 1;
        double below = 0;
        for (int k = 0; k < c; k++) {
            below += term;
            term = term * a / (k + 1);
        }
        double top = term * c / (c - a);
        return top / (below + top);
    }

    @ParameterizedTest
    @CsvSource({"0.5, 1", "0.9, 1", "9, 10", "3, 4"})
    void mm1MeanResponseIsOneOverMuMinusLambda(double lambda, double mu) {
        MMc q = MMc.of(lambda, mu, 1);
        assertThat(q.meanResponseSeconds()).isCloseTo(1 / (mu - lambda), within(1e-12));
        double rho = lambda / mu;
        assertThat(q.meanQueueLength()).isCloseTo(rho * rho / (1 - rho), within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"0.5, 1, 0.99", "0.9, 1, 0.99", "9, 10, 0.5", "3, 4, 0.95"})
    void mm1ResponseTimeIsExponentialSoItsQuantileIsALog(double lambda, double mu, double p) {
        MMc q = MMc.of(lambda, mu, 1);
        assertThat(q.responseQuantileSeconds(p)).isCloseTo(-Math.log(1 - p) / (mu - lambda), within(1e-9));
    }

    @Test
    void eightServersAtNinetyPercentMatchTheSpecsComparison() {
        MMc shared = MMc.of(7.2, 1, 8);
        double c = erlangC(7.2, 8);
        assertThat(shared.utilization()).isCloseTo(0.9, within(1e-15));
        assertThat(shared.probabilityOfWaiting()).isCloseTo(c, within(1e-13));
        assertThat(shared.meanWaitSeconds()).isCloseTo(c / (8 - 7.2), within(1e-12));
        assertThat(shared.meanResponseSeconds()).isCloseTo(c / 0.8 + 1, within(1e-12)).isCloseTo(1.88, within(0.005));
        assertThat(shared.withRandomBalancer().meanResponseSeconds()).isCloseTo(1 / (1 - 7.2 / 8), within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"7.2, 1, 8", "2, 0.5, 5", "95, 1, 100", "0.3, 2, 3"})
    void littlesLawHoldsForTheQueueAndTheSystem(double lambda, double mu, int c) {
        MMc q = MMc.of(lambda, mu, c);
        assertThat(q.meanQueueLength()).isCloseTo(lambda * q.meanWaitSeconds(), within(1e-12));
        assertThat(q.meanInSystem()).isCloseTo(lambda * q.meanResponseSeconds(), within(1e-12));
        assertThat(q.meanInSystem()).isCloseTo(q.meanQueueLength() + lambda / mu, within(1e-9));
    }

    @ParameterizedTest
    @CsvSource({"7.2, 1, 8, 0.95", "7.2, 1, 8, 0.5", "2, 1, 5, 0.99", "2, 1, 5, 0.5"})
    void waitQuantileFollowsTheExponentialTail(double lambda, double mu, int c, double p) {
        MMc q = MMc.of(lambda, mu, c);
        double waitProbability = erlangC(lambda / mu, c);
        double expected = waitProbability > 1 - p ? Math.log(waitProbability / (1 - p)) / (c * mu - lambda) : 0;
        assertThat(q.waitQuantileSeconds(p)).isCloseTo(expected, within(1e-12));
    }

    /** Wq is 0 with probability 1 − C and Exp(cμ − λ) otherwise; Exp(θ) + Exp(μ) has a hypoexponential tail. */
    private static double responseTail(double lambda, double mu, int c, double t) {
        double waitProbability = erlangC(lambda / mu, c);
        double theta = c * mu - lambda;
        double hypo = Math.abs(theta - mu) < 1e-12
                ? Math.exp(-mu * t) * (1 + mu * t)
                : (theta * Math.exp(-mu * t) - mu * Math.exp(-theta * t)) / (theta - mu);
        return (1 - waitProbability) * Math.exp(-mu * t) + waitProbability * hypo;
    }

    @ParameterizedTest
    @CsvSource({"7.2, 1, 8, 0.5", "7.2, 1, 8, 3", "2, 1, 5, 1", "0.5, 2, 2, 0.7", "9.5, 1, 10, 20", "1, 1, 2, 2"})
    void responseTailMatchesTheHypoexponentialMixture(double lambda, double mu, int c, double t) {
        assertThat(MMc.of(lambda, mu, c).probabilityResponseExceeds(t)).isCloseTo(responseTail(lambda, mu, c, t), within(1e-12));
    }

    @Test
    void whenCMinusOneEqualsTheLoadTheTailIsTheLimitForm() {
        MMc q = MMc.of(1, 1, 2);
        double c = erlangC(1, 2);
        for (double t : new double[] {0.1, 1, 5}) {
            assertThat(q.probabilityResponseExceeds(t)).isCloseTo(Math.exp(-t) * (1 + c * t), within(1e-14));
        }
    }

    @ParameterizedTest
    @CsvSource({"7.2, 1, 8, 0.5", "7.2, 1, 8, 0.99", "2, 1, 5, 0.95", "950, 1, 1000, 0.99"})
    void responseQuantileIsWhereTheTailEqualsOneMinusP(double lambda, double mu, int c, double p) {
        MMc q = MMc.of(lambda, mu, c);
        double t = q.responseQuantileSeconds(p);
        assertThat(q.probabilityResponseExceeds(t)).isCloseTo(1 - p, within(1e-9));
        assertThat(t).isGreaterThanOrEqualTo(q.waitQuantileSeconds(p));
    }

    @Test
    void anUnstableQueueReportsUnboundedWaits() {
        MMc q = MMc.of(8.4, 1, 8);
        assertThat(q.stable()).isFalse();
        assertThat(q.utilization()).isCloseTo(1.05, within(1e-12));
        assertThat(q.probabilityOfWaiting()).isEqualTo(1);
        assertThat(q.meanWaitSeconds()).isInfinite();
        assertThat(q.meanInSystem()).isInfinite();
        assertThat(q.responseQuantileSeconds(0.95)).isInfinite();
        assertThat(q.throughputPerSecond()).isEqualTo(8);
    }

    @Test
    void invalidParametersNameWhatIsWrong() {
        assertThatThrownBy(() -> MMc.of(-1, 1, 1)).hasMessageContaining("arrival rate");
        assertThatThrownBy(() -> MMc.of(1, 0, 1)).hasMessageContaining("service rate");
        assertThatThrownBy(() -> MMc.of(1, 1, 0)).hasMessageContaining("servers");
        assertThatThrownBy(() -> MMc.of(1, 1, 2).responseQuantileSeconds(1)).hasMessageContaining("p");
    }

    @Property(tries = 200)
    void addingAServerNeverSlowsTheSameLoad(@ForAll @IntRange(min = 1, max = 500) int servers,
                                            @ForAll @DoubleRange(min = 0.01, max = 0.99) @Scale(4) double rho) {
        double lambda = rho * servers;
        MMc fewer = MMc.of(lambda, 1, servers);
        MMc more = MMc.of(lambda, 1, servers + 1);
        assertThat(more.meanResponseSeconds()).isLessThanOrEqualTo(fewer.meanResponseSeconds() * (1 + 1e-12));
        assertThat(more.responseQuantileSeconds(0.95)).isLessThanOrEqualTo(fewer.responseQuantileSeconds(0.95) * (1 + 1e-9));
    }

    @Property(tries = 200)
    void aSharedQueueNeverLosesToARandomBalancer(@ForAll @IntRange(min = 1, max = 500) int servers,
                                                 @ForAll @DoubleRange(min = 0.01, max = 0.99) @Scale(4) double rho) {
        MMc shared = MMc.of(rho * servers, 1, servers);
        assertThat(shared.meanResponseSeconds())
                .isLessThanOrEqualTo(shared.withRandomBalancer().meanResponseSeconds() * (1 + 1e-12));
    }

    @Property(tries = 200)
    void tailProbabilitiesStayBetweenZeroAndOne(@ForAll @IntRange(min = 1, max = 2000) int servers,
                                                @ForAll @DoubleRange(min = 0.01, max = 0.999) @Scale(4) double rho,
                                                @ForAll @DoubleRange(min = 0, max = 1000) @Scale(4) double seconds) {
        MMc q = MMc.of(rho * servers, 1, servers);
        assertThat(q.probabilityResponseExceeds(seconds)).isBetween(0.0, 1.0);
        assertThat(q.probabilityWaitExceeds(seconds)).isBetween(0.0, 1.0);
    }
}

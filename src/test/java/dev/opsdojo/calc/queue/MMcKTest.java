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

class MMcKTest {
    /** The closed forms of QUEUEING.md §2, with plain arithmetic (small c and K only). */
    private record Formula(double p0, double pK, double lq, double lambdaEff, double rho, double topTerm) {
        static Formula of(double lambda, double mu, int c, int k) {
            double a = lambda / mu;
            double rho = a / c;
            double term = 1;
            double below = 0;
            for (int n = 0; n < c; n++) {
                below += term;
                term = term * a / (n + 1);
            }
            int m = k - c + 1;
            double geometric = rho == 1 ? m : (1 - Math.pow(rho, m)) / (1 - rho);
            double p0 = 1 / (below + term * geometric);
            double pK = p0 * term * Math.pow(rho, k - c);
            double lq = rho == 1
                    ? p0 * term * (k - c) * (k - c + 1) / 2.0
                    : p0 * term * rho / Math.pow(1 - rho, 2) * (1 - Math.pow(rho, m) - (1 - rho) * m * Math.pow(rho, k - c));
            return new Formula(p0, pK, lq, lambda * (1 - pK), rho, term);
        }
    }

    @ParameterizedTest
    @CsvSource({"7.2, 1, 8, 12", "7.2, 1, 8, 8", "12, 1, 8, 20", "2, 1, 1, 5", "3, 0.5, 4, 30", "1, 2, 3, 3"})
    void blockingAndQueueLengthFollowTheClosedForms(double lambda, double mu, int c, int k) {
        MMcK q = MMcK.of(lambda, mu, c, k);
        Formula f = Formula.of(lambda, mu, c, k);
        assertThat(q.probabilityOfState(0)).isCloseTo(f.p0(), within(1e-12));
        assertThat(q.blockingProbability()).isCloseTo(f.pK(), within(1e-12));
        assertThat(q.meanQueueLength()).isCloseTo(f.lq(), within(1e-10));
        assertThat(q.goodputPerSecond()).isCloseTo(f.lambdaEff(), within(1e-10));
        assertThat(q.meanInSystem()).isCloseTo(f.lq() + f.lambdaEff() / mu, within(1e-10));
    }

    @ParameterizedTest
    @CsvSource({"8, 1, 8, 15", "1, 1, 1, 4", "4, 2, 2, 9"})
    void utilizationOfExactlyOneUsesTheLinearForm(double lambda, double mu, int c, int k) {
        MMcK q = MMcK.of(lambda, mu, c, k);
        Formula f = Formula.of(lambda, mu, c, k);
        assertThat(f.rho()).isEqualTo(1.0);
        assertThat(q.blockingProbability()).isCloseTo(f.pK(), within(1e-12));
        assertThat(q.meanQueueLength()).isCloseTo(f.lq(), within(1e-10));
    }

    @ParameterizedTest
    @CsvSource({"7.2, 8", "20, 10", "0.5, 1", "95, 100"})
    void withNoRoomToWaitBlockingIsErlangB(double a, int c) {
        double b = 1;
        for (int k = 1; k <= c; k++) {
            b = a * b / (k + a * b);
        }
        MMcK loss = MMcK.of(a, 1, c, c);
        assertThat(loss.blockingProbability()).isCloseTo(b, within(1e-12));
        assertThat(loss.meanQueueLength()).isZero();
        assertThat(loss.probabilityAdmittedWaits()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"0.5, 1, 10", "0.9, 1, 3", "1.5, 1, 6"})
    void mm1kBlockingIsTheTruncatedGeometric(double lambda, double mu, int k) {
        double rho = lambda / mu;
        double expected = (1 - rho) * Math.pow(rho, k) / (1 - Math.pow(rho, k + 1));
        assertThat(MMcK.of(lambda, mu, 1, k).blockingProbability()).isCloseTo(expected, within(1e-12));
    }

    @ParameterizedTest
    @CsvSource({"7.2, 1, 8, 12", "12, 1, 8, 20", "3, 0.5, 4, 30"})
    void littlesLawUsesTheAdmittedRate(double lambda, double mu, int c, int k) {
        MMcK q = MMcK.of(lambda, mu, c, k);
        double admitted = lambda * (1 - q.blockingProbability());
        assertThat(q.meanInSystem()).isCloseTo(admitted * q.meanResponseSeconds(), within(1e-10));
        assertThat(q.meanQueueLength()).isCloseTo(admitted * q.meanWaitSeconds(), within(1e-10));
        assertThat(q.utilization()).isCloseTo(admitted / (c * mu), within(1e-12));
        assertThat(q.responseTime().meanSeconds()).isCloseTo(q.meanResponseSeconds(), within(1e-10));
    }

    @Test
    void anAdmittedRequestWaitsWhenItFindsEveryServerBusyButRoomLeft() {
        MMcK q = MMcK.of(7.2, 1, 8, 12);
        Formula f = Formula.of(7.2, 1, 8, 12);
        double waiting = 0;
        for (int n = 8; n < 12; n++) {
            waiting += f.p0() * f.topTerm() * Math.pow(0.9, n - 8);
        }
        assertThat(q.probabilityAdmittedWaits()).isCloseTo(waiting / (1 - f.pK()), within(1e-12));
    }

    @Test
    void aVeryLargeCapacityBehavesLikeTheUnboundedQueue() {
        MMcK bounded = MMcK.of(7.2, 1, 8, 2000);
        MMc open = MMc.of(7.2, 1, 8);
        assertThat(bounded.blockingProbability()).isLessThan(1e-80);
        assertThat(bounded.meanResponseSeconds()).isCloseTo(open.meanResponseSeconds(), within(1e-10));
        assertThat(bounded.responseTime().quantileSeconds(0.99)).isCloseTo(open.responseQuantileSeconds(0.99), within(1e-8));
    }

    @Test
    void heavyOverloadDropsTheExcessAndKeepsTheServersBusy() {
        MMcK q = MMcK.of(1000, 1, 8, 20);
        assertThat(q.offeredUtilization()).isEqualTo(125.0);
        assertThat(q.utilization()).isLessThanOrEqualTo(1).isGreaterThan(0.999);
        assertThat(q.goodputPerSecond()).isCloseTo(8, within(0.01));
        assertThat(q.probabilityAdmittedWaits()).isBetween(0.0, 1.0);
    }

    @Test
    void capacityBelowTheServersIsRejected() {
        assertThatThrownBy(() -> MMcK.of(1, 1, 8, 7)).hasMessageContaining("capacity");
    }

    @Property(tries = 200)
    void moreRoomNeverRaisesBlocking(@ForAll @IntRange(min = 1, max = 50) int servers,
                                     @ForAll @IntRange(min = 0, max = 200) int extraRoom,
                                     @ForAll @DoubleRange(min = 0.05, max = 3) @Scale(4) double rho) {
        double lambda = rho * servers;
        MMcK smaller = MMcK.of(lambda, 1, servers, servers + extraRoom);
        MMcK larger = MMcK.of(lambda, 1, servers, servers + extraRoom + 1);
        assertThat(larger.blockingProbability()).isLessThanOrEqualTo(smaller.blockingProbability() * (1 + 1e-12));
        assertThat(smaller.blockingProbability()).isBetween(0.0, 1.0);
        assertThat(smaller.probabilityAdmittedWaits()).isBetween(0.0, 1.0 + 1e-12);
    }

    @Property(tries = 100)
    void blockingVanishesAsRoomGrowsWhenUtilizationIsBelowOne(@ForAll @IntRange(min = 1, max = 50) int servers,
                                                              @ForAll @DoubleRange(min = 0.05, max = 0.9) @Scale(4) double rho) {
        MMcK q = MMcK.of(rho * servers, 1, servers, servers + 1000);
        assertThat(q.blockingProbability()).isLessThan(1e-40);
    }
}

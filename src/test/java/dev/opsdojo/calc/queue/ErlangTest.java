package dev.opsdojo.calc.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.IntRange;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErlangTest {
    /** aᵏ/k! summed directly: fine for the small c of these tables. */
    private static double[] terms(double a, int c) {
        double[] t = new double[c + 1];
        t[0] = 1;
        for (int k = 1; k <= c; k++) {
            t[k] = t[k - 1] * a / k;
        }
        return t;
    }

    private static double directErlangB(double a, int c) {
        double[] t = terms(a, c);
        double sum = 0;
        for (double x : t) {
            sum += x;
        }
        return t[c] / sum;
    }

    private static double directErlangC(double a, int c) {
        double[] t = terms(a, c);
        double below = 0;
        for (int k = 0; k < c; k++) {
            below += t[k];
        }
        double top = t[c] * c / (c - a);
        return top / (below + top);
    }

    @ParameterizedTest
    @CsvSource({"0.5, 1", "1, 1", "7.2, 8", "2, 5", "10, 12", "25, 30", "3, 3"})
    void erlangBMatchesTheDefinition(double a, int c) {
        assertThat(Erlang.blocking(a, c)).isCloseTo(directErlangB(a, c), within(1e-13));
    }

    @ParameterizedTest
    @CsvSource({"0.5, 1", "7.2, 8", "2, 5", "10, 12", "25, 30", "0.01, 4"})
    void erlangCMatchesTheDirectSum(double a, int c) {
        assertThat(Erlang.waiting(a, c)).isCloseTo(directErlangC(a, c), within(1e-13));
    }

    @ParameterizedTest
    @CsvSource({"0.1", "0.5", "0.9", "0.99"})
    void withOneServerTheChanceOfWaitingIsTheUtilization(double rho) {
        assertThat(Erlang.waiting(rho, 1)).isCloseTo(rho, within(1e-14));
    }

    @Test
    void anOverloadedPoolAlwaysMakesArrivalsWait() {
        assertThat(Erlang.waiting(8, 8)).isEqualTo(1);
        assertThat(Erlang.waiting(9, 8)).isEqualTo(1);
    }

    @Test
    void tenThousandServersGiveFiniteProbabilities() {
        double b = Erlang.blocking(9_950, 10_000);
        double c = Erlang.waiting(9_950, 10_000);
        assertThat(b).isBetween(0.0, 1.0).isPositive();
        assertThat(c).isBetween(b, 1.0);
    }

    @Test
    void negativeLoadIsRejected() {
        assertThatThrownBy(() -> Erlang.blocking(-1, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("offered load");
        assertThatThrownBy(() -> Erlang.blocking(1, 0)).hasMessageContaining("servers");
    }

    @Property(tries = 200)
    void recursionAndLogSpaceAgreeForLargePools(@ForAll @IntRange(min = 50, max = 10_000) int servers,
                                                @ForAll @DoubleRange(min = 0.75, max = 1.3) @Scale(4) double loadPerServer) {
        double a = servers * loadPerServer;
        assertThat(Erlang.blocking(a, servers)).isCloseTo(Erlang.blockingLogSpace(a, servers), Percentage.withPercentage(1e-6));
    }

    @Property(tries = 300)
    void probabilitiesStayBetweenZeroAndOneAndWaitingIsAtLeastBlocking(
            @ForAll @IntRange(min = 1, max = 3000) int servers, @ForAll @DoubleRange(min = 0, max = 0.999) @Scale(4) double rho) {
        double a = rho * servers;
        double b = Erlang.blocking(a, servers);
        double c = Erlang.waiting(a, servers);
        assertThat(b).isBetween(0.0, 1.0);
        assertThat(c).isBetween(0.0, 1.0);
        assertThat(c).isGreaterThanOrEqualTo(b * (1 - 1e-12));
    }

    @Property(tries = 200)
    void moreServersForTheSameLoadNeverRaiseTheChanceOfWaiting(@ForAll @IntRange(min = 1, max = 2000) int servers,
                                                                @ForAll @DoubleRange(min = 0.01, max = 0.999) @Scale(4) double rho) {
        double a = rho * servers;
        assertThat(Erlang.waiting(a, servers + 1)).isLessThanOrEqualTo(Erlang.waiting(a, servers) * (1 + 1e-12));
    }
}

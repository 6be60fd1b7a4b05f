package dev.opsdojo.calc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Groups of parallel replicas chained in series, with independent failures. */
class RedundancyTest {
    private static final double YEAR = 365 * 24 * 3600.0;

    @ParameterizedTest(name = "{0} → {1}% × {2}")
    @CsvSource({"99.9x3, 99.9, 3", "99.99, 99.99, 1", "99.95X2, 99.95, 2", "99.5% x 4, 99.5, 4", "0x1, 0, 1", "100, 100, 1"})
    void aGroupIsAvailabilityTimesReplicas(String text, double percent, int replicas) {
        assertThat(Redundancy.parse(text)).isEqualTo(new Redundancy.Group(percent, replicas));
    }

    @ParameterizedTest
    @ValueSource(strings = {"99.9x0", "x3", "100.5", "99.9x", "abc", "", "-1", "99.9x1001"})
    void aMalformedGroupIsRefused(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Redundancy.parse(text));
    }

    @Test
    void aParallelGroupIsDownOnlyWhenAllReplicasAre() {
        // 1 − (1 − 0.999)^3 = 1 − 10⁻⁹
        assertThat(new Redundancy.Group(99.9, 3).unavailability()).isCloseTo(1e-9, within(1e-22));
    }

    @Test
    void aChainIsTheProductOfItsGroups() {
        Redundancy.Result result = Redundancy.evaluate(List.of(Redundancy.parse("99.99"), Redundancy.parse("99.9x3"),
                Redundancy.parse("99.95x2")));

        double expected = 0.9999 * (1 - 1e-9) * (1 - 0.0005 * 0.0005);
        assertThat(result.availability()).isCloseTo(expected, within(1e-15));
        assertThat(result.unavailability()).isCloseTo(1 - expected, within(1e-15));
        assertThat(result.downtimeSeconds(Nines.Period.YEAR)).isCloseTo((1 - expected) * YEAR, within(1e-6));
        assertThat(result.dominantGroup()).isZero();
    }

    @Test
    void sixNinesTimesThreeDoesNotRoundToOne() {
        Redundancy.Result result = Redundancy.evaluate(List.of(Redundancy.parse("99.9999x3")));

        assertThat(result.unavailability()).isCloseTo(1e-18, within(1e-30));
        assertThat(result.nines()).isCloseTo(18, within(1e-9));
        assertThat(result.availabilityDecimal()).isEqualByComparingTo("0.999999999999999999");
        assertThat(Redundancy.percentText(result.unavailability(), 4)).isEqualTo("99.9999999999999999");
    }

    @Test
    void tinyUnavailabilitiesInSeriesAddUp() {
        // Two groups of 10⁻¹² each: 1 − (1 − 10⁻¹²)² = 2·10⁻¹² − 10⁻²⁴, which naive 1 − a·b loses to rounding.
        Redundancy.Result result = Redundancy.evaluate(List.of(Redundancy.parse("99.9999x2"), Redundancy.parse("99.9999x2")));

        assertThat(result.unavailability()).isCloseTo(2e-12, within(1e-24));
    }

    @Test
    void eachGroupsShareIsItsUnavailabilityOverTheSum() {
        Redundancy.Result result = Redundancy.evaluate(List.of(Redundancy.parse("99.9"), Redundancy.parse("99.7")));

        assertThat(result.groups().get(0).share()).isCloseTo(0.001 / 0.004, within(1e-12));
        assertThat(result.groups().get(1).share()).isCloseTo(0.003 / 0.004, within(1e-12));
        assertThat(result.dominantGroup()).isEqualTo(1);
    }

    @Test
    void oneMoreReplicaMultipliesTheGroupsUnavailabilityByOneReplicas() {
        Redundancy.Result result = Redundancy.evaluate(List.of(Redundancy.parse("99.99"), Redundancy.parse("99x2")));

        Redundancy.GroupResult second = result.groups().get(1);
        assertThat(second.unavailabilityWithOneMore()).isCloseTo(1e-6, within(1e-18));
        assertThat(second.systemUnavailabilityWithOneMore()).isCloseTo(1 - 0.9999 * (1 - 1e-6), within(1e-15));
        assertThat(result.groups().get(0).systemUnavailabilityWithOneMore()).isCloseTo(1 - (1 - 1e-8) * (1 - 1e-4), within(1e-15));
    }

    @Test
    void aChainNeedsAGroup() {
        assertThatIllegalArgumentException().isThrownBy(() -> Redundancy.evaluate(List.of()));
    }

    @Property
    void addingAReplicaNeverLowersAvailability(@ForAll @DoubleRange(min = 50, max = 99.9999) @Scale(4) double percent,
                                               @ForAll @IntRange(min = 1, max = 5) int replicas) {
        Redundancy.Result result = Redundancy.evaluate(List.of(new Redundancy.Group(percent, replicas), Redundancy.parse("99.9")));

        assertThat(result.groups().get(0).systemUnavailabilityWithOneMore()).isLessThanOrEqualTo(result.unavailability());
    }

    @Property
    void aChainIsNoMoreAvailableThanItsWeakestGroup(@ForAll @DoubleRange(min = 90, max = 99.999) @Scale(3) double a,
                                                    @ForAll @DoubleRange(min = 90, max = 99.999) @Scale(3) double b) {
        Redundancy.Result result = Redundancy.evaluate(List.of(new Redundancy.Group(a, 1), new Redundancy.Group(b, 1)));

        assertThat(result.availability()).isLessThanOrEqualTo(Math.min(a, b) / 100 + 1e-15);
        assertThat(result.groups().stream().mapToDouble(Redundancy.GroupResult::share).sum()).isCloseTo(1, within(1e-12));
    }
}

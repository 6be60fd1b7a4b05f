package dev.opsdojo.sim.engine;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BoundsTest {
    private static SimulationConfig.Builder small() {
        return SimulationConfig.builder(Workload.poisson(10), ServiceModel.of(Distribution.constant(0.01)));
    }

    @Test
    void refusesMoreThanTenMillionUsers() {
        assertThatThrownBy(() -> Workload.closed(10_000_001, Distribution.exponential(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("users").hasMessageContaining("10000000");
    }

    @Test
    void refusesMoreThanSevenDays() {
        assertThatThrownBy(() -> small().durationSeconds(7 * 86_400 + 1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("durationSeconds")
                .hasMessageContaining("7 days");
    }

    @Test
    void refusesMoreThanTenThousandPods() {
        assertThatThrownBy(() -> small().pods(10_001, 1, 0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("initialPods")
                .hasMessageContaining("10000");
    }

    @Test
    void refusesAddingPodsBeyondTheLiveLimit() {
        Simulation sim = new Simulation(small().pods(SimulationConfig.MAX_PODS, 1, 0).durationSeconds(1).build());
        assertThatThrownBy(() -> sim.addPod(1, 0, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("live pods");
    }

    @Test
    void refusesAbsurdRates() {
        assertThatThrownBy(() -> Workload.poisson(1e9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("arrival rate");
    }

    @Test
    void refusesToRunBackwards() {
        Simulation sim = new Simulation(small().durationSeconds(10).build());
        sim.advanceTo(5);
        assertThatThrownBy(() -> sim.advanceTo(4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clock");
    }
}

package dev.opsdojo.sim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ThresholdTest {
    @ParameterizedTest(name = "{0} with {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "p(95)<300     | 299.9 | true",
        "p(95)<300     | 300   | false",
        "p(99)<=1000   | 1000  | true",
        "p(99.9) < 2s  | 1999  | true",
        "p(99.9) < 2s  | 2001  | false",
        "avg<200       | 150   | true",
        "max>=10ms     | 9     | false",
        "errors<1%     | 0.009 | true",
        "errors<1%     | 0.01  | false",
        "rate<0.01     | 0.011 | false",
    })
    void judgesTheObservedValue(String expression, double observed, boolean passes) {
        assertThat(Threshold.parse(expression).passes(observed)).isEqualTo(passes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"p95<300", "p(0)<1", "avg<", "errors<1ms", "avg<5%", "latency<300", "p(95)=300"})
    void rejectsExpressionsOutsideTheGrammar(String expression) {
        assertThatThrownBy(() -> Threshold.parse(expression))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(expression);
    }
}

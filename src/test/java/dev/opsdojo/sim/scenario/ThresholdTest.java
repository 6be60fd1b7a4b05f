package dev.opsdojo.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** k6-style thresholds: METRIC OP VALUE, with units that match the metric. */
class ThresholdTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            p(95)<300        | PERCENTILE | 95   | LT | 300
            p(99.9) <= 1s    | PERCENTILE | 99.9 | LE | 1000
            avg<200ms        | AVG        |      | LT | 200
            max < 2000       | MAX        |      | LT | 2000
            errors<1%        | ERRORS     |      | LT | 1
            apdex>=0.9       | APDEX      |      | GE | 0.9
            """)
    void readsMetricComparisonAndValueInTheMetricsUnit(String expression, Threshold.Metric metric, Double percentile,
            Threshold.Comparison comparison, double value) {
        assertThat(Threshold.parse(expression)).isEqualTo(new Threshold(expression, metric, percentile, comparison, value));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"p95<300", "errors<1", "p(0)<3", "p(101)<3", "apdex>2", "latency<3", "p(95)<30%", "p(95)<", "errors<101%"})
    void refusesWrongSyntaxAndUnits(String expression) {
        assertThatThrownBy(() -> Threshold.parse(expression)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(expression);
    }

    @ParameterizedTest(name = "{0} observed {1}")
    @CsvSource({"p(95)<300, 299.9, true", "p(95)<300, 300, false", "errors<=1%, 1, true", "apdex>0.9, 0.9, false"})
    void passesWhenTheObservedValueSatisfiesTheComparison(String expression, double observed, boolean passes) {
        assertThat(Threshold.parse(expression).passes(observed)).isEqualTo(passes);
    }

    @org.junit.jupiter.api.Test
    void aBadThresholdInAScenarioIsNamedByItsIndex() {
        String json = ScenarioParserTest.withKey("slo", "{\"thresholds\": [\"p(95)<300\", \"p95<300\"]}");

        assertThat(ScenarioParserTest.messages(json)).singleElement().asString().startsWith("slo.thresholds[1]: 'p95<300' is not a threshold");
    }
}

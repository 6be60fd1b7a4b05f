package dev.opsdojo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A lesson's widget parameters: sensible values are taken, anything else falls back to the widget's default. */
class WidgetParamsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"8|8", " 12 |12", "0|4", "21|4", "eight|4", "2.5|4", "''|4"})
    void aWholeNumberOutsideItsRangeOrNotANumberGivesTheDefault(String given, int expected) {
        assertThat(WidgetParams.wholeNumber(Map.of("replicas", given), "replicas", 4, 1, 20)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"7.2|7.2", " 3 |3", "-1|1", "abc|1"})
    void textIsKeptStrippedOnlyWhenValid(String given, String expected) {
        assertThat(WidgetParams.text(Map.of("rate", given), "rate", "1", t -> t.matches("\\d+(\\.\\d+)?"))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"replicas, 4", "other, 4"})
    void aMissingParameterGivesTheDefault(String key, int expected) {
        assertThat(WidgetParams.wholeNumber(Map.of(), key, 4, 1, 20)).isEqualTo(expected);
    }
}

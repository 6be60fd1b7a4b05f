package dev.opsdojo.calc.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.ui.I18n;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The rolling update calculator (page) and lesson widget. */
@ExtendWith(ApplicationExtension.class)
class RolloutWidgetTest {
    private final StackPane root = new StackPane();

    @Start
    void start(Stage stage) {
        root.getChildren().setAll(RolloutWidget.createCalculator(new I18n("en")));
        stage.setScene(new Scene(root, 900, 700));
        stage.show();
    }

    private void replace(FxRobot robot, Node node) {
        robot.interact(() -> root.getChildren().setAll(node));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Looks only inside this test's widget (windows of earlier tests may still be around). */
    private <T extends Node> T find(FxRobot robot, String id, Class<T> type) {
        return robot.from(root).lookup(id).queryAs(type);
    }

    private boolean exists(FxRobot robot, String id) {
        return robot.from(root).lookup(id).tryQuery().isPresent();
    }

    private String text(FxRobot robot, String id) {
        return find(robot, id, Label.class).getText();
    }

    private void set(FxRobot robot, String id, String text) {
        robot.interact(() -> find(robot, id, TextField.class).setText(text));
    }

    /** Types into a field with the keyboard, replacing what it held. */
    private void type(FxRobot robot, String id, String text) {
        TextField field = find(robot, id, TextField.class);
        robot.interact(field::requestFocus);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL).write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String column(FxRobot robot, String prefix, int rows) {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            values.append(i == 0 ? "" : " ").append(text(robot, "#" + prefix + i));
        }
        return values.toString();
    }

    @Test
    void typingTenReplicasAtTwentyFivePercentShowsTheRoundingAndTheSteps(FxRobot robot) {
        set(robot, "#rolloutReplicas", "4");
        set(robot, "#rolloutSurge", "1");
        set(robot, "#rolloutUnavailable", "0");
        assertThat(text(robot, "#rolloutSurgeText")).contains("at most 5 pods");

        type(robot, "#rolloutReplicas", "10");
        type(robot, "#rolloutSurge", "25%");
        type(robot, "#rolloutUnavailable", "25%");

        assertThat(text(robot, "#rolloutSurgeText")).isEqualTo("maxSurge 25% of 10 = 2.5 → rounds UP to 3: at most 13 pods");
        assertThat(text(robot, "#rolloutUnavailableText")).isEqualTo("maxUnavailable 25% of 10 = 2.5 → rounds DOWN to 2: at least 8 available");
        assertThat(column(robot, "rolloutOld-", 6)).isEqualTo("10 10 5 5 0 0");
        assertThat(column(robot, "rolloutNew-", 6)).isEqualTo("0 3 3 8 8 10");
        assertThat(column(robot, "rolloutTotal-", 6)).isEqualTo("10 13 8 13 8 10");
        assertThat(text(robot, "#rolloutAvailable-1")).isEqualTo("10  (+3 starting)");
        assertThat(text(robot, "#rolloutAvailable-2")).isEqualTo("8");
        assertThat(exists(robot, "#rolloutTotal-6")).isFalse();
        assertThat(find(robot, "#rolloutError", Label.class).isVisible()).isFalse();
    }

    @Test
    void aCountIsUsedAsWrittenAndAnExactPercentageNeedsNoRounding(FxRobot robot) {
        set(robot, "#rolloutSurge", "1");
        set(robot, "#rolloutUnavailable", "20%");

        assertThat(text(robot, "#rolloutSurgeText")).isEqualTo("maxSurge 1 (a pod count, no rounding): at most 11 pods");
        assertThat(text(robot, "#rolloutUnavailableText")).isEqualTo("maxUnavailable 20% of 10 = 2: at least 8 available");
    }

    @Test
    void whenBothComeToZeroItSaysKubernetesUsesOneUnavailable(FxRobot robot) {
        set(robot, "#rolloutSurge", "0%");
        set(robot, "#rolloutUnavailable", "5%");

        assertThat(text(robot, "#rolloutUnavailableText")).contains("rounds DOWN to 0", "maxUnavailable 1", "at least 9 available");
    }

    @Test
    void aNegativeValueShowsTheReasonAndKeepsTheLastResult(FxRobot robot) {
        type(robot, "#rolloutSurge", "-1");

        Label error = find(robot, "#rolloutError", Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("maxSurge must not be negative (“-1”).");
        assertThat(text(robot, "#rolloutSurgeText")).contains("at most 13 pods");
        assertThat(column(robot, "rolloutTotal-", 6)).isEqualTo("10 13 8 13 8 10");

        type(robot, "#rolloutSurge", "2");
        assertThat(error.isVisible()).isFalse();
        assertThat(text(robot, "#rolloutSurgeText")).contains("at most 12 pods");
    }

    @Test
    void negativeReplicasAndBothZeroAreRefusedWithTheirOwnReasons(FxRobot robot) {
        set(robot, "#rolloutReplicas", "-1");
        assertThat(text(robot, "#rolloutError")).startsWith("replicas must be a whole number from 0 to 100000; “-1” is not.");

        set(robot, "#rolloutReplicas", "10");
        set(robot, "#rolloutSurge", "0");
        set(robot, "#rolloutUnavailable", "0%");
        // The last accepted input was surge 0 with unavailable 25%: that result stays.
        assertThat(text(robot, "#rolloutError")).contains("cannot both be 0");
        assertThat(text(robot, "#rolloutSurgeText")).isEqualTo("maxSurge 0 (a pod count, no rounding): at most 10 pods");
    }

    @Test
    void aLongRolloutListsTheFirstStepsAndSaysHowManyMore(FxRobot robot) {
        set(robot, "#rolloutReplicas", "100");
        set(robot, "#rolloutSurge", "0");
        set(robot, "#rolloutUnavailable", "1");

        // 100 replicas one pod at a time: 200 steps, the table stops after 60 and the chart after 60.
        assertThat(exists(robot, "#rolloutTotal-60")).isTrue();
        assertThat(exists(robot, "#rolloutTotal-61")).isFalse();
        assertThat(text(robot, "#rolloutTableMore")).isEqualTo("… and 140 more steps");
        assertThat(text(robot, "#rolloutChartCapped")).isEqualTo("The chart shows the first 60 of 200 steps.");
    }

    @Test
    void theChartHasABarPerStepAndBothLimitLines(FxRobot robot) {
        Region chart = find(robot, "#rolloutChart", Region.class);
        long oldBars = chart.getChildrenUnmodifiable().stream().filter(n -> n.getStyleClass().contains("rollout-bar-old")).count();
        assertThat(oldBars).isEqualTo(6);
        assertThat(chart.getChildrenUnmodifiable().stream().filter(n -> n.getStyleClass().contains("rollout-line-max")).findFirst())
                .hasValueSatisfying(line -> assertThat(line.isVisible()).isTrue());
        assertThat(text(robot, "#rolloutLegendMax")).isEqualTo("at most 13 pods (replicas + maxSurge)");
        assertThat(text(robot, "#rolloutLegendMin")).isEqualTo("at least 8 available (replicas − maxUnavailable)");
    }

    @Test
    void theLessonWidgetShowsTheStepsAsSequences(FxRobot robot) {
        replace(robot, RolloutWidget.create(Map.of("replicas", "10", "maxSurge", "25%", "maxUnavailable", "25%"), new I18n("en")));

        assertThat(text(robot, "#rolloutTotals")).isEqualTo("Pods in total: 10 → 13 → 8 → 13 → 8 → 10");
        assertThat(text(robot, "#rolloutSequence")).isEqualTo("Pods per step (old + new): 10+0 → 10+3 → 5+3 → 5+8 → 0+8 → 0+10");
        assertThat(exists(robot, "#rolloutTable")).isFalse();
    }

    @Test
    void badLessonParametersGiveTheDefaults(FxRobot robot) {
        replace(robot, RolloutWidget.create(Map.of("replicas", "many", "maxSurge", "-3", "maxUnavailable", "lots"), new I18n("en")));
        assertThat(text(robot, "#rolloutSurgeText")).isEqualTo("maxSurge 25% of 10 = 2.5 → rounds UP to 3: at most 13 pods");

        replace(robot, RolloutWidget.create(Map.of("replicas", "4", "maxSurge", "0", "maxUnavailable", "0"), new I18n("en")));
        assertThat(text(robot, "#rolloutSurgeText")).isEqualTo("maxSurge 25% of 4 = 1: at most 5 pods");
        assertThat(find(robot, "#rolloutError", Label.class).isVisible()).isFalse();
    }

    @Test
    void itSpeaksKorean(FxRobot robot) {
        replace(robot, RolloutWidget.createCalculator(new I18n("ko")));

        assertThat(text(robot, "#rolloutSurgeText")).isEqualTo("maxSurge: 10의 25% = 2.5 → 올림해서 3개: 파드는 최대 13개");
        assertThat(text(robot, "#rolloutUnavailableText")).isEqualTo("maxUnavailable: 10의 25% = 2.5 → 내림해서 2개: 사용 가능한 파드는 최소 8개");
        assertThat(text(robot, "#rolloutStep-0")).isEqualTo("시작");
        set(robot, "#rolloutSurge", "-1");
        assertThat(text(robot, "#rolloutError")).startsWith("maxSurge 값은 음수일 수 없습니다");
    }
}

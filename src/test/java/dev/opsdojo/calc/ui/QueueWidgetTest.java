package dev.opsdojo.calc.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.ui.I18n;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class QueueWidgetTest {
    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(QueueWidget.create(Map.of("servers", "8", "arrival", "7.2", "service", "1"),
                new I18n("en"))), 820, 700));
        stage.show();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static void type(FxRobot robot, String id, String value) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(value));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Erlang C by the direct sum. */
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

    @Test
    void showsTheSharedQueueNumbersAndTheRandomBalancerBesideThem(FxRobot robot) {
        double c = erlangC(7.2, 8);
        assertThat(text(robot, "#queueUtilization")).isEqualTo("90.00%");
        assertThat(robot.lookup("#queueUtilizationBar").queryAs(ProgressBar.class).getProgress()).isEqualTo(0.9, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(text(robot, "#queueWaitProbability")).isEqualTo(String.format(Locale.ROOT, "%.2f%%", c * 100));
        assertThat(text(robot, "#queueMeanResponse")).isEqualTo(String.format(Locale.ROOT, "%.3f s", c / 0.8 + 1));
        assertThat(text(robot, "#queueRandom")).contains("8 separate queues", "10.000 s");
        assertThat(robot.lookup("#queueBlocking").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void moreArrivalsThanTheServersCanFinishIsShownAsUnstable(FxRobot robot) {
        type(robot, "#queueArrival", "8.4");

        Label unstable = robot.lookup("#queueUnstable").queryAs(Label.class);
        assertThat(unstable.isVisible()).isTrue();
        assertThat(unstable.getText()).contains("105.00%", "grows without bound");
        assertThat(text(robot, "#queueMeanResponse")).isEqualTo("∞");
        assertThat(robot.lookup("#queueRandom").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void aCapacityTurnsOverloadIntoErrorsAndGoodput(FxRobot robot) {
        type(robot, "#queueServers", "2");
        type(robot, "#queueArrival", "3");
        type(robot, "#queueCapacity", "4");

        // a = 3, ρ = 1.5: weights 1, 3, 4.5, 6.75, 10.125 for n = 0..4
        double sum = 1 + 3 + 4.5 + 6.75 + 10.125;
        double blocking = 10.125 / sum;
        assertThat(robot.lookup("#queueUnstable").queryAs(Label.class).isVisible()).isFalse();
        assertThat(text(robot, "#queueBlocking")).isEqualTo(String.format(Locale.ROOT, "%.2f%%", blocking * 100));
        assertThat(text(robot, "#queueGoodput")).startsWith(String.format(Locale.ROOT, "%.3f", 3 * (1 - blocking)));
        assertThat(robot.lookup("#queueBlocking").queryAs(Label.class).isVisible()).isTrue();
    }

    @Test
    void invalidInputShowsAMessageAndKeepsTheLastResult(FxRobot robot) {
        String before = text(robot, "#queueMeanResponse");
        type(robot, "#queueServers", "0");

        Label error = robot.lookup("#queueError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("Servers");
        assertThat(text(robot, "#queueMeanResponse")).isEqualTo(before);

        type(robot, "#queueServers", "8");
        assertThat(error.isVisible()).isFalse();
    }

    @Test
    void aCapacityBelowTheServersIsRefused(FxRobot robot) {
        type(robot, "#queueCapacity", "5");
        assertThat(text(robot, "#queueError")).contains("Capacity");
    }

    @Test
    void aBadLessonParameterFallsBackToTheDefault(FxRobot robot) {
        robot.interact(() -> {
            var node = (javafx.scene.Parent) QueueWidget.create(Map.of("servers", "lots", "arrival", "-3"), new I18n("ko"));
            assertThat(node.lookup("#queueServers")).isInstanceOfSatisfying(TextField.class, f -> assertThat(f.getText()).isEqualTo("8"));
            assertThat(node.lookup("#queueArrival")).isInstanceOfSatisfying(TextField.class, f -> assertThat(f.getText()).isEqualTo("7.2"));
            assertThat(node.lookup("#queueError").isVisible()).isFalse();
        });
    }
}

package dev.opsdojo.calc.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.calc.queue.CapacityPlanner;
import dev.opsdojo.ui.I18n;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class CapacityWidgetTest {
    @Start
    void start(Stage stage) {
        ScrollPane scroll = new ScrollPane(CapacityWidget.create(
                Map.of("users", "2000", "think", "2", "service", "0.05", "concurrency", "4", "p95", "0.3"), new I18n("en")));
        stage.setScene(new Scene(scroll, 840, 900));
        stage.show();
    }

    private static Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    private static void awaitAnswer(FxRobot robot, String contains) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> label(robot, "#capacityAnswer").getText().contains(contains) && label(robot, "#capacityStatus").getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void type(FxRobot robot, String id, String value) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(value));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsTheSmallestPodCountAndAChartAroundIt(FxRobot robot) throws Exception {
        int pods = ((CapacityPlanner.Met) CapacityPlanner.plan(new CapacityPlanner.Inputs(2000, 2, 0.05, 4, 0.3))).pods();
        awaitAnswer(robot, pods + " pods");

        assertThat(label(robot, "#capacityAnswer").getText()).contains((pods * 4) + " worker slots");
        assertThat(label(robot, "#capacityOneFewer").getText()).contains((pods - 1) + " pods");
        LineChart<?, ?> chart = robot.lookup("#capacityChart").queryAs(LineChart.class);
        assertThat(chart.getData()).hasSize(3);
        assertThat(chart.getData().get(0).getData().size()).isGreaterThan(3);
        assertThat(chart.getData().get(2).getData()).hasSize(2);
    }

    @Test
    void changingAnInputRecomputesInTheBackground(FxRobot robot) throws Exception {
        int before = ((CapacityPlanner.Met) CapacityPlanner.plan(new CapacityPlanner.Inputs(2000, 2, 0.05, 4, 0.3))).pods();
        awaitAnswer(robot, before + " pods");
        type(robot, "#capacityUsers", "9");
        type(robot, "#capacityUsers", "90");
        type(robot, "#capacityUsers", "4000");

        int after = ((CapacityPlanner.Met) CapacityPlanner.plan(new CapacityPlanner.Inputs(4000, 2, 0.05, 4, 0.3))).pods();
        awaitAnswer(robot, after + " pods");
        assertThat(after).isGreaterThan(before);
    }

    @Test
    void anAbsurdInputShowsAMessageAndKeepsTheLastAnswer(FxRobot robot) throws Exception {
        int pods = ((CapacityPlanner.Met) CapacityPlanner.plan(new CapacityPlanner.Inputs(2000, 2, 0.05, 4, 0.3))).pods();
        awaitAnswer(robot, pods + " pods");
        type(robot, "#capacityUsers", "20000000");

        assertThat(label(robot, "#capacityError").isVisible()).isTrue();
        assertThat(label(robot, "#capacityError").getText()).contains("Users");
        assertThat(label(robot, "#capacityAnswer").getText()).contains(pods + " pods");
    }

    @Test
    void aTargetBelowTheServicesOwnP95IsExplained(FxRobot robot) throws Exception {
        type(robot, "#capacityTarget", "100");
        awaitAnswer(robot, "No pod count");
        assertThat(label(robot, "#capacityAnswer").getText()).contains("ln 20");
    }
}

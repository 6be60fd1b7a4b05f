package dev.opsdojo.calc.controlplane.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.calc.controlplane.Status;
import dev.opsdojo.ui.I18n;
import javafx.scene.Node;
import javafx.scene.Scene;
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

/** The explorer on screen: breaking the scheduler, and stepping through the kubectl apply journey. */
@ExtendWith(ApplicationExtension.class)
class ControlPlaneLabTest {
    private final I18n i18n = new I18n("en");

    @Start
    void start(Stage stage) {
        ScrollPane scroll = new ScrollPane(ControlPlaneLab.create(i18n));
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(scroll, 860, 760));
        stage.show();
    }

    private Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    @Test
    void stoppingTheSchedulerStopsSchedulingButRunningPodsKeepServing(FxRobot robot) {
        robot.clickOn("#cpMode-break");
        robot.clickOn("#cp-SCHEDULER");
        WaitForAsyncUtils.waitForFxEvents();

        Label scheduled = label(robot, "#cpCap-NEW_PODS_SCHEDULED");
        Label serving = label(robot, "#cpCap-RUNNING_PODS_SERVE");
        assertThat(scheduled.getText()).isEqualTo(i18n.get("controlPlane.status.stops"));
        assertThat(scheduled.getUserData()).isEqualTo(Status.STOPS);
        assertThat(serving.getText()).isEqualTo(i18n.get("controlPlane.status.works"));
        assertThat(robot.lookup("#cp-SCHEDULER").queryAs(Node.class).getStyleClass()).contains(ControlPlaneLab.STOPPED);
        assertThat(label(robot, "#cpCapWhy-NEW_PODS_SCHEDULED").getText()).contains("Pending");
    }

    @Test
    void clickingAStoppedComponentAgainStartsIt(FxRobot robot) {
        robot.clickOn("#cpMode-break");
        robot.clickOn("#cp-SCHEDULER");
        robot.clickOn("#cp-SCHEDULER");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(label(robot, "#cpCap-NEW_PODS_SCHEDULED").getUserData()).isEqualTo(Status.WORKS);
    }

    @Test
    void steppingThroughTheJourneyEndsWithTheLastStepHighlighted(FxRobot robot) {
        robot.clickOn("#cpMode-journey");
        for (int i = 0; i < 9; i++) {
            robot.clickOn("#cpStep");
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(label(robot, "#cpStepItem-9").getStyleClass()).contains(ControlPlaneLab.CURRENT_STEP);
        assertThat(label(robot, "#cpStepItem-8").getStyleClass()).doesNotContain(ControlPlaneLab.CURRENT_STEP);
        assertThat(label(robot, "#cpStepCounter").getText()).isEqualTo("Step 9 of 9");
        assertThat(robot.lookup("#cp-KUBE_PROXY-1").queryAs(Node.class).getStyleClass()).contains(ControlPlaneLab.ACTIVE);
        assertThat(robot.lookup("#cpStepSource-url").queryAs(TextField.class).getText()).startsWith("https://kubernetes.io/docs/");
    }

    @Test
    void clickingAComponentInExploreShowsWhatItDoesAndItsSource(FxRobot robot) {
        robot.clickOn("#cp-ETCD");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(label(robot, "#cpDetailName").getText()).isEqualTo("etcd");
        assertThat(label(robot, "#cpDetailText").getText()).contains("key-value");
        assertThat(robot.lookup("#cpDetailSource-url").queryAs(TextField.class).getText())
                .isEqualTo("https://kubernetes.io/docs/concepts/overview/components/");
    }
}

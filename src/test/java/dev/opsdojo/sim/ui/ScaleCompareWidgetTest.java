package dev.opsdojo.sim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.sim.session.Control;
import dev.opsdojo.ui.I18n;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The lesson widget: one preset scaled up and scaled out side by side. */
@ExtendWith(ApplicationExtension.class)
class ScaleCompareWidgetTest {
    private final FakeSessions sessions = new FakeSessions();
    private StackPane host;
    private Node widget;

    @Start
    void start(Stage stage) {
        widget = ScaleCompareWidget.create(Map.of("preset", "flash-sale", "replicas", "4", "cpu", "500", "speed", "50"), new I18n("en"), sessions);
        host = new StackPane(widget);
        stage.setScene(new Scene(host, 860, 420));
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void oneSideGetsOneBigPodAndTheOtherTheSameCpuAsSeveralPods() {
        assertThat(sessions.opened).hasSize(2);
        // 4 × 500m = 2000m in one pod, against 4 pods of 500m; the HPA off so the shapes stay
        assertThat(sessions.opened.get(0).controls).containsExactly(
                new Control.SetHpa(false, 50, 1, 1), new Control.SetPodCpu(2000), new Control.SetReplicas(1));
        assertThat(sessions.opened.get(1).controls).containsExactly(
                new Control.SetHpa(false, 50, 1, 4), new Control.SetPodCpu(500), new Control.SetReplicas(4));
        assertThat(sessions.opened).allSatisfy(s -> assertThat(s.speeds).containsExactly(50.0));
        assertThat(sessions.opened).extracting(s -> s.name).containsOnly("flash-sale");
    }

    @Test
    void playRunsBothAndKillKillsAPodInEach(FxRobot robot) {
        robot.clickOn("#simComparePlay");
        robot.clickOn("#simCompareKill");

        assertThat(sessions.opened).allSatisfy(s -> {
            assertThat(s.playing()).isTrue();
            assertThat(s.controls).endsWith(new Control.KillPod(null));
        });
        assertThat(robot.lookup("#simCompareOut-availability").queryAs(Label.class).getText()).endsWith("%");
    }

    @Test
    void leavingTheSceneClosesBothSessions(FxRobot robot) {
        robot.interact(() -> host.getChildren().clear());

        assertThat(sessions.opened).allSatisfy(s -> assertThat(s.closed()).isTrue());
    }

    @Test
    void aTypoInAParamFallsBackToItsDefault(FxRobot robot) {
        FakeSessions other = new FakeSessions();
        robot.interact(() -> host.getChildren().setAll(ScaleCompareWidget.create(Map.of("replicas", "many"), new I18n("en"), other)));

        // default: the first preset, 4 replicas of 500m
        assertThat(other.opened).extracting(s -> s.name).containsExactly("steady", "steady");
        assertThat(other.opened.get(1).controls).contains(new Control.SetReplicas(4), new Control.SetPodCpu(500));
    }
}

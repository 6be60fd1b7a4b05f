package dev.opsdojo.sim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.sim.session.Control;
import dev.opsdojo.ui.I18n;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The simulator screen against a scripted session: what the learner does reaches the session, and what it reports shows. */
@ExtendWith(ApplicationExtension.class)
class ScaleOutSimulatorPageTest {
    private final FakeSessions sessions = new FakeSessions();
    private ScaleOutSimulatorPage page;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        page = new ScaleOutSimulatorPage(new I18n("en"), sessions);
        Scene scene = new Scene((javafx.scene.Parent) page.view(), 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/dev/opsdojo/css/app.css")).toExternalForm());
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void closePage(FxRobot robot) {
        robot.interact(page::close);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the controls column so the control is in view, then clicks it. */
    private static void clickControl(FxRobot robot, String id) {
        robot.interact(() -> {
            javafx.scene.control.ScrollPane scroll = robot.lookup("#simControlsScroll").queryAs(javafx.scene.control.ScrollPane.class);
            javafx.scene.Node control = robot.lookup(id).query();
            javafx.scene.Node content = scroll.getContent();
            double y = content.sceneToLocal(control.localToScene(0, 0)).getY();
            double room = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 20) / room)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(id);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static List<String> decisionTexts(FxRobot robot) {
        return robot.lookup("#simDecisions .list-cell").queryAllAs(ListCell.class).stream()
                .map(c -> c.getText() == null ? "" : c.getText()).toList();
    }

    @Test
    void theFirstPresetOpensAtStartAndLoadingAnotherClosesIt(FxRobot robot) {
        robot.interact(() -> page.openPreset("flash-sale"));

        assertThat(sessions.opened).extracting(s -> s.name).containsExactly("steady", "flash-sale");
        assertThat(sessions.opened.get(0).closed()).isTrue();
        assertThat(page.session()).isSameAs(sessions.last());
    }

    @Test
    void playingAdvancesTheTotalsAndTheClock(FxRobot robot) throws Exception {
        robot.interact(() -> page.openPreset("flash-sale"));
        String before = text(robot, "#simTotalRequests");

        robot.clickOn("#simPlay");
        waitUntil(() -> !text(robot, "#simTotalRequests").equals(before));

        assertThat(sessions.last().playing()).isTrue();
        assertThat(before).isEqualTo("0");
        assertThat(text(robot, "#simTotalTime")).doesNotStartWith("0:00 /");
    }

    @Test
    void killPodWithNothingSelectedSendsARandomKillAndTheLogExplainsTheReplacement(FxRobot robot) throws Exception {
        clickControl(robot, "#simKillPod");

        assertThat(sessions.last().controls).containsExactly(new Control.KillPod(null));
        // steady: pods web-1 … web-6, so the first ready pod web-1 is replaced by web-7
        waitUntil(() -> decisionTexts(robot).stream()
                .anyMatch(t -> t.contains("ReplicaSet: pod web-1 is gone, so it created web-7 to keep the replica count")));
        assertThat(decisionTexts(robot).get(0)).contains("web-7");
    }

    @Test
    void clickingAPodOnTheCanvasMakesKillPodKillThatPod(FxRobot robot) throws Exception {
        waitUntil(() -> page.cluster().clusterLayout() != null);
        ClusterLayout layout = page.cluster().clusterLayout();
        // steady: node-1 holds web-1, web-2, web-3 in that order; the second pod is web-2
        double s = layout.podSize;
        Point2D onScreen = page.cluster().canvas().localToScreen(layout.podX(0, 1) + s / 2, layout.podY(0, 1) + s / 2);

        robot.clickOn(onScreen);
        clickControl(robot, "#simKillPod");

        assertThat(text(robot, "#simSelection")).contains("web-2").contains("node-1");
        assertThat(sessions.last().controls).containsExactly(new Control.KillPod("web-2"));
    }

    @Test
    void clickingANodeOutsideItsPodsMakesKillNodeKillThatNode(FxRobot robot) throws Exception {
        waitUntil(() -> page.cluster().clusterLayout() != null);
        ClusterLayout layout = page.cluster().clusterLayout();
        Point2D onScreen = page.cluster().canvas().localToScreen(layout.nodeX(1) + layout.nodeWidth - 3, layout.nodeY(1) + layout.nodeHeight - 3);

        robot.clickOn(onScreen);
        clickControl(robot, "#simKillNode");

        assertThat(sessions.last().controls).containsExactly(new Control.KillNode("node-2"));
    }

    @Test
    void speedSliderAtItsEndSendsOneThousandTimes(FxRobot robot) {
        robot.clickOn("#simSpeed").type(KeyCode.END);

        FakeSession session = sessions.last();
        assertThat(session.speeds).isNotEmpty();
        assertThat(session.speeds.get(session.speeds.size() - 1)).isEqualTo(1000.0);
        assertThat(text(robot, "#simSpeedValue")).isEqualTo("1000×");
    }

    @Test
    void f12TogglesTheDebugOverlayWithFrameTimeAndSimulatedEvents(FxRobot robot) throws Exception {
        Label overlay = robot.lookup("#simDebugOverlay").queryAs(Label.class);
        assertThat(overlay.isVisible()).isFalse();

        robot.type(KeyCode.F12);
        waitUntil(() -> overlay.getText().contains("123,456"));
        assertThat(overlay.isVisible()).isTrue();
        assertThat(overlay.getText()).contains("ms");

        robot.type(KeyCode.F12);
        assertThat(overlay.isVisible()).isFalse();
    }

    @Test
    void saveWritesTheSessionsScenarioJsonToTheChosenFile(FxRobot robot) throws Exception {
        Path file = dir.resolve("my-setup.json");
        Files.writeString(file, "old");
        page.chooseFilesWith(null, () -> file);

        robot.clickOn("#simSave");

        assertThat(Files.readString(file)).isEqualTo(sessions.last().scenarioJson());
        assertThat(text(robot, "#simMessage")).contains("my-setup.json");
        try (var left = Files.list(dir)) {
            assertThat(left).containsExactly(file);
        }
    }

    @Test
    void aScenarioFileThatFailsToLoadShowsTheReasonAndKeepsTheSession(FxRobot robot) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"bad\": 1}");
        page.chooseFilesWith(() -> file, null);
        FakeSession before = sessions.last();

        robot.clickOn("#simOpen");

        assertThat(robot.lookup("#simMessage").queryAs(Label.class).isVisible()).isTrue();
        assertThat(text(robot, "#simMessage")).contains("broken.json").contains("unknown key");
        assertThat(page.session()).isSameAs(before);
        assertThat(before.closed()).isFalse();
    }

    @Test
    void aPresetThatCannotStartShowsTheReason(FxRobot robot) {
        robot.interact(() -> page.openPreset("broken"));

        assertThat(text(robot, "#simMessage")).contains("replicas must be at least 1");
    }

    @Test
    void turningHpaOnSendsTheScenariosTargetAndLimits(FxRobot robot) {
        // the fake's scenario: hpa off, target 60 %, min 2, max 12
        clickControl(robot, "#simHpaEnabled");

        assertThat(sessions.last().controls).containsExactly(new Control.SetHpa(true, 60, 2, 12));
    }

    @Test
    void aClosedWorkloadScenarioEnablesUsersAndDisablesRate(FxRobot robot) {
        assertThat(robot.lookup("#simUsers").queryAs(Slider.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#simRate").queryAs(Slider.class).isDisabled()).isTrue();
        assertThat(text(robot, "#simUsersValue")).isEqualTo("800");
    }

    @Test
    void stepAdvancesByTheChosenStepSize(FxRobot robot) {
        robot.interact(() -> robot.lookup("#simStepSize").queryComboBox().getSelectionModel().select(Integer.valueOf(10)));

        robot.clickOn("#simStep");

        assertThat(sessions.last().steps).containsExactly(10.0);
    }

    @Test
    void closingTheScreenClosesTheSession(FxRobot robot) {
        robot.interact(page::close);

        assertThat(sessions.last().closed()).isTrue();
    }

    @Test
    void chartsRepaintOnlyWhenTheTimelineGrows(FxRobot robot) throws Exception {
        TimelineChart chart = page.charts().get(0);
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        int paused = chart.redraws();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(chart.redraws()).isEqualTo(paused);

        robot.clickOn("#simStep");
        waitUntil(() -> chart.redraws() > paused);
    }

    @Test
    void spaceOnTheClusterTogglesPlay(FxRobot robot) throws Exception {
        waitUntil(() -> page.cluster().clusterLayout() != null);
        ClusterLayout layout = page.cluster().clusterLayout();
        // below the last node row: empty canvas, so the click only focuses it
        robot.clickOn(page.cluster().canvas().localToScreen(5, layout.height + 20));

        robot.type(KeyCode.SPACE);
        assertThat(sessions.last().playing()).isTrue();

        robot.type(KeyCode.SPACE);
        assertThat(sessions.last().playing()).isFalse();
    }
}

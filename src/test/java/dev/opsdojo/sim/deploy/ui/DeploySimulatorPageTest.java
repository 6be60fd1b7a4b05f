package dev.opsdojo.sim.deploy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.sim.deploy.DeployMessage;
import dev.opsdojo.sim.deploy.DeployPresets;
import dev.opsdojo.sim.deploy.DeployResult;
import dev.opsdojo.sim.deploy.Fault;
import dev.opsdojo.sim.deploy.Strategy;
import dev.opsdojo.sim.deploy.manifest.Manifests;
import dev.opsdojo.ui.I18n;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The deployment screen on its own: setup changes restart the run, refused values are explained, actions reach the run. */
@ExtendWith(ApplicationExtension.class)
class DeploySimulatorPageTest {
    private DeploySimulatorPage page;

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        page = new DeploySimulatorPage(new I18n("en"), s -> Manifests.combined(Manifests.of(s)),
                new DeployPresets(List.of(Path.of("content", "scenarios"))));
        Scene scene = new Scene((javafx.scene.Parent) page.view(), 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/dev/opsdojo/css/app.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closePage(FxRobot robot) {
        robot.interact(page::close);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }

    @Test
    void changingTheReplicasRestartsTheRunAndSaysSo(FxRobot robot) throws Exception {
        robot.interact(() -> page.session().step(20));
        waitUntil(() -> page.frame().state().timeSeconds() >= 20);
        var before = page.session();

        robot.interact(() -> robot.lookup("#deployReplicas").queryAs(Spinner.class).getValueFactory().setValue(4));

        assertThat(page.session()).isNotSameAs(before);
        assertThat(page.scenario().deployment().replicas()).isEqualTo(4);
        assertThat(page.frame().state().timeSeconds()).isZero();
        assertThat(robot.lookup("#deployMessage").queryAs(Label.class).getText()).isEqualTo("The setup changed, so the run started again from 0:00.");
    }

    @Test
    void aRefusedRollingOptionIsExplainedAndTheControlPutBack(FxRobot robot) {
        robot.interact(() -> robot.lookup("#deployMaxUnavailable").queryAs(ComboBox.class).setValue("0"));
        robot.interact(() -> robot.lookup("#deployMaxSurge").queryAs(ComboBox.class).setValue("0"));

        assertThat(robot.lookup("#deployMessage").queryAs(Label.class).getText()).startsWith("Not allowed:");
        assertThat(robot.lookup("#deployMaxSurge").queryAs(ComboBox.class).getValue()).isEqualTo("25%");
    }

    @Test
    void startReleasesAtOnceAndUndoRollsBackToTheChosenRevision(FxRobot robot) throws Exception {
        robot.interact(() -> page.session().setSpeed(1));
        robot.clickOn("#deployStart");
        robot.interact(() -> page.session().step(60));
        waitUntil(() -> page.frame().result().outcome() == DeployResult.Outcome.COMPLETED);
        assertThat(page.session().playing()).isFalse();
        waitUntil(() -> !robot.lookup("#deployUndo").queryAs(Button.class).isDisabled());
        assertThat(robot.lookup("#deployUndoRevision").queryComboBox().getValue()).isEqualTo(1);

        robot.clickOn("#deployUndo");
        robot.interact(() -> page.session().step(60));
        waitUntil(() -> page.frame().result().outcome() == DeployResult.Outcome.ROLLED_BACK);
        assertThat(page.frame().state().events()).extracting(DeployMessage::kind).contains(DeployMessage.Kind.UNDO,
                DeployMessage.Kind.ROLLBACK_COMPLETE);
        assertThat(robot.lookup("#deployOutcome").queryAs(Label.class).getText()).isEqualTo("Rolled back");
    }

    @Test
    void theManifestsAreSavedToTheChosenFile(FxRobot robot) throws Exception {
        Path file = dir.resolve("shop.yaml");
        robot.interact(() -> {
            page.manifests().chooseFileWith(() -> file);
            page.showView("manifests");
        });
        robot.clickOn("#deployManifestsSave");
        assertThat(Files.readString(file)).isEqualTo(page.manifests().text()).contains("kind: Deployment").contains("maxSurge:");
        assertThat(robot.lookup("#deployManifestsStatus").queryAs(Label.class).getText()).isEqualTo("Saved shop.yaml.");
    }

    @Test
    void choosingAPresetLoadsItsStrategyReleaseAndFaultInANewRun(FxRobot robot) throws Exception {
        ComboBox<String> presets = robot.lookup("#deployPreset").queryComboBox();
        assertThat(presets.getItems()).startsWith(DeploySimulatorPage.DEFAULT_PRESET, "deploy-rolling").contains("deploy-canary-bad");
        assertThat(presets.getConverter().toString("deploy-canary-bad")).isEqualTo("Canary: analysis catches a bad release");
        robot.interact(() -> page.session().step(20));
        waitUntil(() -> page.frame().state().timeSeconds() >= 20);
        var before = page.session();

        robot.interact(() -> presets.setValue("deploy-canary-bad"));

        assertThat(page.session()).isNotSameAs(before);
        assertThat(page.frame().state().timeSeconds()).isZero();
        assertThat(page.strategy()).isEqualTo("canary");
        assertThat(robot.lookup("#deployStrategy-canary").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(page.scenario().deployment().release().fault().kind()).isEqualTo(Fault.Kind.ERRORS);
        assertThat(robot.lookup("#deployBreak").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#deployFault").queryComboBox().getValue()).isEqualTo(Fault.Kind.ERRORS);
        assertThat(page.scenario().deployment().releaseAtSeconds()).isEqualTo(60.0);
        assertThat(robot.lookup("#deployReplicas").queryAs(Spinner.class).getValue()).isEqualTo(10);
        assertThat(robot.lookup("#deployAnalysis").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();

        robot.interact(() -> presets.setValue(DeploySimulatorPage.DEFAULT_PRESET));
        assertThat(page.strategy()).isEqualTo("canary");
        assertThat(page.scenario().deployment().release().fault().bad()).isFalse();
        assertThat(robot.lookup("#deployBreak").queryAs(ToggleButton.class).isSelected()).isFalse();
    }

    @Test
    void aBrokenFileListsEveryProblemWithLineColumnAndKeyAndKeepsTheRun(FxRobot robot) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, Files.readString(Path.of("content", "scenarios", "deploy-canary-bad.json"))
                .replace("\"replicas\": 10,\n    \"stable\"", "\"replicas\": -3,\n    \"stable\"")
                .replace("\"trafficRouting\": \"weighted\"", "\"trafficRouting\": \"sideways\""));
        robot.interact(() -> page.session().step(20));
        waitUntil(() -> page.frame().state().timeSeconds() >= 20);
        var session = page.session();
        var scenario = page.scenario();
        robot.interact(() -> page.chooseFilesWith(() -> file, () -> null));

        robot.clickOn("#deployOpen");

        String text = robot.lookup("#deployMessage").queryAs(Label.class).getText();
        assertThat(text).startsWith("Could not open broken.json; the run is unchanged.")
                .contains("broken.json:13:17: deployment.replicas: ")
                .contains("broken.json:16:").contains("deployment.strategy.trafficRouting");
        assertThat(robot.lookup("#deployMessage").queryAs(Label.class).isVisible()).isTrue();
        assertThat(page.session()).isSameAs(session);
        assertThat(page.scenario()).isSameAs(scenario);
        assertThat(page.frame().state().timeSeconds()).isGreaterThanOrEqualTo(20);
        assertThat(page.presetShown()).isEqualTo(DeploySimulatorPage.DEFAULT_PRESET);
    }

    @Test
    void savingThenOpeningRoundTripsTheSetupOnScreenWithTheBreakSwitch(FxRobot robot) throws Exception {
        Path file = dir.resolve("mine.json");
        robot.interact(() -> {
            page.chooseFilesWith(() -> file, () -> file);
            page.openPreset("deploy-canary-bad");
            robot.lookup("#deployReplicas").queryAs(Spinner.class).getValueFactory().setValue(6);
            robot.lookup("#deployFault").queryComboBox().setValue(Fault.Kind.SLOW);
        });
        var saved = page.scenario();

        robot.clickOn("#deploySave");
        assertThat(robot.lookup("#deployMessage").queryAs(Label.class).getText()).isEqualTo("Saved the current setup to mine.json.");
        robot.interact(() -> page.openPreset("deploy-rolling"));
        assertThat(page.strategy()).isEqualTo("rolling");
        robot.clickOn("#deployOpen");

        assertThat(robot.lookup("#deployMessage").queryAs(Label.class).getText()).isEqualTo("Opened mine.json.");
        assertThat(page.strategy()).isEqualTo("canary");
        assertThat(page.scenario().deployment().replicas()).isEqualTo(6);
        assertThat(page.scenario().deployment().release().fault()).isEqualTo(Fault.typical(Fault.Kind.SLOW));
        assertThat(page.scenario().deployment().strategy()).isEqualTo(saved.deployment().strategy());
        assertThat(page.scenario().deployment().actions()).isEqualTo(saved.deployment().actions());
        assertThat(page.scenario().base()).isEqualTo(saved.base());
        assertThat(robot.lookup("#deployBreak").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#deployFault").queryComboBox().getValue()).isEqualTo(Fault.Kind.SLOW);
        assertThat(page.presetShown()).isNull();
        assertThat(((Strategy.Canary) page.scenario().deployment().strategy()).analysis()).isNotNull();
    }
}

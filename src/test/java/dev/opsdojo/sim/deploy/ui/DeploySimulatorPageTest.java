package dev.opsdojo.sim.deploy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.sim.deploy.DeployMessage;
import dev.opsdojo.sim.deploy.DeployResult;
import dev.opsdojo.sim.deploy.manifest.Manifests;
import dev.opsdojo.ui.I18n;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
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
        page = new DeploySimulatorPage(new I18n("en"), s -> Manifests.combined(Manifests.of(s)));
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
}

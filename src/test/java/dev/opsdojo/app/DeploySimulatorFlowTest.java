package dev.opsdojo.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.sim.deploy.DeployCompare;
import dev.opsdojo.sim.deploy.DeployMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The deployment-strategy simulator in the real app (headless), driven as a learner would. */
@Tag("ui")
class DeploySimulatorFlowTest extends FxRobot {
    @TempDir
    Path dataDir;

    private OpsDojoApp app;

    private void launchInEnglish() throws Exception {
        Files.writeString(dataDir.resolve(ShellSettings.FILE), "{\"language\":\"en\"}");
        OpsDojoApp.configure(new AppContext(dataDir, Optional.empty()));
        Stage stage = FxToolkit.registerPrimaryStage();
        app = (OpsDojoApp) FxToolkit.setupApplication(OpsDojoApp::new);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private void waitUntil(BooleanSupplier condition, int seconds) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    private void press(String id) {
        interact(() -> lookup(id).queryAs(javafx.scene.control.ButtonBase.class).fire());
    }

    private String text(String id) {
        return lookup(id).queryAs(Label.class).getText();
    }

    private boolean selected(String id) {
        return lookup(id).queryAs(ToggleButton.class).isSelected();
    }

    /** A ReplicaSet row as the learner reads it: role, counts and traffic labels. */
    private record Row(String role, String counts, String traffic) {
    }

    private List<Row> rows() {
        return lookup(".deploy-rs-row").queryAll().stream().map(row -> new Row(
                from(row).lookup(".deploy-rs-role").queryAs(Label.class).getText(),
                from(row).lookup(".deploy-rs-counts").queryAs(Label.class).getText(),
                from(row).lookup(".deploy-rs-traffic").queryAs(Label.class).getText())).toList();
    }

    private Row row(String role) {
        return rows().stream().filter(r -> r.role().equals(role)).findFirst().orElseThrow(() -> new AssertionError("no " + role + " in " + rows()));
    }

    @SuppressWarnings("unchecked")
    private ListView<DeployMessage> log() {
        return lookup("#deployLog").queryAs(ListView.class);
    }

    @Test
    void aBrokenCanaryIsAbortedByItsAnalysisAndEveryRequestGoesBackToStable() throws Exception {
        launchInEnglish();
        interact(() -> app.shell().openLink("sim:deploy?strategy=canary"));
        assertThat(selected("#deployStrategy-canary")).isTrue();
        interact(() -> lookup("#deployFault").queryAs(ComboBox.class).setValue(dev.opsdojo.sim.deploy.Fault.Kind.ERRORS));
        clickOn("#deployBreak");
        interact(() -> lookup("#deploySpeed").queryAs(Slider.class).setValue(1));
        // The scenario releases v2 at 0:30; letting time run fast is "start, run fast".
        press("#deployPlay");

        waitUntil(() -> text("#deployOutcome").equals("Aborted") && row("Canary").counts().equals("spec 0 · ready 0 · available 0"), 30);
        press("#deployPlay");

        assertThat(log().getItems()).extracting(DeployMessage::kind).contains(DeployMessage.Kind.ABORTED_BY_ANALYSIS);
        waitUntil(() -> lookup("#deployLog .list-cell").queryAllAs(ListCell.class).stream()
                .anyMatch(c -> c.getText() != null && c.getText().contains("Analysis failed: rollout aborted. All traffic goes back to v1")), 10);
        assertThat(row("Stable").traffic()).isEqualTo("100% of traffic");
        assertThat(row("Canary").traffic()).isEqualTo("0% of traffic");
        assertThat(text("#deployStepText")).startsWith("Aborted: all traffic on v1.");
        assertThat(lookup("#deployAbort").queryButton().isDisabled()).isTrue();
    }

    @Test
    void aBlueGreenLinkOpensTheDeploymentSimulatorWithBlueGreenChosen() throws Exception {
        launchInEnglish();
        interact(() -> app.shell().openLink("sim:deploy?strategy=blue-green"));
        assertThat(lookup("#deployPage").tryQuery()).isPresent();
        assertThat(selected("#nav-simulators")).isTrue();
        assertThat(selected("#simKind-deploy")).isTrue();
        assertThat(selected("#deployStrategy-blue-green")).isTrue();
        assertThat(lookup("#deployAutoPromote").tryQuery().map(Node::isVisible)).contains(true);
        waitUntil(() -> !rows().isEmpty(), 5);
        assertThat(rows()).extracting(Row::role).containsExactly("Blue · active");
        assertThat(lookup("#messageBar").query().isVisible()).isFalse();
    }

    @Test
    void theComparisonFillsItsTableWithEveryStrategy() throws Exception {
        launchInEnglish();
        interact(() -> app.shell().openLink("sim:deploy?strategy=rolling"));
        clickOn("#deployView-compare");
        @SuppressWarnings("unchecked")
        TableView<DeployCompare.Run> table = lookup("#deployCompareTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 4, 60);
        assertThat(table.getColumns().get(0).getCellData(0)).isEqualTo("Rolling update");
        assertThat(table.getItems()).extracting(r -> r.strategy().json()).containsExactly("rolling", "recreate", "blue-green", "canary");
        assertThat(table.getColumns().get(1).getCellData(1)).isEqualTo("Completed");
        assertThat(lookup("#deployCompareProgress").query().isVisible()).isFalse();
        assertThat(lookup("#deployToolbar").query().isVisible()).isFalse();
    }

    @Test
    void theManifestsViewShowsTheSetupAsYaml() throws Exception {
        launchInEnglish();
        interact(() -> app.shell().openLink("sim:deploy?strategy=canary"));
        clickOn("#deployView-manifests");
        String yaml = lookup("#deployManifests").queryAs(TextArea.class).getText();
        assertThat(yaml).contains("kind: Rollout").contains("setWeight: 10");
    }

    @Test
    void theSwitchGoesBackToTheScaleOutSimulatorAndTheChoiceIsRemembered() throws Exception {
        launchInEnglish();
        clickOn("#nav-simulators");
        assertThat(lookup("#simPage").tryQuery()).isPresent();
        clickOn("#simKind-deploy");
        assertThat(lookup("#deployPage").tryQuery()).isPresent();
        assertThat(lookup("#simPage").tryQuery()).isEmpty();
        clickOn("#nav-lessons");
        clickOn("#nav-simulators");
        assertThat(lookup("#deployPage").tryQuery()).isPresent();
        clickOn("#simKind-scale-out");
        assertThat(lookup("#simPage").tryQuery()).isPresent();
        assertThat(lookup("#simPreset").queryComboBox().getItems()).isNotEmpty();
    }
}

package dev.opsdojo.calc.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.calc.hpa.PodState;
import dev.opsdojo.ui.I18n;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The HPA widget: the short form with its formula, and the per-pod algorithm with its steps. */
@ExtendWith(ApplicationExtension.class)
class HpaWidgetTest {
    private final StackPane root = new StackPane();

    @Start
    void start(Stage stage) {
        root.getChildren().setAll(HpaWidget.create(Map.of("replicas", "4", "current", "90", "target", "50"), new I18n("en")));
        stage.setScene(new Scene(root, 850, 900));
        stage.show();
    }

    private void replace(FxRobot robot, Node node) {
        robot.interact(() -> root.getChildren().setAll(node));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static List<String> steps(FxRobot robot) {
        VBox steps = robot.lookup("#hpaSteps").queryAs(VBox.class);
        return steps.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void theShortFormShowsTheFormulaWithTheRealNumbers(FxRobot robot) {
        assertThat(text(robot, "#hpaDesired")).isEqualTo("8");
        assertThat(text(robot, "#hpaFormula")).isEqualTo("ceil(4 × 90 / 50) = ceil(7.2) = 8");
    }

    @Test
    void editingAnInputRecomputesLive(FxRobot robot) {
        @SuppressWarnings("unchecked")
        Spinner<Integer> target = robot.lookup("#hpaTarget").queryAs(Spinner.class);

        robot.interact(() -> target.getEditor().setText("60"));

        // ceil(4 × 90 / 60) = ceil(6) = 6
        assertThat(text(robot, "#hpaDesired")).isEqualTo("6");
        assertThat(text(robot, "#hpaFormula")).isEqualTo("ceil(4 × 90 / 60) = ceil(6) = 6");
    }

    @Test
    void maxClampsAndSaysSo(FxRobot robot) {
        replace(robot, HpaWidget.create(Map.of("replicas", "4", "current", "90", "target", "50", "max", "6"), new I18n("en")));

        assertThat(text(robot, "#hpaDesired")).isEqualTo("6");
        assertThat(text(robot, "#hpaClamp")).contains("8 is above max replicas: clamped to 6");
    }

    @Test
    void insideTheToleranceTheCountStays(FxRobot robot) {
        replace(robot, HpaWidget.create(Map.of("replicas", "4", "current", "54", "target", "50"), new I18n("en")));

        assertThat(text(robot, "#hpaDesired")).isEqualTo("4");
        assertThat(text(robot, "#hpaFormula")).contains("within [0.9, 1.1]");
    }

    @Test
    void anInvalidInputShowsAMessageAndKeepsTheLastResult(FxRobot robot) {
        @SuppressWarnings("unchecked")
        Spinner<Integer> current = robot.lookup("#hpaCurrent").queryAs(Spinner.class);

        robot.interact(() -> current.getEditor().setText("ninety"));

        assertThat(robot.lookup("#hpaError").queryAs(Label.class).isVisible()).isTrue();
        assertThat(text(robot, "#hpaDesired")).isEqualTo("8");
    }

    @Test
    void theAdvancedPartRunsTheFullAlgorithmOnThePods(FxRobot robot) {
        robot.interact(() -> robot.lookup("#hpaAdvanced").queryAs(TitledPane.class).setExpanded(true));

        // Default pods: ready 900/1000 and 700/1000 → 80%; scaling up, the unready and the missing pod count at 0%:
        // 1600/4000 = 40% → 0.8, which flips the direction, so 4 stay.
        assertThat(text(robot, "#hpaPodDesired")).contains("Desired 4 replicas", "80%");
        assertThat(steps(robot)).anyMatch(s -> s.contains("the direction would flip"));
    }

    @Test
    void editingAPodRecomputesTheSteps(FxRobot robot) {
        robot.interact(() -> {
            robot.lookup("#hpaAdvanced").queryAs(TitledPane.class).setExpanded(true);
            @SuppressWarnings("unchecked")
            ComboBox<PodState> state = robot.lookup("#hpaPodState-2").queryAs(ComboBox.class);
            state.setValue(PodState.FAILED);
            robot.lookup("#hpaPodUsage-3").queryAs(TextField.class).setText("800");
        });

        // Now three ready pods 900 + 700 + 800 of 3000 = 80% of 50 → ceil(1.6 × 3) = 5.
        assertThat(text(robot, "#hpaPodDesired")).contains("Desired 5 replicas");
        assertThat(steps(robot)).anyMatch(s -> s.contains("Desired = ceil(ratio 1.6 × ready pods 3) = ceil(4.8) = 5."));
    }

    @Test
    void aBadPodValueShowsAMessage(FxRobot robot) {
        robot.interact(() -> robot.lookup("#hpaPodRequest-0").queryAs(TextField.class).setText("lots"));

        assertThat(robot.lookup("#hpaPodError").queryAs(Label.class).isVisible()).isTrue();
        assertThat(text(robot, "#hpaPodError")).contains("Pod 1");
    }

    @Test
    void aBadParameterStillGivesAWorkingWidgetAtTheDefault(FxRobot robot) {
        replace(robot, HpaWidget.create(Map.of("replicas", "many", "target", "0"), new I18n("en")));

        assertThat(text(robot, "#hpaDesired")).isEqualTo("8");
    }

    @Test
    void itSpeaksKoreanIncludingTheControllerNote(FxRobot robot) {
        replace(robot, HpaWidget.create(Map.of(), new I18n("ko")));

        assertThat(text(robot, "#hpaNote")).contains("15초", "5분");
        robot.interact(() -> robot.lookup("#hpaAdvanced").queryAs(TitledPane.class).setExpanded(true));
        assertThat(steps(robot)).anyMatch(s -> s.contains("방향이 뒤집히므로"));
        assertThat(steps(robot)).noneMatch(s -> s.contains("!hpa."));
    }
}

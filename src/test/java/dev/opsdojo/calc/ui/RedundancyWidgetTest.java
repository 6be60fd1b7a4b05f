package dev.opsdojo.calc.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.ui.I18n;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The redundancy widget recomputes as groups are edited, added and removed. */
@ExtendWith(ApplicationExtension.class)
class RedundancyWidgetTest {
    private final StackPane root = new StackPane();

    @Start
    void start(Stage stage) {
        root.getChildren().setAll(RedundancyWidget.create(Map.of("groups", "99.99,99.9x3,99.95x2"), new I18n("en")));
        stage.setScene(new Scene(root, 850, 800));
        stage.show();
    }

    private void replace(FxRobot robot, Node node) {
        robot.interact(() -> root.getChildren().setAll(node));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void theIssuesExampleShowsTheTotalAndTheDominantGroup(FxRobot robot) {
        // 0.9999 × (1 − 10⁻⁹) × (1 − 2.5·10⁻⁷): unavailability 1.00251·10⁻⁴ → 99.98997% to four significant digits.
        assertThat(text(robot, "#redundancyTotal")).isEqualTo("99.98997%");
        assertThat(text(robot, "#redundancyDominant")).contains("Group 1", "99.99");
        assertThat(robot.lookup("#redundancyGroup-0").query().getStyleClass()).contains("redundancy-dominant");
        assertThat(robot.lookup("#redundancyGroup-1").query().getStyleClass()).doesNotContain("redundancy-dominant");
        assertThat(text(robot, "#redundancyShare-0")).isEqualTo("99.7% of downtime");
    }

    @Test
    void typingAReplicaCountRecomputesLive(FxRobot robot) {
        @SuppressWarnings("unchecked")
        Spinner<Integer> replicas = robot.lookup("#redundancyReplicas-0").queryAs(Spinner.class);

        robot.interact(() -> replicas.getEditor().setText("2"));

        // Group 1 now 10⁻⁸; the sum is 10⁻⁸ + 10⁻⁹ + 2.5·10⁻⁷ = 2.61·10⁻⁷ → group 3 dominates.
        assertThat(text(robot, "#redundancyTotal")).isEqualTo("99.9999739%");
        assertThat(text(robot, "#redundancyDominant")).contains("Group 3");
    }

    @Test
    void theOneMoreReplicaHintShowsTheNewTotal(FxRobot robot) {
        assertThat(text(robot, "#redundancyOneMore-0")).contains("99.9999739%");
    }

    @Test
    void anInvalidAvailabilityShowsAMessageAndKeepsTheLastResult(FxRobot robot) {
        @SuppressWarnings("unchecked")
        Spinner<Double> availability = robot.lookup("#redundancyAvailability-1").queryAs(Spinner.class);

        robot.interact(() -> availability.getEditor().setText("100.5"));

        assertThat(robot.lookup("#redundancyError").queryAs(Label.class).isVisible()).isTrue();
        assertThat(text(robot, "#redundancyError")).contains("Group 2");
        assertThat(text(robot, "#redundancyTotal")).isEqualTo("99.98997%");
    }

    @Test
    void groupsCanBeAddedAndRemoved(FxRobot robot) {
        robot.clickOn("#redundancyRemove-0");

        // Without the 99.99 group: 10⁻⁹ + 2.5·10⁻⁷ → 99.999975% (to four significant digits of the unavailability).
        assertThat(text(robot, "#redundancyTotal")).isEqualTo("99.9999749%");
        robot.clickOn("#redundancyAdd");
        assertThat(robot.lookup("#redundancyGroup-2").tryQuery()).isPresent();
    }

    @Test
    void aBadParameterStillGivesAWorkingWidgetAtTheDefault(FxRobot robot) {
        replace(robot, RedundancyWidget.create(Map.of("groups", "99.9x0"), new I18n("en")));

        assertThat(text(robot, "#redundancyTotal")).isEqualTo("99.98997%");
    }

    @Test
    void itSpeaksKorean(FxRobot robot) {
        replace(robot, RedundancyWidget.create(Map.of(), new I18n("ko")));

        assertThat(text(robot, "#redundancyDominant")).contains("그룹 1");
        assertThat(text(robot, "#redundancyDowntimeYear")).startsWith("연간");
    }
}

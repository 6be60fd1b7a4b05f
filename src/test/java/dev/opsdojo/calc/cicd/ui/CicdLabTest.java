package dev.opsdojo.calc.cicd.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.calc.cicd.CicdTexts;
import dev.opsdojo.calc.cicd.PipelineStage;
import dev.opsdojo.calc.cicd.WorkflowCheck;
import dev.opsdojo.calc.cicd.WorkflowGenerator;
import dev.opsdojo.calc.cicd.WorkflowOptions;
import dev.opsdojo.calc.iam.IamMessage;
import dev.opsdojo.ui.I18n;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The lab driven as a learner would: stages, generator, workflow check and the IAM checker. */
@ExtendWith(ApplicationExtension.class)
class CicdLabTest {
    private static final String DENY_PUT_IMAGE = """
            {"Version":"2012-10-17","Statement":[
             {"Effect":"Allow","Action":["ecr:CompleteLayerUpload","ecr:UploadLayerPart","ecr:InitiateLayerUpload",
               "ecr:BatchCheckLayerAvailability","ecr:PutImage","ecr:BatchGetImage"],
              "Resource":"arn:aws:ecr:ap-northeast-2:123456789012:repository/my-app"},
             {"Effect":"Allow","Action":"ecr:GetAuthorizationToken","Resource":"*"},
             {"Sid":"Freeze","Effect":"Deny","Action":"ecr:Put*","Resource":"*"}]}""";

    @Start
    void start(Stage stage) {
        ScrollPane scroll = new ScrollPane(CicdLab.create(new I18n("en")));
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(scroll, 860, 700));
        stage.show();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void theIamCheckerTurnsPushRedWhenADenyIsPastedAndShowsWhereJsonBreaks(FxRobot robot) {
        robot.clickOn("#cicdPart-iam");
        assertThat(text(robot, "#cicdIamPush")).isEqualTo("✓ Can push");

        robot.interact(() -> robot.lookup("#cicdIamPolicy").queryAs(TextArea.class).setText(DENY_PUT_IMAGE));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#cicdIamPush")).isEqualTo("✗ Can push");
        VBox missing = robot.lookup("#cicdIamMissing").queryAs(VBox.class);
        assertThat(robot.from(missing).lookup((Node n) -> n instanceof Label l && l.getText().startsWith("ecr:PutImage"))
                .tryQuery()).isPresent();
        assertThat(robot.from(missing).lookup((Node n) -> n instanceof Label l && l.getText().contains("Sid Freeze"))
                .tryQuery()).isPresent();

        robot.interact(() -> robot.lookup("#cicdIamPolicy").queryAs(TextArea.class).setText("{\"Version\": }"));
        WaitForAsyncUtils.waitForFxEvents();

        Label error = robot.lookup("#cicdIamError").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).startsWith("Line 1, column 13: Malformed JSON");
        assertThat(text(robot, "#cicdIamPush")).as("the last good result stays").isEqualTo("✗ Can push");
    }

    @Test
    void anInvalidRepositoryArnIsAMessage(FxRobot robot) {
        robot.clickOn("#cicdPart-iam");
        robot.interact(() -> robot.lookup("#cicdIamRepository").queryAs(TextField.class).setText("my-app"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#cicdIamError").queryAs(Label.class).getText())
                .isEqualTo(new I18n("en").get("cicd.iam.badRepository"));
    }

    @Test
    void choosingAccessKeysShowsTheWarningAndSecretsInTheWorkflow(FxRobot robot) {
        robot.clickOn("#cicdPart-generator");
        assertThat(robot.lookup("#cicdGenKeyWarning").query().isVisible()).isFalse();

        robot.clickOn("#cicdGenKeys");

        assertThat(robot.lookup("#cicdGenKeyWarning").query().isVisible()).isTrue();
        String workflow = robot.lookup("#cicdGenWorkflow").queryAs(TextArea.class).getText();
        assertThat(workflow).contains("aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}").doesNotContain("id-token");
    }

    @Test
    void aBadAccountIdKeepsTheLastWorkflowAndSaysWhy(FxRobot robot) {
        robot.clickOn("#cicdPart-generator");
        String before = robot.lookup("#cicdGenWorkflow").queryAs(TextArea.class).getText();

        robot.interact(() -> robot.lookup("#cicdGenAccount").queryAs(TextField.class).setText("12345"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#cicdGenError").queryAs(Label.class).getText()).contains("12 digits");
        assertThat(robot.lookup("#cicdGenWorkflow").queryAs(TextArea.class).getText()).isEqualTo(before);
    }

    @Test
    void clickingAStageShowsItsExplanation(FxRobot robot) {
        robot.clickOn("#cicdStage-CREDENTIALS");

        assertThat(text(robot, "#cicdStageTitle")).isEqualTo(CicdTexts.stage(PipelineStage.CREDENTIALS, "en").title());
    }

    @Test
    void pastingTheGeneratedWorkflowPassesTheChecklist(FxRobot robot) {
        robot.clickOn("#cicdPart-check");
        String generated = WorkflowGenerator.workflow(WorkflowOptions.defaults());

        robot.interact(() -> robot.lookup("#cicdCheckInput").queryAs(TextArea.class).setText(generated));
        WaitForAsyncUtils.waitForFxEvents();

        for (WorkflowCheck.Item item : WorkflowCheck.Item.values()) {
            Node row = robot.lookup("#cicdCheck-" + item.name()).query();
            assertThat(row.getProperties().get("status")).as(item.name()).isEqualTo(WorkflowCheck.Status.PASS);
        }
    }

    @Test
    void everyCheckerSentenceExistsInBothLanguagesAndTheEnglishMatchesTheCommandLine() {
        I18n english = new I18n("en");
        I18n korean = new I18n("ko");
        for (IamMessage kind : IamMessage.values()) {
            assertThat(english.get(kind.i18nKey())).as(kind.name()).isEqualTo(kind.englishPattern());
            assertThat(korean.get(kind.i18nKey())).as(kind.name()).doesNotStartWith("!")
                    .isNotEqualTo(kind.englishPattern());
        }
        for (WorkflowCheck.Item item : WorkflowCheck.Item.values()) {
            String key = "cicd.check.item." + GeneratorPane.key(item);
            assertThat(english.get(key)).doesNotStartWith("!");
            assertThat(korean.get(key + ".fix")).doesNotStartWith("!");
        }
        for (WorkflowOptions.Field field : WorkflowOptions.Field.values()) {
            assertThat(korean.get("cicd.gen.invalid." + GeneratorPane.key(field))).doesNotStartWith("!");
        }
    }
}

package dev.opsdojo.calc.cicd.ui;

import dev.opsdojo.calc.iam.EcrPermissionCheck;
import dev.opsdojo.calc.iam.EcrPermissionCheck.Decision;
import dev.opsdojo.calc.iam.EcrPermissionCheck.Outcome;
import dev.opsdojo.calc.iam.EcrPermissionCheck.Purpose;
import dev.opsdojo.calc.iam.EcrPermissionCheck.Result;
import dev.opsdojo.calc.iam.EcrPermissionCheck.Warning;
import dev.opsdojo.calc.iam.EcrRepositoryArn;
import dev.opsdojo.calc.iam.IamPolicy;
import dev.opsdojo.calc.iam.Message;
import dev.opsdojo.calc.iam.PolicyParseException;
import dev.opsdojo.calc.cicd.WorkflowGenerator;
import dev.opsdojo.calc.cicd.WorkflowOptions;
import dev.opsdojo.ui.I18n;
import dev.opsdojo.ui.Styles;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The IAM policy checker: paste an identity policy and a repository ARN, and see live whether it can push and pull,
 * which actions are missing and why, and which statements are over-broad. A bad policy or ARN shows a danger message
 * (with line and column for the policy) and dims the last good result.
 */
final class IamCheckerPane {
    private final I18n i18n;
    private final TextArea policy = new TextArea();
    private final TextField repository = new TextField();
    private final Label error = new Label();
    private final Label push = new Label();
    private final Label pull = new Label();
    private final VBox missing = new VBox(6);
    private final VBox warnings = new VBox(6);
    private final VBox actions = new VBox(4);
    private final VBox results = new VBox(10);

    private IamCheckerPane(I18n i18n) {
        this.i18n = i18n;
    }

    static Node create(I18n i18n) {
        return new IamCheckerPane(i18n).build();
    }

    private Node build() {
        WorkflowOptions sample = WorkflowOptions.defaults();
        policy.setId("cicdIamPolicy");
        policy.setPrefRowCount(14);
        policy.getStyleClass().add(CicdLab.CODE);
        policy.setText(WorkflowGenerator.minimalPolicy(sample));
        repository.setId("cicdIamRepository");
        repository.setText(sample.repositoryArn());
        HBox.setHgrow(repository, Priority.ALWAYS);
        HBox arnRow = new HBox(8, new Label(i18n.get("cicd.iam.repository")), repository);
        arnRow.setAlignment(Pos.CENTER_LEFT);
        error.setId("cicdIamError");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        GeneratorPane.show(error, false);
        push.setId("cicdIamPush");
        pull.setId("cicdIamPull");
        push.getStyleClass().add("cicd-verdict");
        pull.getStyleClass().add("cicd-verdict");
        missing.setId("cicdIamMissing");
        warnings.setId("cicdIamWarnings");
        HBox verdicts = new HBox(24, push, pull);
        results.getChildren().addAll(verdicts,
                CicdLab.wrapped(i18n.get("cicd.iam.missing"), "md-strong"), missing,
                CicdLab.wrapped(i18n.get("cicd.iam.warnings"), "md-strong"), warnings,
                CicdLab.wrapped(i18n.get("cicd.iam.actions"), "md-strong"), actions);
        policy.textProperty().addListener((o, a, b) -> evaluate());
        repository.textProperty().addListener((o, a, b) -> evaluate());
        evaluate();
        return new VBox(10, CicdLab.wrapped(i18n.get("cicd.iam.hint"), Styles.MUTED), policy, arnRow, error, results);
    }

    private void evaluate() {
        EcrRepositoryArn arn;
        try {
            arn = EcrRepositoryArn.parse(repository.getText());
        } catch (IllegalArgumentException e) {
            fail(i18n.get("cicd.iam.badRepository"));
            return;
        }
        IamPolicy parsed;
        try {
            parsed = IamPolicy.parse(policy.getText());
        } catch (PolicyParseException e) {
            fail(i18n.format("cicd.iam.policyError", e.line(), e.column(), text(e.problem())));
            return;
        }
        GeneratorPane.show(error, false);
        results.setOpacity(1);
        Result result = EcrPermissionCheck.check(parsed, arn);
        verdict(push, "cicd.iam.canPush", result.canPush());
        verdict(pull, "cicd.iam.canPull", result.canPull());
        missing.getChildren().clear();
        for (Outcome o : result.missing()) {
            missing.getChildren().add(outcomeRow(o));
        }
        if (result.missing().isEmpty()) {
            missing.getChildren().add(CicdLab.wrapped(i18n.get("cicd.iam.nothingMissing"), Styles.MUTED));
        }
        warnings.getChildren().clear();
        for (Warning w : result.warnings()) {
            String where = w.statement() == 0 ? i18n.get("cicd.iam.wholePolicy")
                    : w.sid() == null ? i18n.format("cicd.iam.statement", w.statement())
                    : i18n.format("cicd.iam.statementSid", w.statement(), w.sid());
            Label mark = new Label("!");
            mark.getStyleClass().add(CicdLab.WARN);
            mark.setMinWidth(18);
            HBox row = new HBox(8, mark, new VBox(2, CicdLab.wrapped(where, "md-strong"), CicdLab.wrapped(text(w.message()))));
            warnings.getChildren().add(row);
        }
        if (result.warnings().isEmpty()) {
            warnings.getChildren().add(CicdLab.wrapped(i18n.get("cicd.iam.noWarnings"), Styles.MUTED));
        }
        actions.getChildren().clear();
        for (Outcome o : result.outcomes()) {
            actions.getChildren().add(outcomeRow(o));
        }
    }

    private Node outcomeRow(Outcome o) {
        boolean ok = o.decision() == Decision.ALLOWED;
        Label mark = new Label(ok ? "✓" : o.decision() == Decision.CONDITIONAL ? "?" : "✗");
        mark.getStyleClass().add(ok ? CicdLab.PASS : o.decision() == Decision.CONDITIONAL ? CicdLab.WARN : CicdLab.FAIL);
        mark.setMinWidth(18);
        String purposes = o.requirement().purposes().stream().sorted()
                .map(p -> i18n.get(p == Purpose.PUSH ? "cicd.iam.forPush" : "cicd.iam.forPull"))
                .collect(Collectors.joining(", "));
        Label head = CicdLab.wrapped(o.requirement().action() + "  (" + purposes + ")", "cicd-mono");
        Label resource = CicdLab.wrapped(i18n.format("cicd.iam.on", o.resource()), Styles.MUTED);
        HBox row = new HBox(8, mark, new VBox(2, head, resource, CicdLab.wrapped(text(o.reason()))));
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    private void verdict(Label label, String key, boolean yes) {
        label.setText((yes ? "✓ " : "✗ ") + i18n.get(key));
        label.getStyleClass().removeAll(CicdLab.PASS, CicdLab.FAIL);
        label.getStyleClass().add(yes ? CicdLab.PASS : CicdLab.FAIL);
    }

    private void fail(String message) {
        error.setText(message);
        GeneratorPane.show(error, true);
        results.setOpacity(0.4);
        if (push.getText().isEmpty()) {
            push.setText("–");
            pull.setText("–");
        }
    }

    private String text(Message message) {
        return i18n.format(message.kind().i18nKey(), message.args().toArray());
    }
}

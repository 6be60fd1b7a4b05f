package dev.opsdojo.calc.cicd.ui;

import dev.opsdojo.calc.cicd.WorkflowCheck;
import dev.opsdojo.calc.cicd.WorkflowCheck.Finding;
import dev.opsdojo.calc.cicd.WorkflowCheck.Status;
import dev.opsdojo.ui.I18n;
import dev.opsdojo.ui.Styles;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** "Check my workflow": paste a workflow and get the checklist, live; unreadable YAML shows its line and column. */
final class WorkflowCheckPane {
    private final I18n i18n;
    private final TextArea input = new TextArea();
    private final Label error = new Label();
    private final VBox checklist = new VBox(6);

    private WorkflowCheckPane(I18n i18n) {
        this.i18n = i18n;
    }

    static Node create(I18n i18n) {
        return new WorkflowCheckPane(i18n).build();
    }

    private Node build() {
        input.setId("cicdCheckInput");
        input.setPromptText(i18n.get("cicd.check.prompt"));
        input.setPrefRowCount(14);
        input.getStyleClass().add(CicdLab.CODE);
        error.setId("cicdCheckError");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        GeneratorPane.show(error, false);
        checklist.setId("cicdChecklist");
        input.textProperty().addListener((o, a, text) -> check(text));
        check("");
        return new VBox(10, CicdLab.wrapped(i18n.get("cicd.check.hint"), Styles.MUTED), input, error, checklist);
    }

    private void check(String text) {
        if (text.isBlank()) {
            GeneratorPane.show(error, false);
            checklist.getChildren().setAll(CicdLab.wrapped(i18n.get("cicd.check.empty"), Styles.MUTED));
            return;
        }
        List<Finding> findings;
        try {
            findings = WorkflowCheck.check(text);
        } catch (WorkflowCheck.NotAWorkflowException e) {
            error.setText(e.malformedYaml()
                    ? i18n.format("cicd.check.malformed", e.line(), e.column(), e.getMessage())
                    : i18n.get("cicd.check.notWorkflow"));
            GeneratorPane.show(error, true);
            checklist.setOpacity(0.4);
            return;
        }
        GeneratorPane.show(error, false);
        checklist.setOpacity(1);
        checklist.getChildren().clear();
        for (Finding f : findings) {
            Label mark = new Label(switch (f.status()) {
                case PASS -> "✓";
                case WARN -> "!";
                case FAIL -> "✗";
                case NOT_APPLICABLE -> "–";
            });
            mark.getStyleClass().add(switch (f.status()) {
                case PASS -> CicdLab.PASS;
                case WARN -> CicdLab.WARN;
                case FAIL -> CicdLab.FAIL;
                case NOT_APPLICABLE -> Styles.MUTED;
            });
            mark.setMinWidth(18);
            String key = "cicd.check.item." + GeneratorPane.key(f.item());
            VBox lines = new VBox(2, CicdLab.wrapped(i18n.get(key)));
            if (f.status() == Status.FAIL || f.status() == Status.WARN) {
                lines.getChildren().add(CicdLab.wrapped(i18n.get(key + ".fix"), Styles.MUTED));
            }
            if (!f.detail().isEmpty()) {
                lines.getChildren().add(CicdLab.wrapped(f.detail(), "cicd-mono", Styles.MUTED));
            }
            HBox row = new HBox(8, mark, lines);
            row.setAlignment(Pos.TOP_LEFT);
            row.setId("cicdCheck-" + f.item().name());
            row.getProperties().put("status", f.status());
            checklist.getChildren().add(row);
        }
    }
}

package dev.opsdojo.calc.cicd.ui;

import dev.opsdojo.calc.cicd.CicdTexts;
import dev.opsdojo.calc.cicd.PipelineStage;
import dev.opsdojo.ui.I18n;
import dev.opsdojo.ui.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/** The pipeline as a stepper: click a stage to read what it does, what it needs and how it usually goes wrong. */
final class PipelinePane {
    private PipelinePane() {
    }

    static Node create(I18n i18n) {
        Label hint = CicdLab.wrapped(i18n.get("cicd.pipeline.hint"), Styles.MUTED);
        FlowPane stepper = new FlowPane(6, 6);
        stepper.setAlignment(Pos.CENTER_LEFT);
        stepper.getStyleClass().add("cicd-stepper");
        VBox detail = new VBox(8);
        detail.getStyleClass().add(CicdLab.SECTION);
        ToggleGroup group = new ToggleGroup();
        int n = 1;
        for (PipelineStage stage : PipelineStage.values()) {
            CicdTexts.Stage text = CicdTexts.stage(stage, i18n.language());
            ToggleButton step = new ToggleButton(n++ + ". " + text.title());
            step.setId("cicdStage-" + stage.name());
            step.getStyleClass().add("cicd-step");
            step.setToggleGroup(group);
            step.setOnAction(e -> {
                step.setSelected(true);
                show(detail, text, i18n);
            });
            if (!stepper.getChildren().isEmpty()) {
                Label arrow = new Label("→");
                arrow.getStyleClass().add(Styles.MUTED);
                stepper.getChildren().add(arrow);
            }
            stepper.getChildren().add(step);
        }
        ((ToggleButton) stepper.getChildren().get(0)).fire();
        return new VBox(10, hint, stepper, detail);
    }

    private static void show(VBox detail, CicdTexts.Stage text, I18n i18n) {
        Label title = CicdLab.wrapped(text.title(), "md-h4");
        title.setId("cicdStageTitle");
        Label does = CicdLab.wrapped(text.does());
        does.setId("cicdStageDoes");
        detail.getChildren().setAll(title, does,
                CicdLab.wrapped(i18n.get("cicd.pipeline.needs"), "md-strong"), CicdLab.bullets(text.needs()),
                CicdLab.wrapped(i18n.get("cicd.pipeline.mistakes"), "md-strong"), CicdLab.bullets(text.mistakes()));
    }
}

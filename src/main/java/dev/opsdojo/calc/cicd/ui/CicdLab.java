package dev.opsdojo.calc.cicd.ui;

import dev.opsdojo.ui.I18n;
import dev.opsdojo.ui.Styles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The CI/CD-to-a-registry lab: the pipeline stages, a workflow generator, a workflow checker, image-tag strategies and
 * the IAM policy checker, one at a time behind a segmented control so the lab stays within the calculators' width.
 * Each part is built when first shown and kept, so what the learner typed survives switching.
 */
public final class CicdLab {
    static final String SEGMENT = "cicd-segment";
    static final String SECTION = "cicd-section";
    static final String CODE = "cicd-code";
    static final String WARNING_BOX = "cicd-warning-box";
    static final String PASS = "cicd-pass";
    static final String FAIL = "cicd-fail";
    static final String WARN = "cicd-warn";
    static final double MAX_WIDTH = 800;

    private CicdLab() {
    }

    public static Node create(I18n i18n) {
        Label title = new Label(i18n.get("cicd.title"));
        title.getStyleClass().add("md-h4");
        Label intro = new Label(i18n.get("cicd.intro"));
        intro.getStyleClass().add(Styles.MUTED);
        intro.setWrapText(true);

        Map<String, Supplier<Node>> parts = new LinkedHashMap<>();
        parts.put("pipeline", () -> PipelinePane.create(i18n));
        parts.put("generator", () -> GeneratorPane.create(i18n));
        parts.put("check", () -> WorkflowCheckPane.create(i18n));
        parts.put("tags", () -> TagStrategiesPane.create(i18n));
        parts.put("iam", () -> IamCheckerPane.create(i18n));
        Map<String, Node> built = new LinkedHashMap<>();
        VBox holder = new VBox();
        ToggleGroup group = new ToggleGroup();
        FlowPane segments = new FlowPane(4, 4);
        segments.getStyleClass().add(SEGMENT);
        for (String part : List.copyOf(parts.keySet())) {
            ToggleButton button = new ToggleButton(i18n.get("cicd.part." + part));
            button.setId("cicdPart-" + part);
            button.setToggleGroup(group);
            button.setOnAction(e -> {
                button.setSelected(true);
                holder.getChildren().setAll(built.computeIfAbsent(part, p -> parts.get(p).get()));
            });
            segments.getChildren().add(button);
        }
        ((ToggleButton) segments.getChildren().get(0)).fire();
        VBox lab = new VBox(12, title, intro, segments, holder);
        lab.setMaxWidth(MAX_WIDTH);
        lab.setId("cicdLab");
        return lab;
    }

    static Label wrapped(String text, String... styles) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll(styles);
        return label;
    }

    static VBox bullets(List<String> items) {
        VBox list = new VBox(4);
        for (String item : items) {
            list.getChildren().add(wrapped("•  " + item));
        }
        return list;
    }
}

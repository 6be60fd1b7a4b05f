package dev.opsdojo.calc.ui;

import dev.opsdojo.calc.cicd.ui.CicdLab;
import dev.opsdojo.calc.controlplane.ui.ControlPlaneLab;
import dev.opsdojo.ui.I18n;
import dev.opsdojo.ui.Styles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * The calculators and labs: a list of tools on the left, the chosen one on the right. Each tool is built the first
 * time it is shown and kept, so what a learner typed survives switching between tools.
 */
public final class CalculatorsPage {
    /** The tools in the order the course needs them; ids are the names {@code calc:NAME} links use. */
    public static final List<String> TOOLS = List.of("nines", "redundancy", "hpa", "queue", "capacity", "rollout", "control-plane", "cicd");

    private final I18n i18n;
    private final Map<String, Function<I18n, Node>> factories = new LinkedHashMap<>();
    private final Map<String, Node> built = new LinkedHashMap<>();
    private final Map<String, ToggleButton> buttons = new LinkedHashMap<>();
    private final ToggleGroup group = new ToggleGroup();
    private final ScrollPane content = new ScrollPane();
    private final BorderPane view = new BorderPane();
    private String current;

    public CalculatorsPage(I18n i18n) {
        this.i18n = i18n;
        factories.put("nines", i -> NinesWidget.create(Map.of(), i));
        factories.put("redundancy", i -> RedundancyWidget.create(Map.of(), i));
        factories.put("hpa", i -> HpaWidget.create(Map.of(), i));
        factories.put("queue", i -> QueueWidget.create(Map.of(), i));
        factories.put("capacity", i -> CapacityWidget.create(Map.of(), i));
        factories.put("rollout", RolloutWidget::createCalculator);
        factories.put("control-plane", ControlPlaneLab::create);
        factories.put("cicd", CicdLab::create);

        Label title = new Label(i18n.get("calculators.title"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Label intro = new Label(i18n.get("calculators.intro"));
        intro.getStyleClass().add(Styles.MUTED);
        intro.setWrapText(true);
        VBox list = new VBox(4);
        list.getStyleClass().add("tool-list");
        list.setPadding(new Insets(0, 12, 0, 0));
        for (String tool : TOOLS) {
            if (tool.equals("control-plane")) {
                Label labs = new Label(i18n.get("calculators.labs"));
                labs.getStyleClass().add("tool-list-heading");
                list.getChildren().add(labs);
            }
            ToggleButton button = new ToggleButton(i18n.get("calculators.tool." + tool));
            button.setId("calcTool-" + tool);
            button.getStyleClass().add("tool-button");
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setOnAction(e -> show(tool));
            buttons.put(tool, button);
            list.getChildren().add(button);
        }
        content.setFitToWidth(true);
        content.getStyleClass().add("tool-content");
        VBox header = new VBox(4, title, intro);
        header.setPadding(new Insets(0, 0, 12, 0));
        view.getStyleClass().add(Styles.PAGE);
        view.setTop(header);
        view.setLeft(list);
        view.setCenter(content);
        show("nines");
    }

    /** Shows one tool by its link name; an unknown name is ignored (links are validated before they get here). */
    public void show(String tool) {
        Function<I18n, Node> factory = factories.get(tool);
        if (factory == null) {
            return;
        }
        current = tool;
        Node node = built.computeIfAbsent(tool, t -> {
            VBox box = new VBox(factory.apply(i18n));
            box.getStyleClass().add(Styles.CARD);
            box.setId("calc-" + t);
            return box;
        });
        content.setContent(node);
        content.setVvalue(0);
        buttons.get(tool).setSelected(true);
    }

    public String current() {
        return current;
    }

    public Node view() {
        return view;
    }
}

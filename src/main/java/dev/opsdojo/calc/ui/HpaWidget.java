package dev.opsdojo.calc.ui;

import dev.opsdojo.calc.hpa.HpaResult;
import dev.opsdojo.calc.hpa.HpaSpec;
import dev.opsdojo.calc.hpa.HpaStep;
import dev.opsdojo.calc.hpa.PodSample;
import dev.opsdojo.calc.hpa.PodState;
import dev.opsdojo.calc.hpa.ReplicaCalculator;
import dev.opsdojo.calc.hpa.Tolerance;
import dev.opsdojo.ui.I18n;
import dev.opsdojo.ui.WidgetParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The HPA's replica calculation: the short form from an average utilization on top, with the formula in real
 * numbers, and an advanced per-pod part that runs the full Kubernetes algorithm and explains each step.
 * Params: {@code replicas=4 current=90 target=50}, optional {@code min} and {@code max}.
 */
public final class HpaWidget {
    static final int LIMIT = 1000;

    private final I18n i18n;
    private final Spinner<Integer> replicas;
    private final Spinner<Integer> current;
    private final Spinner<Integer> target;
    private final Spinner<Integer> min;
    private final Spinner<Integer> max;
    private int replicasValue;
    private int currentValue;
    private int targetValue;
    private int minValue;
    private int maxValue;
    private boolean inputValid = true;

    private final Label desired = new Label();
    private final Label formula = new Label();
    private final Label clamp = new Label();
    private final Label error = new Label();

    private final List<PodRow> pods = new ArrayList<>();
    private final VBox podBox = new VBox(6);
    private final Button addPod = new Button();
    private final Label podDesired = new Label();
    private final Label podError = new Label();
    private final VBox steps = new VBox(4);

    private HpaWidget(I18n i18n, int replicasValue, int currentValue, int targetValue, int minValue, int maxValue) {
        this.i18n = i18n;
        this.replicasValue = replicasValue;
        this.currentValue = currentValue;
        this.targetValue = targetValue;
        this.minValue = minValue;
        this.maxValue = maxValue;
        replicas = spinner("hpaReplicas", 0, LIMIT, replicasValue, v -> this.replicasValue = v);
        current = spinner("hpaCurrent", 0, 10 * LIMIT, currentValue, v -> this.currentValue = v);
        target = spinner("hpaTarget", 1, LIMIT, targetValue, v -> this.targetValue = v);
        min = spinner("hpaMin", 1, LIMIT, minValue, v -> this.minValue = v);
        max = spinner("hpaMax", 1, LIMIT, maxValue, v -> this.maxValue = v);
    }

    public static Node create(Map<String, String> params, I18n i18n) {
        int replicas = param(params, "replicas", 4, 0, LIMIT);
        int current = param(params, "current", 90, 0, 10 * LIMIT);
        int target = param(params, "target", 50, 1, LIMIT);
        int min = param(params, "min", 1, 1, LIMIT);
        int max = param(params, "max", 10, 1, LIMIT);
        if (max < min) {
            min = 1;
            max = 10;
        }
        return new HpaWidget(i18n, replicas, current, target, min, max).build();
    }

    /** A whole-number param within [low, high]; anything else gives the default, so a lesson's typo still works. */
    private static int param(Map<String, String> params, String key, int fallback, int low, int high) {
        return WidgetParams.wholeNumber(params, key, fallback, low, high);
    }

    private Node build() {
        Label title = new Label(i18n.get("hpa.title"));
        title.getStyleClass().add("md-h4");
        GridPane form = new GridPane();
        form.getStyleClass().add("hpa-form");
        form.addRow(0, new Label(i18n.get("hpa.replicas")), replicas, new Label(i18n.get("hpa.min")), min);
        form.addRow(1, new Label(i18n.get("hpa.current")), current, new Label(i18n.get("hpa.max")), max);
        form.addRow(2, new Label(i18n.get("hpa.target")), target);

        desired.setId("hpaDesired");
        desired.getStyleClass().add("hpa-desired");
        formula.setId("hpaFormula");
        formula.getStyleClass().add("hpa-formula");
        formula.setWrapText(true);
        clamp.setId("hpaClamp");
        clamp.setWrapText(true);
        clamp.getStyleClass().add("muted");
        error.setId("hpaError");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        show(error, false);
        HBox result = new HBox(12, new Label(i18n.get("hpa.desired")), desired);
        result.setAlignment(Pos.BASELINE_LEFT);

        Label note = wrapped(i18n.get("hpa.note"), "muted");
        note.setId("hpaNote");

        VBox root = new VBox(10, title, form, error, result, formula, clamp, note, advanced());
        root.setMaxWidth(800);
        recompute();
        return root;
    }

    private TitledPane advanced() {
        Label intro = wrapped(i18n.get("hpa.podsIntro"), "muted");
        addPod.setText(i18n.get("hpa.addPod"));
        addPod.setId("hpaAddPod");
        addPod.setOnAction(e -> {
            addPod(PodSample.ready(500, 1000));
            recomputePods();
        });
        addPod(PodSample.ready(900, 1000));
        addPod(PodSample.ready(700, 1000));
        addPod(PodSample.of(PodState.UNREADY, 100, 1000));
        addPod(PodSample.withoutMetrics(PodState.READY, 1000));
        podDesired.setId("hpaPodDesired");
        podDesired.getStyleClass().add("md-strong");
        podError.setId("hpaPodError");
        podError.getStyleClass().add("danger");
        podError.setWrapText(true);
        show(podError, false);
        steps.setId("hpaSteps");
        steps.getStyleClass().add("hpa-steps");
        VBox content = new VBox(8, intro, podBox, addPod, podError, podDesired, steps);
        TitledPane pane = new TitledPane(i18n.get("hpa.advanced"), content);
        pane.setId("hpaAdvanced");
        pane.setExpanded(false);
        pane.setAnimated(false);
        return pane;
    }

    private Spinner<Integer> spinner(String id, int low, int high, int initial, IntConsumer onValid) {
        Spinner<Integer> spinner = new Spinner<>(low, high, initial);
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        spinner.getEditor().textProperty().addListener((obs, old, text) -> {
            try {
                int value = Integer.parseInt(text.strip());
                if (value >= low && value <= high) {
                    onValid.accept(value);
                    inputValid = true;
                } else {
                    inputValid = false;
                }
            } catch (NumberFormatException e) {
                inputValid = false;
            }
            recompute();
        });
        return spinner;
    }

    private HpaSpec spec() {
        return new HpaSpec(targetValue, minValue, maxValue, Tolerance.DEFAULT);
    }

    private void recompute() {
        String problem = !inputValid ? i18n.get("hpa.invalid") : maxValue < minValue ? i18n.get("hpa.minAboveMax") : null;
        if (problem != null) {
            error.setText(problem);
            show(error, true);
            desired.setOpacity(0.4);
            return;
        }
        show(error, false);
        desired.setOpacity(1);
        HpaResult result = ReplicaCalculator.fromAverage(spec(), replicasValue, currentValue);
        desired.setText(String.valueOf(result.desiredReplicas()));
        List<String> main = new ArrayList<>();
        List<String> limits = new ArrayList<>();
        for (HpaStep step : result.steps()) {
            switch (step.kind()) {
                case DESIRED_FROM_AVERAGE, WITHIN_TOLERANCE, SCALING_DISABLED, ABOVE_MAX, BELOW_MIN -> main.add(text(step));
                case CLAMPED_TO_MIN, CLAMPED_TO_MAX -> limits.add(text(step));
                default -> {
                }
            }
        }
        formula.setText(String.join("\n", main));
        clamp.setText(String.join("\n", limits));
        show(clamp, !limits.isEmpty());
        recomputePods();
    }

    private void recomputePods() {
        if (pods.isEmpty() || maxValue < minValue) {
            return;
        }
        List<PodSample> samples = new ArrayList<>();
        for (int i = 0; i < pods.size(); i++) {
            PodSample sample = pods.get(i).sample();
            if (sample == null) {
                podError.setText(i18n.format("hpa.podInvalid", i + 1));
                show(podError, true);
                steps.setOpacity(0.4);
                return;
            }
            samples.add(sample);
        }
        show(podError, false);
        steps.setOpacity(1);
        HpaResult result = ReplicaCalculator.calculate(spec(), samples.size(), samples);
        podDesired.setText(i18n.format("hpa.podDesired", result.desiredReplicas(), result.currentReplicas(),
                result.utilizationPercent().isPresent() ? result.utilizationPercent().getAsInt() + "%" : "<unknown>"));
        steps.getChildren().clear();
        int n = 1;
        for (HpaStep step : result.steps()) {
            Label line = wrapped(n++ + ". " + text(step), "hpa-step");
            steps.getChildren().add(line);
        }
    }

    /** A step in the widget's language: {@code hpa.step.KIND} with the step's numbers. */
    String text(HpaStep step) {
        return i18n.format("hpa.step." + step.kind().name(), step.formattedNumbers());
    }

    private void addPod(PodSample sample) {
        PodRow row = new PodRow(sample);
        pods.add(row);
        podBox.getChildren().add(row.box);
        renumber();
    }

    private void removePod(PodRow row) {
        if (pods.size() <= 1) {
            return;
        }
        pods.remove(row);
        podBox.getChildren().remove(row.box);
        renumber();
        recomputePods();
    }

    private void renumber() {
        for (int i = 0; i < pods.size(); i++) {
            pods.get(i).number(i);
        }
        addPod.setDisable(pods.size() >= 20);
    }

    private final class PodRow {
        private final Label name = new Label();
        private final ComboBox<PodState> state = new ComboBox<>();
        private final TextField usage = new TextField();
        private final TextField request = new TextField();
        private final Button remove = new Button("×");
        private final HBox box;

        PodRow(PodSample sample) {
            state.getItems().addAll(PodState.values());
            state.setConverter(new StringConverter<>() {
                @Override
                public String toString(PodState value) {
                    return value == null ? "" : i18n.get("hpa.state." + value.id());
                }

                @Override
                public PodState fromString(String text) {
                    return state.getValue();
                }
            });
            state.setValue(sample.state());
            state.setPrefWidth(130);
            usage.setText(sample.usageMillicores().isPresent() ? String.valueOf(sample.usageMillicores().getAsLong()) : "");
            usage.setPromptText(i18n.get("hpa.noMetrics"));
            request.setText(sample.requestMillicores().isPresent() ? String.valueOf(sample.requestMillicores().getAsLong()) : "");
            usage.setPrefColumnCount(7);
            request.setPrefColumnCount(6);
            state.valueProperty().addListener((obs, old, value) -> recomputePods());
            usage.textProperty().addListener((obs, old, value) -> recomputePods());
            request.textProperty().addListener((obs, old, value) -> recomputePods());
            remove.getStyleClass().add("flat");
            remove.setOnAction(e -> removePod(this));
            name.setMinWidth(50);
            box = new HBox(8, name, state, new Label(i18n.get("hpa.usage")), usage, new Label(i18n.get("hpa.request")), request,
                    new Label("m"), remove);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        void number(int index) {
            name.setText(i18n.format("hpa.pod", index + 1));
            state.setId("hpaPodState-" + index);
            usage.setId("hpaPodUsage-" + index);
            request.setId("hpaPodRequest-" + index);
            remove.setId("hpaPodRemove-" + index);
        }

        /** The pod, or null when a field is not a whole number of millicores (blank usage: no metrics; blank request: none). */
        PodSample sample() {
            OptionalLong usageMillicores = millicores(usage.getText(), true);
            OptionalLong requestMillicores = millicores(request.getText(), true);
            if (usageMillicores == null || requestMillicores == null || state.getValue() == null) {
                return null;
            }
            return new PodSample(state.getValue(), usageMillicores, requestMillicores);
        }

        private static OptionalLong millicores(String text, boolean blankAllowed) {
            String value = text.strip();
            if (value.endsWith("m")) {
                value = value.substring(0, value.length() - 1).strip();
            }
            if (value.isEmpty()) {
                return blankAllowed ? OptionalLong.empty() : null;
            }
            try {
                long parsed = Long.parseLong(value);
                return parsed < 0 || parsed > 1_000_000_000L ? null : OptionalLong.of(parsed);
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }

    private static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}

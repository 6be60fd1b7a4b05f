package dev.opsdojo.calc.ui;

import dev.opsdojo.calc.rollout.RollingUpdate;
import dev.opsdojo.calc.rollout.RolloutPlan;
import dev.opsdojo.ui.I18n;
import dev.opsdojo.ui.WidgetParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;

/**
 * A Deployment's rolling update: replicas, maxSurge and maxUnavailable ("3" or "25%") resolved as Kubernetes does,
 * said in words with the rounding, then the steps as a chart. The calculator page adds the step table
 * (old and new ReplicaSet, total, available) and a note on what "available" assumes; the lesson widget shows the
 * steps as two short sequences instead. A refused input shows the reason and keeps the last result, dimmed.
 * Params: {@code replicas=10 maxSurge=25% maxUnavailable=25%}; a value that does not resolve gives the defaults.
 */
public final class RolloutWidget {
    /** Rows the page's table lists before it says how many more there are. */
    static final int TABLE_LIMIT = 60;
    /** Steps the lesson widget's sequences list. */
    static final int SEQUENCE_LIMIT = 14;
    private static final String DEFAULT_REPLICAS = "10";
    private static final String DEFAULT_PERCENT = "25%";

    private final I18n i18n;
    private final boolean page;
    private final RolloutModel model;
    private final TextField replicas = field("rolloutReplicas", 6);
    private final TextField maxSurge = field("rolloutSurge", 6);
    private final TextField maxUnavailable = field("rolloutUnavailable", 6);
    private final Label error = wrapped("rolloutError", "danger");
    private final Label surgeText = wrapped("rolloutSurgeText", "rollout-explain");
    private final Label unavailableText = wrapped("rolloutUnavailableText", "rollout-explain");
    private final RolloutChart chart;
    private final Label legendMax = lineSwatch("rollout-line-max", "rolloutLegendMax");
    private final Label legendMin = lineSwatch("rollout-line-min", "rolloutLegendMin");
    private final Label chartCapped = wrapped("rolloutChartCapped", "muted");
    private final Label sequence = wrapped("rolloutSequence", "rollout-sequence");
    private final Label totals = wrapped("rolloutTotals", "rollout-sequence");
    private final GridPane table = new GridPane();
    private final Label tableMore = wrapped("rolloutTableMore", "muted");
    private final VBox result = new VBox(10);

    private RolloutWidget(I18n i18n, boolean page, String replicasText, String surgeText, String unavailableText) {
        this.i18n = i18n;
        this.page = page;
        this.model = new RolloutModel(replicasText, surgeText, unavailableText);
        this.chart = new RolloutChart(page ? 240 : 170);
    }

    /** The lesson widget. */
    public static Node create(Map<String, String> params, I18n i18n) {
        String replicas = String.valueOf(WidgetParams.wholeNumber(params, "replicas", 10, 0, RollingUpdate.MAX_REPLICAS));
        String surge = WidgetParams.text(params, "maxSurge", DEFAULT_PERCENT, RolloutWidget::resolves);
        String unavailable = WidgetParams.text(params, "maxUnavailable", DEFAULT_PERCENT, RolloutWidget::resolves);
        try {
            RolloutPlan.of(replicas, surge, unavailable);
        } catch (RollingUpdate.Refused refused) {
            // Each value is fine but Kubernetes refuses the pair (both 0): the lesson still gets a working widget.
            surge = DEFAULT_PERCENT;
            unavailable = DEFAULT_PERCENT;
        }
        return new RolloutWidget(i18n, false, replicas, surge, unavailable).build();
    }

    /** The calculator page's tool: the widget with the step table, at the Kubernetes defaults for 10 replicas. */
    public static Node createCalculator(I18n i18n) {
        return new RolloutWidget(i18n, true, DEFAULT_REPLICAS, DEFAULT_PERCENT, DEFAULT_PERCENT).build();
    }

    private static boolean resolves(String text) {
        try {
            RollingUpdate.parse("value", text);
            return true;
        } catch (RollingUpdate.Refused refused) {
            return false;
        }
    }

    private Node build() {
        Label title = new Label(i18n.get("rollout.title"));
        title.getStyleClass().add("md-h4");
        title.setWrapText(true);
        replicas.setText(model.replicasProperty().get());
        maxSurge.setText(model.maxSurgeProperty().get());
        maxUnavailable.setText(model.maxUnavailableProperty().get());
        // Listeners, not bind(): a binding only holds its target weakly, and nothing else keeps the model alive.
        replicas.textProperty().addListener((obs, old, text) -> model.replicasProperty().set(text));
        maxSurge.textProperty().addListener((obs, old, text) -> model.maxSurgeProperty().set(text));
        maxUnavailable.textProperty().addListener((obs, old, text) -> model.maxUnavailableProperty().set(text));
        maxSurge.setPromptText(i18n.get("rollout.prompt"));
        maxUnavailable.setPromptText(i18n.get("rollout.prompt"));
        FlowPane inputs = new FlowPane(18, 8,
                QueueWidget.labelled(i18n, "rollout.replicas", replicas),
                QueueWidget.labelled(i18n, "rollout.maxSurge", maxSurge),
                QueueWidget.labelled(i18n, "rollout.maxUnavailable", maxUnavailable));
        inputs.setPrefWrapLength(640);

        chart.setId("rolloutChart");
        VBox explained = new VBox(4, surgeText, unavailableText);
        explained.getStyleClass().add("rollout-explained");
        result.getChildren().addAll(explained, chart, legend(), chartCapped);
        if (page) {
            table.setId("rolloutTable");
            table.getStyleClass().add("rollout-table");
            table.setMaxWidth(Region.USE_PREF_SIZE);
            result.getChildren().addAll(table, tableMore, wrapped("rolloutNote", "muted", i18n.get("rollout.note")));
        } else {
            result.getChildren().addAll(totals, sequence);
        }
        model.planProperty().addListener((obs, old, plan) -> showPlan(plan));
        model.problemProperty().addListener((obs, old, problem) -> showProblem(problem));
        showPlan(model.plan());
        showProblem(model.problem());

        VBox root = new VBox(10, title, inputs, error, result);
        root.getStyleClass().add("rollout-widget");
        root.setMaxWidth(820);
        return root;
    }

    private Node legend() {
        FlowPane legend = new FlowPane(14, 4,
                swatch("rollout-bar-old", i18n.get("rollout.legend.old")),
                swatch("rollout-bar-new", i18n.get("rollout.legend.new")),
                swatch("rollout-bar-starting", i18n.get("rollout.legend.starting")),
                legendMax, legendMin);
        legend.getStyleClass().add("rollout-legend");
        return legend;
    }

    private static Node swatch(String style, String text) {
        Region box = new Region();
        box.getStyleClass().addAll("rollout-swatch", "rollout-bar", style);
        return new Label(text, box);
    }

    private static Label lineSwatch(String style, String id) {
        Line line = new Line(0, 0, 18, 0);
        line.getStyleClass().addAll("rollout-line", style);
        Label label = new Label("", line);
        label.setId(id);
        return label;
    }

    private void showProblem(RollingUpdate.Refused problem) {
        boolean refused = problem != null;
        error.setText(refused ? problemText(i18n, problem) + " " + i18n.get("rollout.stale") : "");
        error.setVisible(refused);
        error.setManaged(refused);
        result.setOpacity(refused ? 0.4 : 1);
    }

    private void showPlan(RolloutPlan plan) {
        if (plan == null) {
            return;
        }
        surgeText.setText(surgeText(i18n, plan));
        unavailableText.setText(unavailableText(i18n, plan));
        chart.show(plan);
        legendMax.setText(i18n.format("rollout.legend.max", String.valueOf(plan.maxTotal())));
        legendMin.setText(i18n.format("rollout.legend.min", String.valueOf(plan.minAvailable())));
        boolean capped = plan.stepCount() > RolloutChart.MAX_BARS;
        chartCapped.setText(capped ? i18n.format("rollout.chartCapped", String.valueOf(RolloutChart.MAX_BARS),
                String.valueOf(plan.stepCount())) : "");
        chartCapped.setVisible(capped);
        chartCapped.setManaged(capped);
        if (page) {
            fillTable(plan);
        } else {
            sequence.setText(i18n.format("rollout.sequence", sequence(plan, true)));
            totals.setText(i18n.format("rollout.totals", sequence(plan, false)));
        }
    }

    private void fillTable(RolloutPlan plan) {
        table.getChildren().clear();
        String[] heads = {"rollout.col.step", "rollout.col.old", "rollout.col.new", "rollout.col.total", "rollout.col.available"};
        for (int c = 0; c < heads.length; c++) {
            Label head = new Label(i18n.get(heads[c]));
            head.getStyleClass().addAll("rollout-cell", "rollout-head");
            head.setMaxWidth(Double.MAX_VALUE);
            table.add(head, c, 0);
        }
        int shown = Math.min(plan.rows().size(), TABLE_LIMIT + 1);
        for (int i = 0; i < shown; i++) {
            RolloutPlan.Row row = plan.rows().get(i);
            String available = String.valueOf(row.available());
            if (row.starting() > 0) {
                available += "  " + i18n.format("rollout.startingCount", String.valueOf(row.starting()));
            }
            String[] cells = {i == 0 ? i18n.get("rollout.start") : String.valueOf(row.step()), String.valueOf(row.oldReplicas()),
                    String.valueOf(row.newReplicas()), String.valueOf(row.total()), available};
            String[] ids = {"rolloutStep-", "rolloutOld-", "rolloutNew-", "rolloutTotal-", "rolloutAvailable-"};
            for (int c = 0; c < cells.length; c++) {
                Label cell = new Label(cells[c]);
                cell.setId(ids[c] + i);
                cell.getStyleClass().add("rollout-cell");
                if (c == 3 && row.total() == plan.maxTotal() && i > 0) {
                    cell.getStyleClass().add("rollout-at-max");
                }
                if (c == 4 && row.available() == plan.minAvailable() && i > 0) {
                    cell.getStyleClass().add("rollout-at-min");
                }
                cell.setMaxWidth(Double.MAX_VALUE);
                table.add(cell, c, i + 1);
            }
        }
        int more = plan.rows().size() - shown;
        tableMore.setText(more > 0 ? i18n.format("rollout.more", String.valueOf(more)) : "");
        tableMore.setVisible(more > 0);
        tableMore.setManaged(more > 0);
    }

    /** "maxSurge 25% of 10 = 2.5 → rounds UP to 3: at most 13 pods", in the widget's language. */
    static String surgeText(I18n i18n, RolloutPlan plan) {
        RolloutPlan.Limit surge = plan.surge();
        String kind = !surge.percent() ? "count" : surge.rounded() ? "rounded" : "exact";
        return i18n.format("rollout.surge." + kind, surge.written(), String.valueOf(plan.replicas()), surge.exact(),
                String.valueOf(surge.pods()), String.valueOf(plan.maxTotal()));
    }

    /** "maxUnavailable 25% of 10 = 2.5 → rounds DOWN to 2: at least 8 available", or why it became 1. */
    static String unavailableText(I18n i18n, RolloutPlan plan) {
        RolloutPlan.Limit unavailable = plan.unavailable();
        String kind = plan.raisedToOne() ? "raised" : !unavailable.percent() ? "count" : unavailable.rounded() ? "rounded" : "exact";
        return i18n.format("rollout.unavailable." + kind, unavailable.written(), String.valueOf(plan.replicas()), unavailable.exact(),
                String.valueOf(unavailable.pods()), String.valueOf(plan.minAvailable()));
    }

    /** Why Kubernetes would refuse the input, in the widget's language. */
    static String problemText(I18n i18n, RollingUpdate.Refused problem) {
        return i18n.format("rollout.error." + problem.reason().name(), problem.args().toArray());
    }

    /** "10+0 → 10+3 → 5+3 …" (old + new) or the totals "10 → 13 → 8 …", cut after {@link #SEQUENCE_LIMIT} steps. */
    String sequence(RolloutPlan plan, boolean oldPlusNew) {
        List<String> parts = new ArrayList<>();
        int shown = Math.min(plan.rows().size(), SEQUENCE_LIMIT + 1);
        for (int i = 0; i < shown; i++) {
            RolloutPlan.Row row = plan.rows().get(i);
            parts.add(oldPlusNew ? row.oldReplicas() + "+" + row.newReplicas() : String.valueOf(row.total()));
        }
        String text = String.join(" → ", parts);
        int more = plan.rows().size() - shown;
        return more > 0 ? text + " " + i18n.format("rollout.more", String.valueOf(more)) : text;
    }

    private static TextField field(String id, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        return f;
    }

    private static Label wrapped(String id, String style) {
        return wrapped(id, style, "");
    }

    private static Label wrapped(String id, String style, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }
}

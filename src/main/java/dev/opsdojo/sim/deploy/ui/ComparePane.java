package dev.opsdojo.sim.deploy.ui;

import dev.opsdojo.sim.deploy.DeployResult;
import dev.opsdojo.sim.deploy.DeployScenario;
import dev.opsdojo.sim.deploy.DeploySample;
import dev.opsdojo.sim.deploy.DeployCompare;
import dev.opsdojo.sim.ui.Palette;
import dev.opsdojo.ui.I18n;
import dev.opsdojo.ui.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * "Compare strategies": rolling, recreate, blue/green and canary released on the same traffic with the same release
 * (broken the way the switch says, if it is on), run to the end on a background thread, then one table row per
 * strategy and one chart with a line per strategy for a chosen measure. The FX thread never waits: a spinner shows
 * while the runs go, and a newer request makes an older answer be dropped.
 */
final class ComparePane extends VBox {
    /** The chart's measures: the new version's share of traffic, ready pods as a share of replicas, the error rate. */
    enum Measure { NEW_TRAFFIC, READY_CAPACITY, ERROR_RATE }

    private final I18n i18n;
    private final Palette palette;
    private final VersionColours colours;
    private final Supplier<DeployScenario> scenario;
    private final Function<DeployScenario, List<DeployCompare.Run>> runner;
    private final ExecutorService executor;
    private final Button run = new Button();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Label status = new Label();
    private final TableView<DeployCompare.Run> table = new TableView<>();
    private final ComboBox<Measure> measure = new ComboBox<>();
    private final SeriesChart chart;
    private DeployScenario comparedScenario;
    private List<DeployCompare.Run> shown;
    private int generation;

    ComparePane(I18n i18n, Palette palette, VersionColours colours, Supplier<DeployScenario> scenario,
                Function<DeployScenario, List<DeployCompare.Run>> runner, ExecutorService executor) {
        this.i18n = i18n;
        this.palette = palette;
        this.colours = colours;
        this.scenario = scenario;
        this.runner = runner;
        this.executor = executor;
        setId("deployCompare");
        getStyleClass().add("deploy-compare");
        setSpacing(10);

        Label intro = new Label(i18n.get("sim.deploy.compare.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.MUTED);
        run.setId("deployCompareRun");
        run.setText(i18n.get("sim.deploy.compare.run"));
        run.setOnAction(e -> run());
        progress.setId("deployCompareProgress");
        progress.setPrefSize(22, 22);
        progress.setMaxSize(22, 22);
        progress.setVisible(false);
        status.setId("deployCompareStatus");
        status.getStyleClass().add(Styles.MUTED);
        status.setWrapText(true);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox bar = new HBox(10, run, progress, status);
        bar.setAlignment(Pos.CENTER_LEFT);

        table.setId("deployCompareTable");
        table.getStyleClass().add("deploy-compare-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(i18n.get("sim.deploy.compare.empty")));
        table.setFixedCellSize(28);
        double tableHeight = 28 * 4 + 48;
        table.setPrefHeight(tableHeight);
        table.setMinHeight(tableHeight);
        table.setMaxHeight(tableHeight);
        column("strategy", r -> DeployTexts.strategy(i18n, r.strategy().json()), 1.3);
        column("outcome", r -> DeployTexts.outcome(i18n, r.result().outcome()), 1.1);
        column("downtime", r -> i18n.format("sim.deploy.compare.seconds", Math.round(r.result().downtimeSeconds())), 0.9);
        column("availability", r -> String.format(i18n.locale(), "%.3f%%", r.result().availability() * 100), 1);
        column("exposed", r -> DeployTexts.count(i18n, r.result().usersExposedToRelease()), 1);
        column("errors", r -> DeployTexts.count(i18n, r.result().usersWithReleaseErrors()), 1);
        column("peak", r -> i18n.format("sim.deploy.compare.peakValue", r.result().peakExtraPods(),
                DeployTexts.percent(i18n, r.result().peakExtraCapacity())), 1.1);
        column("complete", r -> DeployTexts.time(r.result().timeToCompleteSeconds()), 0.9);
        column("rollback", r -> DeployTexts.time(r.result().timeToRollbackSeconds()), 0.9);

        measure.setId("deployCompareMeasure");
        measure.getItems().setAll(Measure.values());
        measure.setValue(Measure.NEW_TRAFFIC);
        measure.setConverter(new StringConverter<>() {
            @Override
            public String toString(Measure m) {
                return m == null ? "" : i18n.get("sim.deploy.compare.measure." + DeployTexts.key(m));
            }

            @Override
            public Measure fromString(String text) {
                return null;
            }
        });
        measure.valueProperty().addListener((o, a, b) -> showChart());
        Label measureLabel = new Label(i18n.get("sim.deploy.compare.measure"));
        measureLabel.setLabelFor(measure);
        HBox measureBar = new HBox(8, measureLabel, measure);
        measureBar.setAlignment(Pos.CENTER_LEFT);
        chart = new SeriesChart("deployCompareChart", "", palette,
                v -> String.format(i18n.locale(), v < 10 && v != 0 ? "%.1f%%" : "%.0f%%", v), 1, Double.NaN);
        chart.setPrefHeight(260);
        chart.setMinHeight(160);
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(intro, bar, table, measureBar, chart);
    }

    private void column(String key, Function<DeployCompare.Run, String> text, double weight) {
        TableColumn<DeployCompare.Run, String> c = new TableColumn<>(i18n.get("sim.deploy.compare.col." + key));
        c.setId("deployCompareCol-" + key);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setSortable(false);
        c.setReorderable(false);
        c.setPrefWidth(90 * weight);
        c.setMinWidth(60);
        table.getColumns().add(c);
    }

    /** Repaints the chart in the theme's colours (the lines' colours come from the theme too). */
    void refresh() {
        if (shown != null) {
            showChart();
        } else {
            chart.refresh();
        }
    }

    TableView<DeployCompare.Run> table() {
        return table;
    }

    SeriesChart chart() {
        return chart;
    }

    /** Runs the comparison again unless the table already shows this very setup. */
    void refreshIfStale() {
        if (!scenario.get().equals(comparedScenario)) {
            run();
        }
    }

    void run() {
        DeployScenario setup = scenario.get();
        int mine = ++generation;
        comparedScenario = setup;
        run.setDisable(true);
        progress.setVisible(true);
        status.setText(i18n.get("sim.deploy.compare.running"));
        CompletableFuture.supplyAsync(() -> runner.apply(setup), executor).whenComplete((done, failure) -> Platform.runLater(() -> {
            if (mine != generation) {
                return;
            }
            run.setDisable(false);
            progress.setVisible(false);
            if (failure != null) {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                status.setText(i18n.format("sim.deploy.compare.failed", cause.getMessage() == null ? cause.toString() : cause.getMessage()));
                comparedScenario = null;
                return;
            }
            shown = done;
            table.getItems().setAll(done);
            status.setText(i18n.format("sim.deploy.compare.done", DeployTexts.time(setup.base().durationSeconds()),
                    setup.deployment().replicas(), setup.deployment().release().name(),
                    setup.deployment().release().fault().bad() ? DeployTexts.fault(i18n, setup.deployment().release().fault().kind())
                            : i18n.get("sim.deploy.fault.none")));
            showChart();
        }));
    }

    private void showChart() {
        if (shown == null) {
            return;
        }
        Measure m = measure.getValue();
        ToDoubleFunction<DeploySample> value = switch (m) {
            case NEW_TRAFFIC -> s -> s.versions().size() < 2 ? 0 : s.versions().get(1).trafficShare() * 100;
            case READY_CAPACITY -> s -> s.versions().stream().mapToInt(DeploySample.VersionSample::ready).sum() * 100.0
                    / Math.max(1, comparedScenario.deployment().replicas());
            case ERROR_RATE -> s -> {
                double rps = 0;
                double errors = 0;
                for (DeploySample.VersionSample v : s.versions()) {
                    rps += v.requestsPerSecond();
                    errors += v.requestsPerSecond() * v.errorRate();
                }
                return rps == 0 ? 0 : errors / rps * 100;
            };
        };
        List<SeriesChart.Series> lines = new ArrayList<>();
        int i = 0;
        for (DeployCompare.Run run : shown) {
            List<DeploySample> timeline = run.timeline();
            double[] t = new double[timeline.size()];
            double[] v = new double[timeline.size()];
            for (int k = 0; k < t.length; k++) {
                t[k] = timeline.get(k).timeSeconds();
                v[k] = value.applyAsDouble(timeline.get(k));
            }
            lines.add(new SeriesChart.Series(DeployTexts.strategy(i18n, run.strategy().json()), colours.ofSeries(i++), t, v));
        }
        chart.setTitle(i18n.get("sim.deploy.compare.measure." + DeployTexts.key(m)));
        double settled = 0;
        for (DeployCompare.Run run : shown) {
            DeployResult r = run.result();
            double end = Double.isFinite(r.timeToRollbackSeconds()) ? r.timeToRollbackSeconds() : r.timeToCompleteSeconds();
            settled = Math.max(settled, Double.isFinite(end) && Double.isFinite(r.rolloutStartedAtSeconds())
                    ? r.rolloutStartedAtSeconds() + end : r.durationSeconds());
        }
        double duration = comparedScenario.base().durationSeconds();
        chart.show(lines, SeriesChart.window(Math.min(duration, settled * 1.15 + 30), duration), new Object());
    }
}

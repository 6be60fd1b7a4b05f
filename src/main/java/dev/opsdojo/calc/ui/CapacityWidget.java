package dev.opsdojo.calc.ui;

import dev.opsdojo.calc.queue.CapacityPlanner;
import dev.opsdojo.ui.I18n;
import dev.opsdojo.ui.WidgetParams;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * "How many pods for N users?" on the closed model of {@link CapacityPlanner}: inputs, the answer, and a chart of p95
 * and mean response time against pods around the answer with the target as a line, so the knee shows. The search and
 * the chart run on a background thread; a newer input cancels the older computation. Params: {@code users=100000
 * think=10 service=0.05 concurrency=4 p95=0.3} (think, service and p95 in seconds, as in the course text).
 */
public final class CapacityWidget {
    /** One shared worker for every capacity widget: computations are short and the newest one wins anyway. */
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "capacity-widget");
        t.setDaemon(true);
        return t;
    });

    private final I18n i18n;
    private final TextField users = field("capacityUsers", 9);
    private final TextField think = field("capacityThink", 5);
    private final TextField service = field("capacityService", 5);
    private final TextField concurrency = field("capacityConcurrency", 4);
    private final TextField target = field("capacityTarget", 5);
    private final Label error = new Label();
    private final Label status = new Label();
    private final Label answer = new Label();
    private final Label throughput = value("capacityThroughput");
    private final Label utilization = value("capacityUtilization");
    private final Label meanResponse = value("capacityMeanResponse");
    private final Label p95 = value("capacityP95");
    private final Label oneFewer = new Label();
    private final Label headroom = new Label();
    private final GridPane grid = new GridPane();
    private final NumberAxis podsAxis = new NumberAxis();
    private final NumberAxis msAxis = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(podsAxis, msAxis);
    private Task<CapacityCurve> running;

    private CapacityWidget(I18n i18n, Map<String, String> params) {
        this.i18n = i18n;
        users.setText(param(params, "users", "100000", t -> parseUsers(t) != null));
        think.setText(param(params, "think", "10", t -> nonNegative(t) != null));
        service.setText(param(params, "service", "0.05", t -> QueueWidget.positive(t) != null, 1000));
        concurrency.setText(param(params, "concurrency", "4", t -> parseConcurrency(t) != null));
        target.setText(param(params, "p95", "0.3", t -> QueueWidget.positive(t) != null, 1000));
        for (TextField f : List.of(users, think, service, concurrency, target)) {
            f.textProperty().addListener((obs, old, text) -> recompute());
        }
    }

    public static Node create(Map<String, String> params, I18n i18n) {
        return new CapacityWidget(i18n, params).build();
    }

    private static String param(Map<String, String> params, String key, String fallback, Predicate<String> valid) {
        return WidgetParams.text(params, key, fallback, valid);
    }

    /** A parameter given in seconds shown in a field that takes {@code scale} times that unit (ms). */
    private static String param(Map<String, String> params, String key, String fallbackSeconds, Predicate<String> check, double scale) {
        String seconds = param(params, key, fallbackSeconds, check);
        return plain(Double.parseDouble(seconds.replace(',', '.')) * scale);
    }

    private static String plain(double value) {
        String s = String.format(Locale.ROOT, "%.6f", value).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private Node build() {
        Label title = new Label(i18n.get("capacity.title"));
        title.getStyleClass().add("md-h4");
        title.setWrapText(true);
        FlowPane inputs = new FlowPane(18, 8,
                labelled("capacity.users", users), labelled("capacity.think", think),
                labelled("capacity.service", service), labelled("capacity.concurrency", concurrency),
                labelled("capacity.target", target));
        inputs.setPrefWrapLength(700);
        error.setId("capacityError");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        status.setId("capacityStatus");
        status.getStyleClass().add("muted");
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        answer.setId("capacityAnswer");
        answer.getStyleClass().add("capacity-answer");
        answer.setWrapText(true);
        grid.getStyleClass().add("queue-grid");
        grid.addRow(0, new Label(i18n.get("capacity.throughput")), throughput);
        grid.addRow(1, new Label(i18n.get("capacity.utilization")), utilization);
        grid.addRow(2, new Label(i18n.get("capacity.meanResponse")), meanResponse);
        grid.addRow(3, new Label(i18n.get("capacity.p95")), p95);
        oneFewer.setId("capacityOneFewer");
        oneFewer.getStyleClass().add("muted");
        oneFewer.setWrapText(true);
        headroom.setId("capacityHeadroom");
        headroom.getStyleClass().add("capacity-headroom");
        headroom.setWrapText(true);

        chart.setId("capacityChart");
        chart.getStyleClass().add("capacity-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setPrefSize(720, 320);
        chart.setMaxWidth(780);
        chart.setTitle(i18n.get("capacity.chartTitle"));
        podsAxis.setLabel(i18n.get("capacity.axisPods"));
        podsAxis.setAutoRanging(false);
        podsAxis.setForceZeroInRange(false);
        msAxis.setLabel(i18n.get("capacity.axisMs"));
        msAxis.setForceZeroInRange(true);

        Label assumptions = new Label(i18n.get("capacity.assumptions"));
        assumptions.getStyleClass().add("muted");
        assumptions.setWrapText(true);
        VBox box = new VBox(10, title, inputs, error, status, answer, grid, oneFewer, headroom, chart, assumptions);
        box.setMaxWidth(800);
        recompute();
        return box;
    }

    private Node labelled(String key, TextField field) {
        return QueueWidget.labelled(i18n, key, field);
    }

    private void recompute() {
        Integer n = parseUsers(users.getText());
        Double z = nonNegative(think.getText());
        Double sMs = QueueWidget.positive(service.getText());
        Integer k = parseConcurrency(concurrency.getText());
        Double targetMs = QueueWidget.positive(target.getText());
        StringBuilder problems = new StringBuilder();
        if (n == null) {
            problems.append(i18n.format("capacity.invalidUsers", CapacityPlanner.MAX_USERS)).append(' ');
        }
        if (z == null || z > 86_400) {
            problems.append(i18n.get("capacity.invalidThink")).append(' ');
        }
        if (sMs == null || sMs > 3_600_000) {
            problems.append(i18n.get("capacity.invalidService")).append(' ');
        }
        if (k == null) {
            problems.append(i18n.format("capacity.invalidConcurrency", MAX_CONCURRENCY)).append(' ');
        }
        if (targetMs == null || targetMs > 3_600_000) {
            problems.append(i18n.get("capacity.invalidTarget")).append(' ');
        }
        if (problems.length() > 0) {
            setVisible(error, problems.toString().strip());
            return;
        }
        setVisible(error, null);
        CapacityPlanner.Inputs inputs = new CapacityPlanner.Inputs(n, z, sMs / 1000, k, targetMs / 1000);
        if (running != null) {
            running.cancel(false);
        }
        Task<CapacityCurve> task = new Task<>() {
            @Override
            protected CapacityCurve call() {
                return CapacityCurve.compute(inputs, this::isCancelled);
            }
        };
        running = task;
        status.setText(i18n.get("capacity.computing"));
        task.setOnSucceeded(e -> {
            if (running == task) {
                running = null;
                show(inputs, task.getValue());
            }
        });
        task.setOnFailed(e -> {
            if (running == task) {
                running = null;
                status.setText("");
                setVisible(error, String.valueOf(task.getException().getMessage()));
            }
        });
        WORKER.submit(task);
    }

    private void show(CapacityPlanner.Inputs inputs, CapacityCurve curve) {
        status.setText("");
        grid.setOpacity(1);
        if (curve == null) {
            return;
        }
        if (curve.plan() instanceof CapacityPlanner.Unreachable no) {
            answer.setText(i18n.format("capacity.unreachable", QueueWidget.time(inputs.targetP95Seconds()),
                    QueueWidget.time(no.serviceOnlyP95Seconds())));
            if (!answer.getStyleClass().contains("danger")) {
                answer.getStyleClass().add("danger");
            }
            for (Label l : List.of(throughput, utilization, meanResponse, p95)) {
                l.setText("—");
            }
            oneFewer.setText("");
            headroom.setText("");
            chart.getData().clear();
            return;
        }
        answer.getStyleClass().removeAll("danger");
        CapacityPlanner.Met met = (CapacityPlanner.Met) curve.plan();
        CapacityPlanner.Point a = met.answer();
        answer.setText(i18n.format("capacity.answer", a.pods(), a.servers()));
        throughput.setText(i18n.format("queue.perSecond", QueueWidget.number(a.throughputPerSecond())));
        utilization.setText(QueueWidget.percent(a.utilization()));
        meanResponse.setText(QueueWidget.time(a.meanResponseSeconds()));
        p95.setText(i18n.format("capacity.p95Value", QueueWidget.time(a.p95Seconds()), QueueWidget.time(inputs.targetP95Seconds())));
        if (met.oneFewer() != null) {
            oneFewer.setText(i18n.format("capacity.oneFewer", met.oneFewer().pods(), QueueWidget.time(met.oneFewer().p95Seconds()),
                    QueueWidget.percent(met.oneFewer().utilization())));
        } else {
            oneFewer.setText(i18n.get("capacity.onePod"));
        }
        CapacityPlanner.Point room = curve.headroom();
        headroom.setText(a.utilization() > CapacityPlanner.HEADROOM_UTILIZATION
                ? i18n.format("capacity.headroom", QueueWidget.percent(a.utilization()), room.pods(), QueueWidget.time(room.p95Seconds()))
                : "");
        XYChart.Series<Number, Number> p95Series = new XYChart.Series<>();
        p95Series.setName(i18n.get("capacity.seriesP95"));
        XYChart.Series<Number, Number> meanSeries = new XYChart.Series<>();
        meanSeries.setName(i18n.get("capacity.seriesMean"));
        for (CapacityPlanner.Point p : curve.points()) {
            p95Series.getData().add(new XYChart.Data<>(p.pods(), p.p95Seconds() * 1000));
            meanSeries.getData().add(new XYChart.Data<>(p.pods(), p.meanResponseSeconds() * 1000));
        }
        XYChart.Series<Number, Number> targetSeries = new XYChart.Series<>();
        targetSeries.setName(i18n.get("capacity.seriesTarget"));
        targetSeries.getData().add(new XYChart.Data<>(curve.fromPods(), inputs.targetP95Seconds() * 1000));
        targetSeries.getData().add(new XYChart.Data<>(curve.toPods(), inputs.targetP95Seconds() * 1000));
        podsAxis.setLowerBound(curve.fromPods());
        podsAxis.setUpperBound(curve.toPods());
        podsAxis.setTickUnit(Math.max(1, Math.ceil((curve.toPods() - curve.fromPods()) / 10.0)));
        chart.getData().setAll(List.of(p95Series, meanSeries, targetSeries));
    }

    static final int MAX_CONCURRENCY = 10_000;

    static Integer parseUsers(String text) {
        Integer n = QueueWidget.parseInt(text == null ? null : text.replace("_", "").replace(",", ""));
        return n != null && n >= 1 && n <= CapacityPlanner.MAX_USERS ? n : null;
    }

    static Integer parseConcurrency(String text) {
        Integer k = QueueWidget.parseInt(text);
        return k != null && k >= 1 && k <= MAX_CONCURRENCY ? k : null;
    }

    static Double nonNegative(String text) {
        try {
            double v = Double.parseDouble(text.strip().replace(',', '.'));
            return v >= 0 && Double.isFinite(v) ? v : null;
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    private static void setVisible(Label label, String text) {
        boolean visible = text != null;
        label.setText(visible ? text : "");
        label.setVisible(visible);
        label.setManaged(visible);
    }

    private static TextField field(String id, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        return f;
    }

    private static Label value(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("queue-value");
        return l;
    }
}

package dev.opsdojo.calc.ui;

import dev.opsdojo.calc.queue.FcfsResponseTime;
import dev.opsdojo.calc.queue.MMc;
import dev.opsdojo.calc.queue.MMcK;
import dev.opsdojo.calc.queue.RandomBalancedQueues;
import dev.opsdojo.ui.I18n;
import dev.opsdojo.ui.WidgetParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * M/M/c (or M/M/c/K with a capacity) live as you type: utilization, the chance of waiting, mean and percentile
 * response times, queue lengths, and with a capacity the blocking probability and goodput. A second line shows the
 * same load behind a random load balancer (c separate queues). Params: {@code servers=8 arrival=7.2 service=1
 * capacity=12} (capacity optional).
 */
public final class QueueWidget {
    static final int MAX_SERVERS = 100_000;
    static final int MAX_CAPACITY = 1_000_000;

    private final I18n i18n;
    private final TextField servers = field("queueServers", 6);
    private final TextField arrival = field("queueArrival", 7);
    private final TextField service = field("queueService", 7);
    private final TextField capacity = field("queueCapacity", 10);
    private final Label error = new Label();
    private final Label unstable = new Label();
    private final ProgressBar bar = new ProgressBar(0);
    private final Label utilization = value("queueUtilization");
    private final Label waitLabel = new Label();
    private final Label pWait = value("queueWaitProbability");
    private final Label meanWait = value("queueMeanWait");
    private final Label meanResponse = value("queueMeanResponse");
    private final Label percentiles = value("queuePercentiles");
    private final Label inSystem = value("queueInSystem");
    private final Label waiting = value("queueWaiting");
    private final Label blockingName = new Label();
    private final Label blocking = value("queueBlocking");
    private final Label goodputName = new Label();
    private final Label goodput = value("queueGoodput");
    private final Label random = new Label();
    private final GridPane grid = new GridPane();

    private QueueWidget(I18n i18n, Map<String, String> params) {
        this.i18n = i18n;
        servers.setText(param(params, "servers", "8", text -> parseServers(text) != null));
        arrival.setText(param(params, "arrival", "7.2", text -> positive(text) != null));
        service.setText(param(params, "service", "1", text -> positive(text) != null));
        capacity.setText(params.getOrDefault("capacity", "").strip());
        for (TextField f : List.of(servers, arrival, service, capacity)) {
            f.textProperty().addListener((obs, old, text) -> recompute());
        }
    }

    public static Node create(Map<String, String> params, I18n i18n) {
        return new QueueWidget(i18n, params).build();
    }

    private static String param(Map<String, String> params, String key, String fallback, Predicate<String> valid) {
        return WidgetParams.text(params, key, fallback, valid);
    }

    private Node build() {
        Label title = new Label(i18n.get("queue.title"));
        title.getStyleClass().add("md-h4");
        title.setWrapText(true);
        capacity.setPromptText(i18n.get("queue.capacityPrompt"));
        FlowPane inputs = new FlowPane(18, 8,
                labelled("queue.servers", servers), labelled("queue.arrival", arrival),
                labelled("queue.service", service), labelled("queue.capacity", capacity));
        inputs.setPrefWrapLength(700);
        error.setId("queueError");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        unstable.setId("queueUnstable");
        unstable.getStyleClass().addAll("danger", "queue-unstable");
        unstable.setWrapText(true);
        bar.setId("queueUtilizationBar");
        bar.setPrefWidth(260);
        bar.getStyleClass().add("queue-bar");
        HBox utilRow = new HBox(10, new Label(i18n.get("queue.utilization")), bar, utilization);
        utilRow.setAlignment(Pos.CENTER_LEFT);

        grid.getStyleClass().add("queue-grid");
        int r = 0;
        grid.addRow(r++, waitLabel, pWait);
        grid.addRow(r++, new Label(i18n.get("queue.meanWait")), meanWait);
        grid.addRow(r++, new Label(i18n.get("queue.meanResponse")), meanResponse);
        grid.addRow(r++, new Label(i18n.get("queue.percentiles")), percentiles);
        grid.addRow(r++, new Label(i18n.get("queue.inSystem")), inSystem);
        grid.addRow(r++, new Label(i18n.get("queue.waiting")), waiting);
        blockingName.setText(i18n.get("queue.blocking"));
        goodputName.setText(i18n.get("queue.goodput"));
        grid.addRow(r++, blockingName, blocking);
        grid.addRow(r, goodputName, goodput);

        random.setId("queueRandom");
        random.getStyleClass().add("queue-random");
        random.setWrapText(true);
        Label note = new Label(i18n.get("queue.note"));
        note.getStyleClass().add("muted");
        note.setWrapText(true);
        recompute();
        VBox box = new VBox(10, title, inputs, error, utilRow, unstable, grid, random, note);
        box.setMaxWidth(800);
        return box;
    }

    private Node labelled(String key, TextField field) {
        return labelled(i18n, key, field);
    }

    /** A field with its label in front (shared with the capacity widget). */
    static Node labelled(I18n i18n, String key, TextField field) {
        Label label = new Label(i18n.get(key));
        label.setLabelFor(field);
        HBox row = new HBox(6, label, field);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private void recompute() {
        Integer c = parseServers(servers.getText());
        Double lambda = positive(arrival.getText());
        Double mu = positive(service.getText());
        String capText = capacity.getText() == null ? "" : capacity.getText().strip();
        Integer k = capText.isEmpty() ? null : parseInt(capText);
        List<String> problems = new ArrayList<>();
        if (c == null) {
            problems.add(i18n.format("queue.invalidServers", MAX_SERVERS));
        }
        if (lambda == null) {
            problems.add(i18n.get("queue.invalidArrival"));
        }
        if (mu == null) {
            problems.add(i18n.get("queue.invalidService"));
        }
        if (!capText.isEmpty() && (k == null || (c != null && k < c) || k > MAX_CAPACITY)) {
            problems.add(i18n.format("queue.invalidCapacity", MAX_CAPACITY));
        }
        if (!problems.isEmpty()) {
            show(error, String.join(" ", problems));
            grid.setOpacity(0.4);
            return;
        }
        show(error, null);
        grid.setOpacity(1);
        if (k == null) {
            showOpen(MMc.of(lambda, mu, c));
        } else {
            showBounded(MMcK.of(lambda, mu, c, k));
        }
    }

    private void showOpen(MMc q) {
        setBar(q.utilization());
        utilization.setText(percent(q.utilization()));
        waitLabel.setText(i18n.get("queue.waitProbability"));
        showBlocking(false);
        if (!q.stable()) {
            show(unstable, i18n.format("queue.unstable", percent(q.utilization()), q.servers()));
            for (Label l : List.of(pWait, meanWait, meanResponse, percentiles, inSystem, waiting)) {
                l.setText("∞");
            }
            pWait.setText(percent(1));
            show(random, null);
            return;
        }
        show(unstable, null);
        pWait.setText(percent(q.probabilityOfWaiting()));
        meanWait.setText(time(q.meanWaitSeconds()));
        meanResponse.setText(time(q.meanResponseSeconds()));
        percentiles.setText(time(q.responseQuantileSeconds(0.5)) + " / " + time(q.responseQuantileSeconds(0.95))
                + " / " + time(q.responseQuantileSeconds(0.99)));
        inSystem.setText(number(q.meanInSystem()));
        waiting.setText(number(q.meanQueueLength()));
        RandomBalancedQueues r = q.withRandomBalancer();
        show(random, i18n.format("queue.random", q.servers(), time(r.meanResponseSeconds()),
                time(r.responseQuantileSeconds(0.95)), time(q.meanResponseSeconds())));
    }

    private void showBounded(MMcK q) {
        setBar(q.utilization());
        utilization.setText(percent(q.utilization()) + "  " + i18n.format("queue.offered", percent(q.offeredUtilization())));
        waitLabel.setText(i18n.get("queue.waitProbabilityAdmitted"));
        show(unstable, null);
        show(random, null);
        showBlocking(true);
        FcfsResponseTime response = q.responseTime();
        pWait.setText(percent(q.probabilityAdmittedWaits()));
        meanWait.setText(time(q.meanWaitSeconds()));
        meanResponse.setText(time(q.meanResponseSeconds()));
        percentiles.setText(time(response.quantileSeconds(0.5)) + " / " + time(response.quantileSeconds(0.95))
                + " / " + time(response.quantileSeconds(0.99)));
        inSystem.setText(number(q.meanInSystem()));
        waiting.setText(number(q.meanQueueLength()));
        blocking.setText(percent(q.blockingProbability()));
        goodput.setText(i18n.format("queue.perSecond", number(q.goodputPerSecond())));
    }

    private void setBar(double fraction) {
        bar.setProgress(Math.min(1, fraction));
        bar.getStyleClass().removeAll("queue-bar-high", "queue-bar-over");
        if (fraction >= 1) {
            bar.getStyleClass().add("queue-bar-over");
        } else if (fraction >= 0.8) {
            bar.getStyleClass().add("queue-bar-high");
        }
    }

    private void showBlocking(boolean visible) {
        for (Label l : List.of(blockingName, blocking, goodputName, goodput)) {
            l.setVisible(visible);
            l.setManaged(visible);
        }
    }

    private static void show(Label label, String text) {
        boolean visible = text != null;
        label.setText(visible ? text : "");
        label.setVisible(visible);
        label.setManaged(visible);
    }

    static Integer parseServers(String text) {
        Integer c = parseInt(text);
        return c != null && c >= 1 && c <= MAX_SERVERS ? c : null;
    }

    static Integer parseInt(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    /** A positive finite number (a comma works as the decimal point), or null. */
    static Double positive(String text) {
        try {
            double v = Double.parseDouble(text.strip().replace(',', '.'));
            return v > 0 && Double.isFinite(v) && v < 1e12 ? v : null;
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    /** "123.4 ms" below a second, "1.234 s" above, "∞" for an unbounded time. */
    static String time(double seconds) {
        if (!Double.isFinite(seconds)) {
            return "∞";
        }
        if (seconds < 1) {
            return String.format(Locale.ROOT, "%.1f ms", seconds * 1000);
        }
        return String.format(Locale.ROOT, "%.3f s", seconds);
    }

    static String percent(double fraction) {
        if (fraction > 0 && fraction < 0.0001) {
            return String.format(Locale.ROOT, "%.2e%%", fraction * 100);
        }
        return String.format(Locale.ROOT, "%.2f%%", fraction * 100);
    }

    static String number(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%.1f" : "%.3f", value);
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

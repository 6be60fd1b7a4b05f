package dev.opsdojo.sim.deploy.ui;

import dev.opsdojo.sim.deploy.AbVerdict;
import dev.opsdojo.sim.deploy.DeployResult;
import dev.opsdojo.ui.I18n;
import dev.opsdojo.ui.Styles;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The run's totals so far, as a learner compares releases: outcome, time to roll out or back, downtime,
 * availability, requests and p95 per version, users who met the new version and its errors, the extra pods it took;
 * for an A/B test the conversion rates with their intervals and whether the difference is significant yet. Values
 * have ids {@code deployResult-<name>} (the outcome {@code deployOutcome}).
 */
final class ResultsPane extends VBox {
    static final String[] ROWS = {"outcome", "time", "downtime", "availability", "requests", "p95", "exposed", "errors", "peak"};
    private final I18n i18n;
    private final Map<String, Label> values = new LinkedHashMap<>();
    private final Map<String, Label> names = new LinkedHashMap<>();
    private final VBox ab = new VBox(3);
    private final Label abA = new Label();
    private final Label abB = new Label();
    private final Label abDiff = new Label();
    private final Label abVerdict = new Label();

    ResultsPane(I18n i18n) {
        this.i18n = i18n;
        setId("deployResults");
        getStyleClass().add("deploy-results");
        setSpacing(6);
        // Rows of HBoxes rather than a GridPane: an HBox gives a wrapping label the height its real width needs.
        VBox grid = new VBox(3);
        grid.getStyleClass().add("deploy-result-rows");
        for (String row : ROWS) {
            Label name = new Label(i18n.get("sim.deploy.result." + row));
            name.getStyleClass().add(Styles.MUTED);
            name.setMinWidth(92);
            name.setPrefWidth(92);
            name.setMaxWidth(92);
            name.setWrapText(true);
            name.setMinHeight(Region.USE_PREF_SIZE);
            Label value = new Label("–");
            value.setId(row.equals("outcome") ? "deployOutcome" : "deployResult-" + row);
            value.getStyleClass().add("deploy-result-value");
            value.setWrapText(true);
            value.setMinWidth(0);
            value.setMinHeight(Region.USE_PREF_SIZE);
            value.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(value, Priority.ALWAYS);
            names.put(row, name);
            values.put(row, value);
            HBox line = new HBox(10, name, value);
            grid.getChildren().add(line);
        }
        ab.setId("deployAb");
        ab.getStyleClass().add("deploy-ab");
        Label abTitle = new Label(i18n.get("sim.deploy.ab.title"));
        abTitle.getStyleClass().addAll("md-h4", "sim-section");
        abVerdict.setId("deployAbVerdict");
        abVerdict.getStyleClass().add("deploy-ab-verdict");
        for (Label l : new Label[] {abA, abB, abDiff, abVerdict}) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
        }
        abA.setId("deployAbA");
        abB.setId("deployAbB");
        abDiff.setId("deployAbDiff");
        ab.getChildren().addAll(abTitle, abA, abB, abDiff, abVerdict);
        show(ab, false);
        // An A/B test is run for its verdict: it comes first.
        getChildren().addAll(ab, grid);
    }

    Label value(String row) {
        return values.get(row);
    }

    void show(DeployResult r) {
        Label outcome = values.get("outcome");
        outcome.setText(DeployTexts.outcome(i18n, r.outcome()));
        outcome.getStyleClass().removeAll("success", "danger", "warning");
        switch (r.outcome()) {
            case COMPLETED -> outcome.getStyleClass().add("success");
            case FAILED, ABORTED -> outcome.getStyleClass().add("danger");
            case ROLLED_BACK, PAUSED -> outcome.getStyleClass().add("warning");
            default -> { }
        }
        String time;
        if (Double.isFinite(r.timeToRollbackSeconds())) {
            time = i18n.format("sim.deploy.result.rolledBackIn", DeployTexts.time(r.timeToRollbackSeconds()));
        } else if (Double.isFinite(r.timeToCompleteSeconds())) {
            time = i18n.format("sim.deploy.result.completeIn", DeployTexts.time(r.timeToCompleteSeconds()));
        } else if (Double.isFinite(r.rolloutStartedAtSeconds())) {
            time = i18n.format("sim.deploy.result.startedAt", DeployTexts.time(r.rolloutStartedAtSeconds()));
        } else {
            time = "–";
        }
        values.get("time").setText(time);
        values.get("downtime").setText(i18n.format("sim.deploy.result.downtimeValue", Math.round(r.downtimeSeconds()),
                Math.round(r.noReadyPodSeconds())));
        mark(values.get("downtime"), r.downtimeSeconds() > 0);
        values.get("availability").setText(i18n.format("sim.deploy.result.availabilityValue",
                String.format(i18n.locale(), "%.3f%%", r.availability() * 100),
                String.format(i18n.locale(), "%.1f%%", r.sloAvailability() * 100)));
        mark(values.get("availability"), r.availability() < 0.99 && r.requests() > 0);
        // Requests that found no ready pod belong to no version: the total says them.
        String total = i18n.format("sim.deploy.result.requestsTotal", DeployTexts.count(i18n, r.requests()),
                DeployTexts.count(i18n, r.failed()));
        values.get("requests").setText(total + "\n" + r.versions().stream()
                .map(v -> i18n.format("sim.deploy.result.requestsValue", v.name(), DeployTexts.count(i18n, v.requests()),
                        DeployTexts.percent(i18n, v.requests() == 0 ? 0 : (double) v.failed() / v.requests())))
                .collect(Collectors.joining("\n")));
        String p95 = r.versions().stream().filter(v -> v.requests() > 0)
                .map(v -> i18n.format("sim.deploy.result.p95Value", v.name(), Math.round(v.p95Ms())))
                .collect(Collectors.joining(" · "));
        values.get("p95").setText(p95.isEmpty() ? "–" : p95);
        values.get("exposed").setText(i18n.format("sim.deploy.result.exposedValue", DeployTexts.count(i18n, r.usersExposedToRelease())));
        values.get("errors").setText(i18n.format("sim.deploy.result.errorsValue", DeployTexts.count(i18n, r.usersWithReleaseErrors()),
                DeployTexts.count(i18n, r.releaseErrors())));
        mark(values.get("errors"), r.usersWithReleaseErrors() > 0);
        values.get("peak").setText(i18n.format("sim.deploy.result.peakValue", r.peakPods(), r.peakExtraPods(),
                DeployTexts.percent(i18n, r.peakExtraCapacity())));
        showAb(r.ab(), r);
    }

    private void showAb(AbVerdict v, DeployResult r) {
        show(ab, v != null);
        if (v == null) {
            return;
        }
        String nameA = r.versions().isEmpty() ? "A" : r.versions().get(0).name();
        String nameB = r.versions().size() < 2 ? "B" : r.versions().get(1).name();
        abA.setText(i18n.format("sim.deploy.ab.rate", "A", nameA, pct(v.rateA()), pct(v.rateALow()), pct(v.rateAHigh()),
                DeployTexts.count(i18n, v.conversionsA()), DeployTexts.count(i18n, v.visitsA())));
        abB.setText(i18n.format("sim.deploy.ab.rate", "B", nameB, pct(v.rateB()), pct(v.rateBLow()), pct(v.rateBHigh()),
                DeployTexts.count(i18n, v.conversionsB()), DeployTexts.count(i18n, v.visitsB())));
        abDiff.setText(i18n.format("sim.deploy.ab.diff", points(v.difference()), points(v.differenceLow()), points(v.differenceHigh()),
                Math.round(v.confidenceLevel() * 100)));
        String p = !Double.isFinite(v.pValue()) ? "p = –" : v.pValue() < 0.001 ? "p < 0.001"
                : String.format(java.util.Locale.ROOT, "p = %.3f", v.pValue());
        String key = !v.enoughSamples() ? "sim.deploy.ab.notEnough" : v.significant()
                ? (v.difference() > 0 ? "sim.deploy.ab.significantB" : "sim.deploy.ab.significantA") : "sim.deploy.ab.notSignificant";
        abVerdict.setText(i18n.format(key, p, Math.round(v.confidenceLevel() * 100), nameA, nameB));
        abVerdict.getStyleClass().removeAll("success", "warning");
        abVerdict.getStyleClass().add(v.significant() ? "success" : "warning");
    }

    private String pct(double rate) {
        return Double.isFinite(rate) ? String.format(i18n.locale(), "%.2f%%", rate * 100) : "–";
    }

    private String points(double difference) {
        return Double.isFinite(difference) ? String.format(i18n.locale(), "%+.2f", difference * 100) : "–";
    }

    private static void mark(Label label, boolean bad) {
        label.getStyleClass().remove("danger");
        if (bad) {
            label.getStyleClass().add("danger");
        }
    }

    private static void show(javafx.scene.Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}

package dev.opsdojo.calc.ui;

import dev.opsdojo.calc.Nines;
import dev.opsdojo.ui.I18n;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Availability → allowed downtime, live as you type or drag. The slider moves in "nines" (90% … 99.9999%) because
 * that is how availability is talked about; the field takes any percentage. Params: {@code availability=99.95}.
 */
public final class NinesWidget {
    private final I18n i18n;
    private final TextField input = new TextField();
    private final Slider nines = new Slider(1, 6, 3);
    private final Label error = new Label();
    private final Map<Nines.Period, Label> values = new java.util.EnumMap<>(Nines.Period.class);
    private boolean syncing;

    private NinesWidget(I18n i18n, double initialPercent) {
        this.i18n = i18n;
        input.setId("ninesInput");
        input.setPrefColumnCount(8);
        nines.setId("ninesSlider");
        nines.setPrefWidth(260);
        nines.setMajorTickUnit(1);
        nines.setMinorTickCount(1);
        nines.setShowTickMarks(true);
        input.textProperty().addListener((obs, old, text) -> fromText(text));
        nines.valueProperty().addListener((obs, old, value) -> fromSlider(value.doubleValue()));
        input.setText(format(initialPercent));
    }

    public static Node create(Map<String, String> params, I18n i18n) {
        double initial = 99.9;
        try {
            initial = Double.parseDouble(params.getOrDefault("availability", "99.9"));
        } catch (NumberFormatException ignored) {
            // A lesson with a bad parameter still gets a working widget at the default.
        }
        return new NinesWidget(i18n, Math.max(0, Math.min(100, initial))).build();
    }

    private Node build() {
        Label title = new Label(i18n.get("nines.title"));
        title.getStyleClass().add("md-h4");
        Label inputLabel = new Label(i18n.get("nines.availability"));
        HBox row = new HBox(10, inputLabel, input, nines);
        row.setAlignment(Pos.CENTER_LEFT);
        error.setId("ninesError");
        error.getStyleClass().add("danger");
        error.setManaged(false);
        error.setVisible(false);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("nines-grid");
        int r = 0;
        for (Nines.Period period : Nines.Period.values()) {
            Label name = new Label(i18n.get("nines.per" + period.name().charAt(0) + period.name().substring(1).toLowerCase(Locale.ROOT)));
            Label value = new Label();
            value.setId("ninesDowntime-" + period.name().toLowerCase(Locale.ROOT));
            value.getStyleClass().add("nines-value");
            values.put(period, value);
            grid.addRow(r++, name, value);
        }
        Label note = new Label(i18n.get("nines.note"));
        note.getStyleClass().add("muted");
        Label allowed = new Label(i18n.get("nines.allowed"));
        allowed.getStyleClass().add("md-strong");
        fromText(input.getText());
        return new VBox(10, title, row, error, allowed, grid, note);
    }

    private void fromText(String text) {
        double percent;
        try {
            percent = Double.parseDouble(text.strip().replace("%", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            percent = Double.NaN;
        }
        if (!Double.isFinite(percent) || percent < 0 || percent > 100) {
            showError(true);
            return;
        }
        showError(false);
        Nines.Budget budget = Nines.fromPercent(percent);
        values.forEach((period, label) -> label.setText(Nines.formatDuration(budget.seconds(period))));
        if (!syncing && percent < 100) {
            syncing = true;
            nines.setValue(Math.max(1, Math.min(6, -Math.log10(1 - percent / 100))));
            syncing = false;
        }
    }

    private void fromSlider(double value) {
        if (syncing) {
            return;
        }
        double rounded = Math.round(value * 2) / 2.0;
        double percent = 100 * (1 - Math.pow(10, -rounded));
        syncing = true;
        input.setText(format(percent));
        syncing = false;
    }

    private void showError(boolean show) {
        error.setText(show ? i18n.get("nines.invalid") : "");
        error.setVisible(show);
        error.setManaged(show);
        values.values().forEach(v -> v.setOpacity(show ? 0.4 : 1));
    }

    private static String format(double percent) {
        String s = String.format(Locale.ROOT, "%.6f", percent).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}

package dev.opsdojo.calc.ui;

import dev.opsdojo.calc.Nines;
import dev.opsdojo.calc.Redundancy;
import dev.opsdojo.ui.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * A chain of groups in series, each N replicas in parallel: edit the groups and see the total availability, the
 * downtime it means, which group dominates the downtime and what one more replica in each group would give.
 * Params: {@code groups=99.99,99.9x3,99.95x2}.
 */
public final class RedundancyWidget {
    static final String DEFAULT_GROUPS = "99.99,99.9x3,99.95x2";
    private static final double BAR_WIDTH = 200;
    private static final int MAX_GROUPS = 8;

    private final I18n i18n;
    private final List<GroupRow> rows = new ArrayList<>();
    private final VBox rowBox = new VBox(10);
    private final Button add = new Button();
    private final Label error = new Label();
    private final Label total = new Label();
    private final Label nines = new Label();
    private final Label perYear = new Label();
    private final Label perMonth = new Label();
    private final Label dominant = new Label();

    private RedundancyWidget(I18n i18n, List<Redundancy.Group> groups) {
        this.i18n = i18n;
        groups.forEach(this::addRow);
    }

    public static Node create(Map<String, String> params, I18n i18n) {
        List<Redundancy.Group> groups;
        try {
            groups = parse(params.getOrDefault("groups", DEFAULT_GROUPS));
        } catch (IllegalArgumentException e) {
            // A lesson with a bad parameter still gets a working widget at the default.
            groups = parse(DEFAULT_GROUPS);
        }
        return new RedundancyWidget(i18n, groups).build();
    }

    private static List<Redundancy.Group> parse(String text) {
        List<Redundancy.Group> groups = new ArrayList<>();
        for (String part : text.split(",")) {
            groups.add(Redundancy.parse(part));
        }
        if (groups.size() > MAX_GROUPS) {
            throw new IllegalArgumentException("at most " + MAX_GROUPS + " groups");
        }
        return groups;
    }

    private Node build() {
        Label title = new Label(i18n.get("redundancy.title"));
        title.getStyleClass().add("md-h4");
        Label intro = wrapped(i18n.get("redundancy.intro"), "muted");
        add.setText(i18n.get("redundancy.add"));
        add.setId("redundancyAdd");
        add.setOnAction(e -> {
            addRow(new Redundancy.Group(99.9, 2));
            recompute();
        });
        error.setId("redundancyError");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        show(error, false);

        total.setId("redundancyTotal");
        total.getStyleClass().add("nines-value");
        nines.setId("redundancyNines");
        nines.getStyleClass().add("muted");
        HBox totalRow = new HBox(12, new Label(i18n.get("redundancy.total")), total, nines);
        totalRow.setAlignment(Pos.BASELINE_LEFT);
        perYear.setId("redundancyDowntimeYear");
        perMonth.setId("redundancyDowntimeMonth");
        HBox downtimeRow = new HBox(16, new Label(i18n.get("redundancy.downtime")), perYear, perMonth);
        downtimeRow.setAlignment(Pos.BASELINE_LEFT);
        dominant.setId("redundancyDominant");
        dominant.setWrapText(true);
        VBox summary = new VBox(6, totalRow, downtimeRow, dominant);
        summary.getStyleClass().add("redundancy-summary");

        Label note = wrapped(i18n.get("redundancy.note"), "muted");
        recompute();
        VBox root = new VBox(10, title, intro, rowBox, add, error, summary, note);
        root.setMaxWidth(800);
        return root;
    }

    private void addRow(Redundancy.Group group) {
        GroupRow row = new GroupRow(group);
        rows.add(row);
        rowBox.getChildren().add(row.box);
        renumber();
    }

    private void removeRow(GroupRow row) {
        if (rows.size() <= 1) {
            return;
        }
        rows.remove(row);
        rowBox.getChildren().remove(row.box);
        renumber();
        recompute();
    }

    private void renumber() {
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).number(i);
        }
        add.setDisable(rows.size() >= MAX_GROUPS);
    }

    private void recompute() {
        List<Redundancy.Group> groups = new ArrayList<>();
        for (GroupRow row : rows) {
            if (row.group == null) {
                error.setText(i18n.format("redundancy.invalid", rows.indexOf(row) + 1));
                show(error, true);
                return;
            }
            groups.add(row.group);
        }
        show(error, false);
        Redundancy.Result result = Redundancy.evaluate(groups);
        total.setText(Redundancy.percentText(result.unavailability(), 4) + "%");
        nines.setText(Double.isFinite(result.nines())
                ? i18n.format("redundancy.nines", String.format(Locale.ROOT, "%.2f", result.nines()))
                : i18n.get("redundancy.neverDown"));
        perYear.setText(i18n.format("redundancy.perYear", Nines.formatDuration(result.downtimeSeconds(Nines.Period.YEAR))));
        perMonth.setText(i18n.format("redundancy.perMonth", Nines.formatDuration(result.downtimeSeconds(Nines.Period.MONTH))));
        boolean anyDowntime = result.unavailability() > 0;
        dominant.setText(anyDowntime ? i18n.format("redundancy.dominant", result.dominantGroup() + 1,
                result.groups().get(result.dominantGroup()).group().toString()) : "");
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).show(result.groups().get(i), anyDowntime && i == result.dominantGroup());
        }
    }

    private final class GroupRow {
        private final Label name = new Label();
        private final Spinner<Double> availability = new Spinner<>();
        private final Spinner<Integer> replicas = new Spinner<>(1, Redundancy.MAX_REPLICAS, 1);
        private final Button remove = new Button("×");
        private final Region fill = new Region();
        private final Label share = new Label();
        private final Label groupAvailability = new Label();
        private final Label oneMore = new Label();
        private final VBox box;
        private Redundancy.Group group;

        GroupRow(Redundancy.Group initial) {
            group = initial;
            SpinnerValueFactory.DoubleSpinnerValueFactory values =
                    new SpinnerValueFactory.DoubleSpinnerValueFactory(0, 100, initial.availabilityPercent(), 0.01);
            values.setConverter(new PercentConverter(values));
            availability.setValueFactory(values);
            availability.setEditable(true);
            availability.setPrefWidth(130);
            replicas.getValueFactory().setValue(initial.replicas());
            replicas.setEditable(true);
            replicas.setPrefWidth(90);
            availability.getEditor().textProperty().addListener((obs, old, text) -> edited());
            replicas.getEditor().textProperty().addListener((obs, old, text) -> edited());
            remove.getStyleClass().add("flat");
            remove.setOnAction(e -> removeRow(this));

            name.getStyleClass().add("md-strong");
            name.setMinWidth(70);
            HBox inputs = new HBox(8, name, availability, new Label("% ×"), replicas, new Label(i18n.get("redundancy.replicas")), remove);
            inputs.setAlignment(Pos.CENTER_LEFT);

            fill.getStyleClass().add("redundancy-bar-fill");
            fill.setMaxHeight(Region.USE_PREF_SIZE);
            fill.setPrefHeight(10);
            Pane track = new StackPane(fill);
            StackPane.setAlignment(fill, Pos.CENTER_LEFT);
            track.getStyleClass().add("redundancy-bar");
            track.setPrefSize(BAR_WIDTH, 10);
            track.setMinWidth(BAR_WIDTH);
            track.setMaxSize(BAR_WIDTH, 10);
            share.setMinWidth(Region.USE_PREF_SIZE);
            groupAvailability.getStyleClass().add("muted");
            groupAvailability.setMinWidth(Region.USE_PREF_SIZE);
            HBox bar = new HBox(10, track, share, groupAvailability);
            bar.setAlignment(Pos.CENTER_LEFT);
            oneMore.getStyleClass().add("muted");
            oneMore.setWrapText(true);
            box = new VBox(4, inputs, bar, oneMore);
            box.getStyleClass().add("redundancy-group");
        }

        void number(int index) {
            name.setText(i18n.format("redundancy.group", index + 1));
            availability.setId("redundancyAvailability-" + index);
            replicas.setId("redundancyReplicas-" + index);
            remove.setId("redundancyRemove-" + index);
            share.setId("redundancyShare-" + index);
            oneMore.setId("redundancyOneMore-" + index);
            box.setId("redundancyGroup-" + index);
        }

        private void edited() {
            try {
                double percent = Double.parseDouble(availability.getEditor().getText().strip().replace("%", "").replace(',', '.'));
                int n = Integer.parseInt(replicas.getEditor().getText().strip());
                group = new Redundancy.Group(percent, n);
            } catch (IllegalArgumentException e) {
                group = null;
            }
            recompute();
        }

        void show(Redundancy.GroupResult result, boolean dominates) {
            fill.setPrefWidth(Math.max(result.share() > 0 ? 2 : 0, result.share() * BAR_WIDTH));
            fill.setMaxWidth(fill.getPrefWidth());
            share.setText(i18n.format("redundancy.share", String.format(Locale.ROOT, "%.1f", result.share() * 100)));
            groupAvailability.setText(i18n.format("redundancy.groupAvailability",
                    Redundancy.percentText(result.unavailability(), 4)));
            box.getStyleClass().remove("redundancy-dominant");
            if (dominates) {
                box.getStyleClass().add("redundancy-dominant");
            }
            double after = result.systemUnavailabilityWithOneMore();
            oneMore.setText(i18n.format("redundancy.oneMore", Redundancy.percentText(after, 4),
                    Nines.formatDuration(after * Nines.YEAR_SECONDS)));
        }
    }

    private static final class PercentConverter extends StringConverter<Double> {
        private final SpinnerValueFactory<Double> values;

        PercentConverter(SpinnerValueFactory<Double> values) {
            this.values = values;
        }

        @Override
        public String toString(Double value) {
            if (value == null) {
                return "";
            }
            return java.math.BigDecimal.valueOf(value).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }

        @Override
        public Double fromString(String text) {
            try {
                return Double.parseDouble(text.strip().replace("%", "").replace(',', '.'));
            } catch (NumberFormatException e) {
                return values.getValue();
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

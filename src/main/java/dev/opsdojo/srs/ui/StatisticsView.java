package dev.opsdojo.srs.ui;

import dev.opsdojo.srs.CardState;
import dev.opsdojo.srs.SrsStatistics;
import dev.opsdojo.ui.Styles;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Flashcard statistics: a review heatmap, true retention, cards by state, the due forecast and per-topic strength. */
public final class StatisticsView {
    private static final int HEATMAP_WEEKS = 26;

    private StatisticsView() {
    }

    public static Node create(CardsContext ctx) {
        var i18n = ctx.i18n();
        Instant now = ctx.clock().instant();
        var flashcards = ctx.flashcards();
        SrsStatistics stats = new SrsStatistics(flashcards.log().events(), flashcards.day());
        VBox box = new VBox(12);
        box.setId("srsStatistics");
        Label title = new Label(i18n.get("stats.title"));
        title.getStyleClass().add("md-h3");
        box.getChildren().add(title);

        Label total = new Label(i18n.format("stats.reviewsTotal", stats.totalReviews()));
        total.setId("statsTotal");
        double retention = stats.trueRetention(now, 30);
        Label retentionLabel = new Label(Double.isNaN(retention) ? i18n.get("stats.retentionNone")
                : i18n.format("stats.retention", String.format(Locale.ROOT, "%.1f%%", retention * 100)));
        retentionLabel.setId("statsRetention");
        box.getChildren().addAll(total, retentionLabel);

        box.getChildren().addAll(heading(i18n.get("stats.heatmap")), heatmap(stats.reviewsPerDay(), flashcards.day().learnerDate(now)));

        Map<CardState, Integer> byState = SrsStatistics.cardsByState(ctx.library().cardIds(), flashcards.log().cards());
        int cards = Math.max(1, byState.values().stream().mapToInt(Integer::intValue).sum());
        GridPane states = new GridPane();
        states.setHgap(10);
        states.setVgap(4);
        states.setId("statsByState");
        int row = 0;
        for (CardState state : CardState.values()) {
            ProgressBar bar = new ProgressBar(byState.get(state) / (double) cards);
            bar.setPrefWidth(220);
            states.addRow(row++, new Label(i18n.get("state." + state.name().toLowerCase(Locale.ROOT))), bar,
                    new Label(String.valueOf(byState.get(state))));
        }
        box.getChildren().addAll(heading(i18n.get("stats.byState")), states);

        CategoryAxis days = new CategoryAxis();
        NumberAxis count = new NumberAxis();
        count.setMinorTickVisible(false);
        BarChart<String, Number> forecast = new BarChart<>(days, count);
        forecast.setId("statsForecast");
        forecast.setLegendVisible(false);
        forecast.setAnimated(false);
        forecast.setPrefHeight(220);
        forecast.setCategoryGap(2);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        DateTimeFormatter label = DateTimeFormatter.ofPattern("d");
        stats.dueForecast(flashcards.log().cards().values(), now, 30)
                .forEach((date, n) -> series.getData().add(new XYChart.Data<>(label.format(date), n)));
        forecast.getData().add(series);
        box.getChildren().addAll(heading(i18n.get("stats.forecast")), forecast);

        List<SrsStatistics.TopicStrength> strengths = stats.topicStrength(id -> ctx.library().card(id, i18n.language())
                .map(c -> c.card().topic()).orElse(null));
        box.getChildren().add(heading(i18n.get("stats.topics")));
        if (strengths.isEmpty()) {
            box.getChildren().add(new Label(i18n.get("stats.noReviews")));
        }
        VBox topicRows = new VBox(4);
        topicRows.setId("statsTopics");
        for (SrsStatistics.TopicStrength strength : strengths) {
            String name = ctx.library().topic(strength.topic()).map(t -> t.title(i18n.language())).orElse(strength.topic());
            ProgressBar bar = new ProgressBar(strength.retention());
            bar.setPrefWidth(180);
            HBox line = new HBox(10, new Label(name), bar, new Label(String.format(Locale.ROOT, "%.0f%% · %d", strength.retention() * 100, strength.reviews())));
            line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            ctx.library().lessonIdsInCourseOrder().stream()
                    .filter(id -> ctx.library().lesson(id, i18n.language()).map(r -> r.lesson().meta().topic().equals(strength.topic())).orElse(false))
                    .findFirst()
                    .ifPresent(lessonId -> {
                        Hyperlink link = new Hyperlink(i18n.format("mock.lessonLink",
                                ctx.library().lesson(lessonId, i18n.language()).map(r -> r.lesson().meta().title()).orElse(lessonId)));
                        link.setOnAction(e -> ctx.links().accept("lesson:" + lessonId));
                        line.getChildren().add(link);
                    });
            topicRows.getChildren().add(line);
        }
        box.getChildren().add(topicRows);
        return box;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("md-h4");
        return label;
    }

    /** A GitHub-style calendar: one column per week, Monday on top, colour by reviews that day. */
    private static Node heatmap(Map<LocalDate, Integer> perDay, LocalDate today) {
        GridPane grid = new GridPane();
        grid.setHgap(3);
        grid.setVgap(3);
        grid.setId("statsHeatmap");
        LocalDate start = today.minusWeeks(HEATMAP_WEEKS - 1L).with(DayOfWeek.MONDAY);
        int max = perDay.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        for (LocalDate d = start; !d.isAfter(today); d = d.plusDays(1)) {
            int n = perDay.getOrDefault(d, 0);
            Region cell = new Region();
            cell.setMinSize(12, 12);
            cell.setPrefSize(12, 12);
            int level = n == 0 ? 0 : max <= 1 ? 4 : 1 + (int) Math.min(3, Math.floor(3.0 * (n - 1) / (max - 1) + 0.0001));
            cell.getStyleClass().addAll("heat-cell", "heat-" + level);
            Tooltip.install(cell, new Tooltip(d + ": " + n));
            int week = (int) java.time.temporal.ChronoUnit.WEEKS.between(start, d.with(DayOfWeek.MONDAY));
            grid.add(cell, week, d.getDayOfWeek().getValue() - 1);
        }
        return grid;
    }

}

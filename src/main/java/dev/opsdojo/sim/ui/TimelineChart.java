package dev.opsdojo.sim.ui;

import dev.opsdojo.sim.session.Snapshot.TimelinePoint;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * A small time-series chart on a canvas (a LineChart is too slow at 60 frames per second): title, current value,
 * y axis from 0 to a rounded maximum, x axis from 0 to the scenario's duration, an optional second series drawn
 * dashed and an optional limit line (the p95 SLO). Redraws only when the timeline grew, the size, the limit or the
 * theme changed.
 */
final class TimelineChart extends Region {
    private static final double LEFT = 38;
    private static final double TOP = 22;
    private static final double BOTTOM = 15;
    private static final double RIGHT = 8;
    private final Canvas canvas = new Canvas();
    private final Palette palette;
    private final String title;
    private final ToDoubleFunction<TimelinePoint> primary;
    private final ToDoubleFunction<TimelinePoint> secondary;
    private final DoubleFunction<String> format;
    private final double minimumMax;
    private final Font titleFont = Font.font(11);
    private final Font valueFont = Font.font(null, FontWeight.BOLD, 13);
    private final Font axisFont = Font.font(9);
    private List<TimelinePoint> timeline = List.of();
    private double durationSeconds;
    private double limit = Double.NaN;
    private String limitLabel = "";
    private List<TimelinePoint> drawnTimeline;
    private int drawnSize = -1;
    private double drawnWidth = -1;
    private double drawnHeight = -1;
    private int drawnPalette = -1;
    private double drawnLimit = Double.NaN;
    private int redraws;

    TimelineChart(String id, String title, Palette palette, ToDoubleFunction<TimelinePoint> primary,
                  ToDoubleFunction<TimelinePoint> secondary, DoubleFunction<String> format, double minimumMax) {
        setId(id);
        this.title = title;
        this.palette = palette;
        this.primary = primary;
        this.secondary = secondary;
        this.format = format;
        this.minimumMax = minimumMax;
        getChildren().add(canvas);
        getStyleClass().add("sim-chart");
        setMinSize(120, 90);
        setPrefSize(220, 120);
    }

    void setLimit(double value, String label) {
        limit = value;
        limitLabel = label;
        draw();
    }

    void show(List<TimelinePoint> timeline, double durationSeconds) {
        this.timeline = timeline;
        this.durationSeconds = durationSeconds;
        draw();
    }

    /** How often the chart actually repainted (tests check it does not on every frame). */
    int redraws() {
        return redraws;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.floor(getWidth()));
        canvas.setHeight(Math.floor(getHeight()));
        draw();
    }

    /** The smallest of 1, 2, 2.5, 5 times a power of ten that is at least {@code value}. */
    static double niceCeiling(double value) {
        if (!(value > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= value * (1 - 1e-9)) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        boolean sameLimit = Double.compare(limit, drawnLimit) == 0;
        if (timeline == drawnTimeline && timeline.size() == drawnSize && w == drawnWidth && h == drawnHeight
                && palette.version() == drawnPalette && sameLimit) {
            return;
        }
        if (timeline.size() == drawnSize && drawnSize > 0 && timeline.get(drawnSize - 1).equals(drawnTimeline.get(drawnSize - 1))
                && w == drawnWidth && h == drawnHeight && palette.version() == drawnPalette && sameLimit) {
            drawnTimeline = timeline;
            return;
        }
        drawnTimeline = timeline;
        drawnSize = timeline.size();
        drawnWidth = w;
        drawnHeight = h;
        drawnPalette = palette.version();
        drawnLimit = limit;
        redraws++;
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (w < 40 || h < 40) {
            return;
        }
        g.setFill(palette.get(Palette.Swatch.SUBTLE));
        g.fillRoundRect(0, 0, w, h, 8, 8);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(titleFont);
        g.setFill(palette.get(Palette.Swatch.MUTED));
        g.fillText(title, 6, 4, w * 0.6);
        int n = timeline.size();
        g.setTextAlign(TextAlignment.RIGHT);
        g.setFont(valueFont);
        g.setFill(palette.get(Palette.Swatch.FG));
        if (n > 0) {
            TimelinePoint last = timeline.get(n - 1);
            String now = format.apply(primary.applyAsDouble(last));
            if (secondary != null) {
                now = now + " / " + format.apply(secondary.applyAsDouble(last));
            }
            g.fillText(now, w - 6, 3);
        }
        double max = minimumMax;
        for (TimelinePoint p : timeline) {
            max = Math.max(max, primary.applyAsDouble(p));
            if (secondary != null) {
                max = Math.max(max, secondary.applyAsDouble(p));
            }
        }
        if (!Double.isNaN(limit)) {
            max = Math.max(max, limit * 1.15);
        }
        max = niceCeiling(max);
        double plotW = w - LEFT - RIGHT;
        double plotH = h - TOP - BOTTOM;
        double tEnd = Math.max(durationSeconds, n > 0 ? timeline.get(n - 1).tSeconds() : 0);
        if (tEnd <= 0) {
            tEnd = 60;
        }
        g.setStroke(palette.get(Palette.Swatch.BORDER));
        g.setLineWidth(1);
        g.strokeLine(LEFT + 0.5, TOP, LEFT + 0.5, TOP + plotH);
        g.strokeLine(LEFT, TOP + plotH + 0.5, LEFT + plotW, TOP + plotH + 0.5);
        g.setFont(axisFont);
        g.setFill(palette.get(Palette.Swatch.MUTED));
        g.setTextBaseline(VPos.CENTER);
        g.fillText(format.apply(max), LEFT - 4, TOP + 3);
        g.fillText("0", LEFT - 4, TOP + plotH);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("0:00", LEFT, TOP + plotH + 2);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(Clock.format(tEnd), LEFT + plotW, TOP + plotH + 2);
        if (!Double.isNaN(limit)) {
            double y = TOP + plotH - limit / max * plotH;
            g.setStroke(palette.get(Palette.Swatch.DANGER));
            g.setLineDashes(5, 4);
            g.strokeLine(LEFT, y, LEFT + plotW, y);
            g.setLineDashes((double[]) null);
            g.setFill(palette.get(Palette.Swatch.DANGER));
            g.setTextBaseline(VPos.BOTTOM);
            g.fillText(limitLabel, LEFT + plotW, y - 1);
        }
        if (secondary != null) {
            g.setLineDashes(4, 3);
            series(g, secondary, palette.get(Palette.Swatch.MUTED), max, tEnd, plotW, plotH);
            g.setLineDashes((double[]) null);
        }
        series(g, primary, palette.get(Palette.Swatch.ACCENT), max, tEnd, plotW, plotH);
    }

    /** At most one point per pixel column: the column's highest value, so spikes stay visible. */
    private void series(GraphicsContext g, ToDoubleFunction<TimelinePoint> values, javafx.scene.paint.Color colour,
                        double max, double tEnd, double plotW, double plotH) {
        int n = timeline.size();
        if (n == 0) {
            return;
        }
        int columns = (int) Math.max(1, Math.min(n, plotW));
        double[] xs = new double[columns];
        double[] ys = new double[columns];
        int used = 0;
        int lastColumn = -1;
        for (TimelinePoint p : timeline) {
            double x = LEFT + Math.min(1, p.tSeconds() / tEnd) * plotW;
            double v = values.applyAsDouble(p);
            double y = TOP + plotH - Math.max(0, Math.min(1, (Double.isNaN(v) ? 0 : v) / max)) * plotH;
            int column = (int) ((x - LEFT) / plotW * (columns - 1));
            if (column == lastColumn && used > 0) {
                ys[used - 1] = Math.min(ys[used - 1], y);
            } else if (used < columns) {
                xs[used] = x;
                ys[used] = y;
                used++;
                lastColumn = column;
            }
        }
        g.setStroke(colour);
        g.setLineWidth(1.6);
        if (used == 1) {
            g.strokeLine(xs[0] - 1, ys[0], xs[0] + 1, ys[0]);
        } else {
            g.strokePolyline(xs, ys, used);
        }
        g.setLineWidth(1);
    }
}

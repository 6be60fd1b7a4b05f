package dev.opsdojo.sim.deploy.ui;

import dev.opsdojo.sim.ui.Clock;
import dev.opsdojo.sim.ui.Palette;
import java.util.List;
import java.util.function.DoubleFunction;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * A time-series chart with one line per version (or per strategy) on a canvas, like the scale-out simulator's
 * TimelineChart but with several coloured series and a legend: title, each series' latest value in its colour, y from
 * 0 to a rounded maximum (or a fixed one, e.g. 100 %), x from 0 to the run's duration. Each series after the first
 * has its own dash pattern, so lines stay apart without colour. Redraws only when the data, the size or the theme
 * changed.
 */
final class SeriesChart extends Region {
    /** One line: its name and colour, and its points (times in simulated seconds, values in the chart's unit). */
    record Series(String name, Color colour, double[] times, double[] values) {
    }

    private static final double LEFT = 40;
    private static final double TOP = 36;
    private static final double BOTTOM = 15;
    private static final double RIGHT = 8;
    private static final double[][] DASHES = {null, {7, 3}, {2, 3}, {9, 3, 2, 3}, {4, 4}};
    private final Canvas canvas = new Canvas();
    private final Palette palette;
    private String title;
    private final DoubleFunction<String> format;
    private final double minimumMax;
    private final double fixedMax;
    private final Font titleFont = Font.font(11);
    private final Font legendFont = Font.font(null, FontWeight.BOLD, 11);
    private final Font axisFont = Font.font(9);
    private List<Series> series = List.of();
    private double durationSeconds;
    private Object drawnData;
    private double drawnWidth = -1;
    private double drawnHeight = -1;
    private int drawnPalette = -1;
    private Object data;
    private int redraws;

    /**
     * @param fixedMax the top of the y axis, or NaN to round up the largest value (at least {@code minimumMax})
     */
    SeriesChart(String id, String title, Palette palette, DoubleFunction<String> format, double minimumMax, double fixedMax) {
        setId(id);
        this.title = title;
        this.palette = palette;
        this.format = format;
        this.minimumMax = minimumMax;
        this.fixedMax = fixedMax;
        getChildren().add(canvas);
        getStyleClass().add("sim-chart");
        setMinSize(140, 100);
        setPrefSize(240, 140);
    }

    /**
     * Shows these series from 0 to {@code durationSeconds} on the time axis (later points are left out);
     * {@code version} identifies the data (e.g. the session's frame number), so the same data
     * shown again costs nothing.
     */
    void show(List<Series> next, double durationSeconds, Object version) {
        this.series = List.copyOf(next);
        this.durationSeconds = durationSeconds;
        this.data = version;
        draw();
    }

    /** Repaints if the theme changed since the last paint (cheap otherwise); the page calls it every frame. */
    void refresh() {
        if (palette.version() != drawnPalette) {
            draw();
        }
    }

    void setTitle(String title) {
        this.title = title;
        drawnData = null;
        draw();
    }

    List<Series> series() {
        return series;
    }

    int redraws() {
        return redraws;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.floor(getWidth()));
        canvas.setHeight(Math.floor(getHeight()));
        draw();
    }

    private static final double[] WINDOWS = {60, 120, 180, 300, 600, 900, 1200, 1800, 2700, 3600, 7200, 14_400, 28_800, 86_400};

    /**
     * The time axis for a run at {@code nowSeconds} of {@code durationSeconds}: the first of 1, 2, 3, 5, 10, 15, 20,
     * 30, 45 minutes, 1, 2, 4, 8, 24 hours that has room past now, but never past the end. A release happens in the
     * first minutes of a long run; a fixed axis would squeeze it into a corner.
     */
    static double window(double nowSeconds, double durationSeconds) {
        for (double w : WINDOWS) {
            if (w >= nowSeconds * 1.05) {
                return Math.min(w, durationSeconds > 0 ? durationSeconds : w);
            }
        }
        return durationSeconds > 0 ? durationSeconds : nowSeconds;
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
        if (data == drawnData && data != null && w == drawnWidth && h == drawnHeight
                && palette.version() == drawnPalette) {
            return;
        }
        drawnData = data;
        drawnWidth = w;
        drawnHeight = h;
        drawnPalette = palette.version();
        redraws++;
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (w < 60 || h < 60) {
            return;
        }
        g.setFill(palette.get(Palette.Swatch.SUBTLE));
        g.fillRoundRect(0, 0, w, h, 8, 8);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(titleFont);
        g.setFill(palette.get(Palette.Swatch.MUTED));
        g.fillText(title, 6, 4, w - 12);
        legend(g, w);

        double max = minimumMax;
        double tEnd = durationSeconds;
        for (Series s : series) {
            for (int i = 0; i < s.values().length && i < s.times().length; i++) {
                if (Double.isFinite(s.values()[i]) && s.times()[i] <= tEnd) {
                    max = Math.max(max, s.values()[i]);
                }
            }
        }
        max = Double.isNaN(fixedMax) ? niceCeiling(max) : fixedMax;
        if (tEnd <= 0) {
            tEnd = 60;
        }
        double plotW = w - LEFT - RIGHT;
        double plotH = h - TOP - BOTTOM;
        g.setStroke(palette.get(Palette.Swatch.BORDER));
        g.setLineWidth(1);
        g.strokeLine(LEFT + 0.5, TOP, LEFT + 0.5, TOP + plotH);
        g.strokeLine(LEFT, TOP + plotH + 0.5, LEFT + plotW, TOP + plotH + 0.5);
        g.setFont(axisFont);
        g.setFill(palette.get(Palette.Swatch.MUTED));
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(format.apply(max), LEFT - 4, TOP + 3);
        g.fillText("0", LEFT - 4, TOP + plotH);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("0:00", LEFT, TOP + plotH + 2);
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText(Clock.format(tEnd), LEFT + plotW, TOP + plotH + 2);
        for (int i = series.size() - 1; i >= 0; i--) {
            line(g, series.get(i), DASHES[i % DASHES.length], max, tEnd, plotW, plotH);
        }
    }

    /** Each series' name and latest value in its colour, on one line under the title (dropped when too narrow). */
    private void legend(GraphicsContext g, double w) {
        g.setFont(legendFont);
        g.setTextAlign(TextAlignment.LEFT);
        double x = 6;
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            double last = s.values().length == 0 ? Double.NaN : s.values()[s.values().length - 1];
            String value = Double.isFinite(last) ? format.apply(last) : "–";
            String text = s.name() + " " + value;
            double width = textWidth(text, legendFont) + 22;
            if (x + width > w - 4) {
                break;
            }
            g.setStroke(s.colour());
            g.setLineWidth(2);
            double[] dash = DASHES[i % DASHES.length];
            g.setLineDashes(dash);
            g.strokeLine(x, 25, x + 12, 25);
            g.setLineDashes((double[]) null);
            g.setFill(s.colour());
            g.fillText(text, x + 16, 18);
            x += width;
        }
    }

    private static double textWidth(String text, Font font) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(text);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }

    /**
     * At most one point per pixel column, the column's highest value, so spikes stay visible; NaN values (a version
     * that served nothing, so has no latency) break the line.
     */
    private void line(GraphicsContext g, Series s, double[] dash, double max, double tEnd, double plotW, double plotH) {
        int n = Math.min(s.times().length, s.values().length);
        if (n == 0) {
            return;
        }
        double[] xs = new double[n];
        double[] ys = new double[n];
        int used = 0;
        int lastColumn = Integer.MIN_VALUE;
        g.setStroke(s.colour());
        g.setLineWidth(1.8);
        g.setLineDashes(dash);
        for (int i = 0; i < n; i++) {
            double v = s.values()[i];
            if (!Double.isFinite(v)) {
                stroke(g, xs, ys, used);
                used = 0;
                lastColumn = Integer.MIN_VALUE;
                continue;
            }
            if (s.times()[i] > tEnd + 1e-9) {
                break;
            }
            double x = LEFT + s.times()[i] / tEnd * plotW;
            double y = TOP + plotH - Math.max(0, Math.min(1, v / max)) * plotH;
            int column = (int) Math.floor(x);
            if (column == lastColumn && used > 0) {
                ys[used - 1] = Math.min(ys[used - 1], y);
            } else {
                xs[used] = x;
                ys[used] = y;
                used++;
                lastColumn = column;
            }
        }
        stroke(g, xs, ys, used);
        g.setLineDashes((double[]) null);
        g.setLineWidth(1);
    }

    private static void stroke(GraphicsContext g, double[] xs, double[] ys, int used) {
        if (used == 1) {
            g.strokeLine(xs[0] - 1, ys[0], xs[0] + 1, ys[0]);
        } else if (used > 1) {
            g.strokePolyline(xs, ys, used);
        }
    }
}

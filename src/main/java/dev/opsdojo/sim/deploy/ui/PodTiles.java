package dev.opsdojo.sim.deploy.ui;

import dev.opsdojo.sim.deploy.DeployState.PodPhase;
import dev.opsdojo.sim.deploy.DeployState.PodView;
import dev.opsdojo.sim.ui.Palette;
import java.util.List;
import java.util.function.Function;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.util.Duration;

/**
 * One ReplicaSet's pods as tiles on a canvas (a node per pod would be too heavy at 1,000 replicas). The colour is the
 * pod's version; the shape is its phase: solid when Ready, an outline while starting, a warning-coloured frame when
 * running but not Ready, a red cross in crash-loop, faded while terminating. Hovering a tile names the pod.
 */
final class PodTiles extends Region {
    static final double GAP = 3;
    private final Canvas canvas = new Canvas();
    private final Palette palette;
    private final VersionColours colours;
    private final Tooltip tooltip = new Tooltip();
    private final Function<PodView, String> describe;
    private List<PodView> pods = List.of();
    private double tile = 18;
    private Object drawn;
    private int drawnPalette = -1;
    private double drawnWidth = -1;
    private double drawnTile = -1;

    PodTiles(Palette palette, VersionColours colours, Function<PodView, String> describe) {
        this.palette = palette;
        this.colours = colours;
        this.describe = describe;
        getChildren().add(canvas);
        getStyleClass().add("deploy-tiles");
        setMinHeight(20);
        tooltip.setShowDelay(Duration.millis(250));
        canvas.setOnMouseMoved(e -> {
            PodView pod = podAt(e.getX(), e.getY());
            if (pod == null) {
                Tooltip.uninstall(canvas, tooltip);
            } else {
                tooltip.setText(describe.apply(pod));
                Tooltip.install(canvas, tooltip);
            }
        });
    }

    /**
     * The tile edge for the biggest ReplicaSet: the largest of 28 to 20 px that fits {@code maxPods} in one line of
     * {@code width}, else of 28 to 14 px in two lines, else of 11 to 5 px in four (5 px beyond).
     */
    static double tileFor(int maxPods, double width) {
        double[][] tries = {{28, 24, 20}, {28, 24, 20, 17, 14}, {11, 8, 6, 5}};
        int[] lines = {1, 2, 4};
        for (int t = 0; t < tries.length; t++) {
            for (double size : tries[t]) {
                int perLine = Math.max(1, (int) ((width + GAP) / (size + GAP)));
                if (Math.ceil(maxPods / (double) perLine) <= lines[t]) {
                    return size;
                }
            }
        }
        return 5;
    }

    void show(List<PodView> next, double tileSize, Object version) {
        boolean resized = tileSize != tile;
        pods = next;
        tile = tileSize;
        if (resized) {
            requestLayout();
        }
        draw(version);
    }

    /** Repaints if the theme changed since the last paint. */
    void refresh() {
        if (palette.version() != drawnPalette) {
            draw(drawn);
        }
    }

    List<PodView> pods() {
        return pods;
    }

    private int perLine(double width) {
        return Math.max(1, (int) ((width + GAP) / (tile + GAP)));
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width > 0 ? width : getWidth() > 0 ? getWidth() : 300;
        int lines = Math.max(1, (int) Math.ceil(pods.size() / (double) perLine(w)));
        return lines * (tile + GAP) + 2;
    }

    @Override
    protected double computePrefWidth(double height) {
        return 200;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.floor(getWidth()));
        canvas.setHeight(Math.floor(getHeight()));
        drawn = null;
        draw(null);
    }

    private PodView podAt(double x, double y) {
        int perLine = perLine(canvas.getWidth());
        int column = (int) (x / (tile + GAP));
        int line = (int) (y / (tile + GAP));
        int i = line * perLine + column;
        return column < perLine && i >= 0 && i < pods.size() ? pods.get(i) : null;
    }

    private void draw(Object version) {
        if (version != null && version == drawn && palette.version() == drawnPalette && canvas.getWidth() == drawnWidth
                && tile == drawnTile) {
            return;
        }
        drawn = version;
        drawnPalette = palette.version();
        drawnWidth = canvas.getWidth();
        drawnTile = tile;
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        int perLine = perLine(canvas.getWidth());
        for (int i = 0; i < pods.size(); i++) {
            PodView pod = pods.get(i);
            double x = (i % perLine) * (tile + GAP) + 1;
            double y = (i / perLine) * (tile + GAP) + 1;
            if (y + tile > canvas.getHeight() + 1) {
                break;
            }
            drawTile(g, palette, colours.of(pod.version()), pod.phase(), x, y, tile);
        }
    }

    /** One tile; the legend draws its samples with this too, so they always match. */
    static void drawTile(GraphicsContext g, Palette palette, Color colour, PodPhase phase, double x, double y, double s) {
        double r = Math.max(2, s / 5);
        double line = s >= 11 ? 2 : 1.2;
        switch (phase) {
            case READY -> {
                g.setFill(colour);
                g.fillRoundRect(x, y, s, s, r, r);
            }
            case STARTING -> {
                g.setFill(colour.deriveColor(0, 1, 1, 0.15));
                g.fillRoundRect(x, y, s, s, r, r);
                g.setStroke(colour);
                g.setLineWidth(line);
                g.strokeRoundRect(x + line / 2, y + line / 2, s - line, s - line, r, r);
            }
            case NOT_READY -> {
                g.setFill(colour.deriveColor(0, 1, 1, 0.45));
                g.fillRoundRect(x, y, s, s, r, r);
                g.setStroke(palette.get(Palette.Swatch.WARNING));
                g.setLineWidth(line);
                g.setLineDashes(Math.max(2, s / 6), Math.max(1.5, s / 8));
                g.strokeRoundRect(x + line / 2, y + line / 2, s - line, s - line, r, r);
                g.setLineDashes((double[]) null);
            }
            case CRASH_LOOP -> {
                g.setStroke(colour);
                g.setLineWidth(1);
                g.strokeRoundRect(x + 0.5, y + 0.5, s - 1, s - 1, r, r);
                g.setStroke(palette.get(Palette.Swatch.DANGER));
                g.setLineWidth(line);
                double in = Math.max(2, s / 4.5);
                g.strokeLine(x + in, y + in, x + s - in, y + s - in);
                g.strokeLine(x + s - in, y + in, x + in, y + s - in);
            }
            case TERMINATING -> {
                g.setFill(colour.deriveColor(0, 1, 1, 0.25));
                g.fillRoundRect(x, y, s, s, r, r);
                g.setStroke(colour.deriveColor(0, 1, 1, 0.5));
                g.setLineWidth(1);
                g.strokeLine(x + 2, y + s - 2, x + s - 2, y + 2);
            }
        }
        g.setLineWidth(1);
    }
}

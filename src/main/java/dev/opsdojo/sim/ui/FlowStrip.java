package dev.opsdojo.sim.ui;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * "Requests flowing": a thin strip of dots moving towards the cluster, more dots for more requests per second
 * (logarithmically, at most {@link #MAX_DOTS}), a share of them red for the error rate. Cheap enough to redraw
 * every frame; the dots stand still while the simulation is paused.
 */
final class FlowStrip extends Region {
    static final int MAX_DOTS = 48;
    private final Canvas canvas = new Canvas();
    private final Palette palette;
    private final Font font = Font.font(11);
    private double phase;

    FlowStrip(Palette palette) {
        this.palette = palette;
        getChildren().add(canvas);
        setMinHeight(20);
        setPrefHeight(20);
        setMaxHeight(20);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.floor(getWidth()));
        canvas.setHeight(Math.floor(getHeight()));
    }

    /** Dots for a request rate: none at 0, then 8 per factor of ten, capped. */
    static int dots(double requestsPerSecond) {
        if (!(requestsPerSecond > 0)) {
            return 0;
        }
        return (int) Math.min(MAX_DOTS, Math.max(1, Math.round(8 * Math.log10(1 + requestsPerSecond))));
    }

    void draw(double requestsPerSecond, double errorRate, boolean moving, double wallSeconds, String label) {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (moving) {
            phase = (phase + wallSeconds * 0.35) % 1.0;
        }
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(palette.get(Palette.Swatch.MUTED));
        g.fillText(label, 0, h / 2, 150);
        double start = 160;
        double length = w - start;
        if (length <= 10) {
            return;
        }
        g.setStroke(palette.get(Palette.Swatch.BORDER));
        g.strokeLine(start, Math.floor(h / 2) + 0.5, w, Math.floor(h / 2) + 0.5);
        int n = dots(requestsPerSecond);
        int errorEvery = errorRate > 0 ? (int) Math.max(1, Math.round(1 / Math.min(1, errorRate))) : Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            double at = ((double) i / n + phase + (i % 3) * 0.013) % 1.0;
            g.setFill(palette.get(i % errorEvery == errorEvery - 1 ? Palette.Swatch.DANGER : Palette.Swatch.ACCENT));
            g.fillOval(start + at * length - 2.5, h / 2 - 2.5 + ((i * 7) % 5 - 2), 5, 5);
        }
    }
}

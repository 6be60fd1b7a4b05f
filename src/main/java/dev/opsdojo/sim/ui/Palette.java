package dev.opsdojo.sim.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * The theme's colours for the canvases, read from hidden labels styled with AtlantaFX's looked-up colours
 * (app.css: {@code .sim-swatch-*}), so light and dark both come out right and a theme switch repaints.
 * {@link #version()} changes whenever a colour did. The deployment simulator's canvases use it too.
 */
public final class Palette {
    public enum Swatch { FG, MUTED, ACCENT, SUCCESS, WARNING, DANGER, BG, SUBTLE, BORDER }

    private static final int LOAD_STEPS = 32;
    private final Label[] labels = new Label[Swatch.values().length];
    private final Pane holder = new Pane();
    private final Color[] loadColours = new Color[LOAD_STEPS + 1];
    private int version;

    public Palette() {
        for (Swatch swatch : Swatch.values()) {
            Label label = new Label(" ");
            label.getStyleClass().add("sim-swatch-" + swatch.name().toLowerCase());
            label.textFillProperty().addListener((o, a, b) -> changed());
            labels[swatch.ordinal()] = label;
            holder.getChildren().add(label);
        }
        holder.setManaged(false);
        holder.setMouseTransparent(true);
        holder.setOpacity(0);
        holder.resize(0, 0);
        changed();
    }

    /** Add this to the scene graph so CSS styles the swatches. */
    public Pane holder() {
        return holder;
    }

    public int version() {
        return version;
    }

    public Color get(Swatch swatch) {
        Paint paint = labels[swatch.ordinal()].getTextFill();
        return paint instanceof Color c && labels[swatch.ordinal()].getScene() != null ? c : fallback(swatch);
    }

    public boolean dark() {
        return get(Swatch.BG).getBrightness() < 0.5;
    }

    /** Green for an idle pod through amber (70 % busy) to red (fully busy). */
    Color load(double load) {
        int step = (int) Math.round(Math.max(0, Math.min(1, Double.isNaN(load) ? 0 : load)) * LOAD_STEPS);
        return loadColours[step];
    }

    private void changed() {
        version++;
        Color ok = get(Swatch.SUCCESS);
        Color warn = get(Swatch.WARNING);
        Color bad = get(Swatch.DANGER);
        for (int i = 0; i <= LOAD_STEPS; i++) {
            double load = (double) i / LOAD_STEPS;
            loadColours[i] = load <= 0.7 ? ok.interpolate(warn, load / 0.7) : warn.interpolate(bad, (load - 0.7) / 0.3);
        }
    }

    private static Color fallback(Swatch swatch) {
        return switch (swatch) {
            case FG -> Color.web("#1f2328");
            case MUTED -> Color.web("#656d76");
            case ACCENT -> Color.web("#0969da");
            case SUCCESS -> Color.web("#1a7f37");
            case WARNING -> Color.web("#9a6700");
            case DANGER -> Color.web("#d1242f");
            case BG -> Color.WHITE;
            case SUBTLE -> Color.web("#f6f8fa");
            case BORDER -> Color.web("#d0d7de");
        };
    }
}

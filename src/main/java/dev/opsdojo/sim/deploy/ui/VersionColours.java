package dev.opsdojo.sim.deploy.ui;

import dev.opsdojo.sim.ui.Palette;
import javafx.scene.paint.Color;

/**
 * One colour per version (index = the model's version: 0 the stable release, 1 the new one, …), the same in the pod
 * tiles, the charts and the legend. Blue then orange (told apart with every common colour-vision deficiency), purple,
 * teal and pink; under blue/green the new version is green, as the strategy's name promises. Each colour has a light
 * and a dark-theme shade with at least 3:1 contrast against that theme's background.
 */
final class VersionColours {
    private static final Color[] LIGHT = {Color.web("#0969da"), Color.web("#bc4c00"), Color.web("#8250df"), Color.web("#1b7c83"),
        Color.web("#bf3989")};
    private static final Color[] DARK = {Color.web("#58a6ff"), Color.web("#f0883e"), Color.web("#bc8cff"), Color.web("#39c5cf"),
        Color.web("#f778ba")};
    private static final Color GREEN_LIGHT = Color.web("#1a7f37");
    private static final Color GREEN_DARK = Color.web("#3fb950");

    private final Palette palette;
    private boolean blueGreen;

    VersionColours(Palette palette) {
        this.palette = palette;
    }

    /** Whether the new version is drawn green (the blue/green strategy). */
    void setBlueGreen(boolean blueGreen) {
        this.blueGreen = blueGreen;
    }

    boolean blueGreen() {
        return blueGreen;
    }

    /** The line of all requests together: grey, readable on both themes. */
    Color neutral() {
        return palette.dark() ? Color.web("#8b949e") : Color.web("#57606a");
    }

    Color of(int version) {
        boolean dark = palette.dark();
        if (version == 1 && blueGreen) {
            return dark ? GREEN_DARK : GREEN_LIGHT;
        }
        Color[] colours = dark ? DARK : LIGHT;
        return colours[Math.floorMod(version, colours.length)];
    }

    /** The i-th colour of the list, whatever the strategy (one line per strategy in the comparison). */
    Color ofSeries(int i) {
        Color[] colours = palette.dark() ? DARK : LIGHT;
        return colours[Math.floorMod(i, colours.length)];
    }

    /** The colour as CSS text, for the few computed inline styles (a role badge's border). */
    String css(int version) {
        Color c = of(version);
        return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}

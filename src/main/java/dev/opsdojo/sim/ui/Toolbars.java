package dev.opsdojo.sim.ui;

import javafx.scene.layout.Region;

/** Pieces the simulators' toolbars share. */
public final class Toolbars {
    private Toolbars() {
    }

    /** A thin vertical rule between groups of controls (styled by {@code sim-toolbar-separator}). */
    public static Region separator() {
        Region r = new Region();
        r.getStyleClass().add("sim-toolbar-separator");
        return r;
    }
}

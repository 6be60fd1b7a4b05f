package dev.opsdojo.calc.cicd.ui;

import dev.opsdojo.ui.I18n;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Placeholder until the lab lands in this commit series. */
public final class CicdLab {
    private CicdLab() {
    }

    public static Node create(I18n i18n) {
        return new Label("CicdLab");
    }
}

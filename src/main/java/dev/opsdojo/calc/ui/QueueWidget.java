package dev.opsdojo.calc.ui;

import dev.opsdojo.ui.I18n;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Placeholder until the calculator lands in this commit series. */
public final class QueueWidget {
    private QueueWidget() {
    }

    public static Node create(Map<String, String> params, I18n i18n) {
        return new Label("QueueWidget");
    }
}

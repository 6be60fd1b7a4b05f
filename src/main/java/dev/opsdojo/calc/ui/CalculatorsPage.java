package dev.opsdojo.calc.ui;

import dev.opsdojo.ui.I18n;
import dev.opsdojo.ui.Styles;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** The calculators section: the ones that exist, and an honest word on the ones that are coming. */
public final class CalculatorsPage {
    private final ScrollPane view;

    public CalculatorsPage(I18n i18n) {
        Label title = new Label(i18n.get("calculators.title"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Label intro = new Label(i18n.get("calculators.intro"));
        intro.getStyleClass().add(Styles.MUTED);
        VBox nines = new VBox(NinesWidget.create(Map.of(), i18n));
        nines.getStyleClass().add(Styles.CARD);
        nines.setId("calc-nines");
        nines.setMaxWidth(720);
        Label coming = new Label(i18n.get("calculators.coming"));
        coming.setWrapText(true);
        coming.getStyleClass().add(Styles.MUTED);
        VBox page = new VBox(title, intro, nines, coming);
        page.getStyleClass().add(Styles.PAGE);
        view = new ScrollPane(page);
        view.setFitToWidth(true);
    }

    public Node view() {
        return view;
    }
}

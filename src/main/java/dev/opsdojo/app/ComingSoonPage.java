package dev.opsdojo.app;

import dev.opsdojo.ui.I18n;
import dev.opsdojo.ui.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/** A section that is not built yet says so, and says what it will be. */
final class ComingSoonPage {
    static Node create(I18n i18n, String keyPrefix, Ikon icon) {
        FontIcon graphic = new FontIcon(icon);
        graphic.getStyleClass().add("coming-icon");
        Label badge = new Label(i18n.get("coming.badge"));
        badge.getStyleClass().add(Styles.COMING_BADGE);
        Label title = new Label(i18n.get(keyPrefix + ".title"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        title.setWrapText(true);
        Label body = new Label(i18n.get(keyPrefix + ".body"));
        body.setWrapText(true);
        body.setMaxWidth(640);
        VBox page = new VBox(graphic, badge, title, body);
        page.getStyleClass().add(Styles.PAGE);
        page.setId("coming-" + keyPrefix.substring(keyPrefix.indexOf('.') + 1));
        return page;
    }

    private ComingSoonPage() {
    }
}

package dev.opsdojo.calc.controlplane.ui;

import dev.opsdojo.ui.I18n;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** "Source: URL [Copy]": the URL is selectable text (the app cannot open a browser here) with a copy button. */
final class SourceRow extends HBox {
    private final TextField url = new TextField();
    private final Button copy;
    private final String copyText;

    SourceRow(I18n i18n) {
        super(6);
        setAlignment(Pos.CENTER_LEFT);
        Label label = new Label(i18n.get("controlPlane.source"));
        label.getStyleClass().add("cp-source-label");
        url.setEditable(false);
        url.getStyleClass().add("cp-source-field");
        url.setFocusTraversable(false);
        HBox.setHgrow(url, Priority.ALWAYS);
        copy = new Button(i18n.get("controlPlane.copy"));
        copy.getStyleClass().addAll("cp-copy", "small", "flat");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(url.getText());
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText(i18n.get("controlPlane.copied"));
        });
        getChildren().addAll(label, url, copy);
        copyText = i18n.get("controlPlane.copy");
    }

    void setUrl(String source) {
        url.setText(source);
        copy.setText(copyText);
    }

    String url() {
        return url.getText();
    }

    void setIdPrefix(String id) {
        url.setId(id + "-url");
        copy.setId(id + "-copy");
    }
}

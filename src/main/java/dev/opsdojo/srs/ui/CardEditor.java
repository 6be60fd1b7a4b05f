package dev.opsdojo.srs.ui;

import dev.opsdojo.content.DeckCard;
import dev.opsdojo.ui.I18n;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** A dialog to edit one of the learner's own cards: question, answer (Markdown), key points and tags. */
final class CardEditor {
    private CardEditor() {
    }

    static Optional<DeckCard> edit(I18n i18n, DeckCard card, Window owner) {
        Dialog<DeckCard> dialog = new Dialog<>();
        dialog.setTitle(i18n.get("edit.title"));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        TextField question = new TextField(card.question());
        question.setId("editQuestion");
        TextArea answer = new TextArea(card.answer());
        answer.setId("editAnswer");
        answer.setWrapText(true);
        answer.setPrefRowCount(8);
        TextArea keyPoints = new TextArea(String.join("\n", card.keyPoints()));
        keyPoints.setPrefRowCount(4);
        TextField tags = new TextField(String.join(" ", card.tags()));
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(i18n.get("edit.question")), question);
        grid.addRow(1, new Label(i18n.get("edit.answer")), answer);
        grid.addRow(2, new Label(i18n.get("edit.keyPoints")), keyPoints);
        grid.addRow(3, new Label(i18n.get("edit.tags")), tags);
        grid.setPrefWidth(640);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(question.textProperty().isEmpty().or(answer.textProperty().isEmpty()));
        dialog.setResultConverter(button -> button != ButtonType.OK ? null : new DeckCard(card.id(), card.topic(),
                split(tags.getText(), "\\s+"), card.difficulty(), question.getText().strip(), answer.getText().strip(),
                split(keyPoints.getText(), "\\R"), card.followUps(), card.lessons(), card.sims(), card.sources()));
        return dialog.showAndWait();
    }

    private static List<String> split(String text, String separator) {
        return Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}

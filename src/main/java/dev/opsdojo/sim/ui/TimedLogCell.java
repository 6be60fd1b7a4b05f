package dev.opsdojo.sim.ui;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * A row of a simulator's log: the simulated time, then the entry's text wrapped to the list's width (less
 * {@code inset} for the time column and the scroll bar). The text stays on the cell too, for tests and screen
 * readers. Entries {@code alert} accepts carry the {@code alertClass} style class.
 */
public final class TimedLogCell<T> extends ListCell<T> {
    private final Label time = new Label();
    private final Label text = new Label();
    private final HBox row = new HBox(8, time, text);
    private final ToDoubleFunction<T> seconds;
    private final Function<T, String> words;
    private final Predicate<T> alert;
    private final String alertClass;

    public TimedLogCell(ListView<T> list, double inset, ToDoubleFunction<T> seconds, Function<T, String> words,
            Predicate<T> alert, String alertClass) {
        this.seconds = seconds;
        this.words = words;
        this.alert = alert;
        this.alertClass = alertClass;
        time.getStyleClass().add("sim-decision-time");
        time.setMinWidth(Region.USE_PREF_SIZE);
        text.setWrapText(true);
        text.prefWidthProperty().bind(list.widthProperty().subtract(inset));
        text.maxWidthProperty().bind(list.widthProperty().subtract(inset));
        text.setMinHeight(Region.USE_PREF_SIZE);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().remove(alertClass);
        if (empty || item == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        time.setText(Clock.format(seconds.applyAsDouble(item)));
        text.setText(words.apply(item));
        setText(time.getText() + "  " + text.getText());
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setGraphic(row);
        if (alert.test(item)) {
            getStyleClass().add(alertClass);
        }
    }
}

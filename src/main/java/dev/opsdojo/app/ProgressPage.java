package dev.opsdojo.app;

import dev.opsdojo.content.ContentLibrary;
import dev.opsdojo.content.Topic;
import dev.opsdojo.lesson.LessonProgress;
import dev.opsdojo.ui.I18n;
import dev.opsdojo.ui.Styles;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Lesson progress per topic; flashcard statistics join here when flashcards land. */
final class ProgressPage {
    static Node create(I18n i18n, ContentLibrary library, LessonProgress progress, Path dataDir, Node flashcardStatistics) {
        List<String> all = library.lessonIdsInCourseOrder();
        Label title = new Label(i18n.get("progress.title"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Label overall = new Label(i18n.format("progress.lessons", progress.readAmong(all), all.size()));
        overall.setId("progressOverall");
        VBox page = new VBox(title, overall);
        page.getStyleClass().add(Styles.PAGE);
        // One grid for all topics, so every bar starts at the same place however long a topic's name is.
        GridPane topics = new GridPane();
        topics.getStyleClass().add("progress-topics");
        int row = 0;
        for (Topic topic : library.topics()) {
            List<String> ids = library.lessonsOfTopic(topic.id(), i18n.language()).stream().map(r -> r.lesson().id()).toList();
            if (ids.isEmpty()) {
                continue;
            }
            int read = progress.readAmong(ids);
            ProgressBar bar = new ProgressBar((double) read / ids.size());
            bar.setPrefWidth(240);
            Label name = new Label(topic.title(i18n.language()));
            name.setMinWidth(Region.USE_PREF_SIZE);
            topics.addRow(row++, name, bar, new Label(read + "/" + ids.size()));
        }
        page.getChildren().add(topics);
        Label folder = new Label(i18n.format("progress.dataFolder", dataDir.toString()));
        folder.getStyleClass().add(Styles.MUTED);
        folder.setWrapText(true);
        page.getChildren().addAll(new javafx.scene.control.Separator(), flashcardStatistics, folder);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private ProgressPage() {
    }
}

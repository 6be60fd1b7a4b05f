package dev.opsdojo.lesson.ui;

import dev.opsdojo.content.BrokenLesson;
import dev.opsdojo.content.ContentLibrary;
import dev.opsdojo.content.Topic;
import dev.opsdojo.lesson.LessonProgress;
import dev.opsdojo.lesson.LessonProgressStore;
import dev.opsdojo.ui.I18n;
import dev.opsdojo.ui.Styles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The lesson library: topics in course order with read state and progress on the left, the open lesson on the right.
 * Reading to the end of a lesson marks it read; the last lesson and each lesson's scroll position are remembered.
 */
public final class LessonsPage {
    private static final double READ_AT_SCROLL = 0.98;
    /** Blocks built before the lesson's first frame; the rest follow right after it (see {@link #afterNextFrame}). */
    private static final int FIRST_FRAME_BLOCKS = 8;

    private final ContentLibrary library;
    private final I18n i18n;
    private final LessonProgressStore progress;
    private final WidgetRegistry widgets;
    private final Consumer<String> links;
    private final Consumer<String> studyCards;

    private final VBox browser = new VBox();
    private final ScrollPane lessonScroll = new ScrollPane();
    private final SplitPane view;
    private final Map<String, Button> lessonButtons = new HashMap<>();
    private LessonView current;
    private String currentId;
    private boolean restoring;

    /** @param studyCards starts studying the flashcards linked to a lesson (the lesson's id is passed) */
    public LessonsPage(ContentLibrary library, I18n i18n, LessonProgressStore progress, WidgetRegistry widgets, Consumer<String> links,
                       Consumer<String> studyCards) {
        this.library = library;
        this.i18n = i18n;
        this.progress = progress;
        this.widgets = widgets;
        this.links = links;
        this.studyCards = studyCards;

        browser.getStyleClass().add(Styles.BROWSER);
        browser.setId("lessonBrowser");
        ScrollPane browserScroll = new ScrollPane(browser);
        browserScroll.setFitToWidth(true);
        browserScroll.setMinWidth(220);
        browserScroll.setPrefWidth(290);

        lessonScroll.setId("lessonScroll");
        lessonScroll.setFitToWidth(true);
        lessonScroll.getStyleClass().add("lesson-scroll");
        Label choose = new Label(i18n.get("lesson.choose"));
        choose.getStyleClass().add(Styles.MUTED);
        StackPane empty = new StackPane(choose);
        empty.setMinHeight(300);
        lessonScroll.setContent(empty);
        lessonScroll.vvalueProperty().addListener((obs, old, value) -> onScrolled(value.doubleValue()));

        view = new SplitPane(browserScroll, lessonScroll);
        view.setDividerPositions(0.24);
        SplitPane.setResizableWithParent(browserScroll, false);
        rebuildBrowser();
    }

    public Node view() {
        return view;
    }

    public Optional<String> currentLessonId() {
        return Optional.ofNullable(currentId);
    }

    /** Opens the lesson the learner had open last, or the first lesson of the course. */
    public void openLastOrFirst() {
        String last = progress.get().lastLessonId();
        if (last != null && library.hasLesson(last)) {
            open(last, -1);
        } else if (!library.lessonIdsInCourseOrder().isEmpty()) {
            open(library.lessonIdsInCourseOrder().get(0), -1);
        }
    }

    /**
     * Opens a lesson; with {@code blockIndex >= 0} scrolls to that top-level block and highlights it
     * (search results), otherwise to where the learner left it.
     */
    public boolean open(String lessonId, int blockIndex) {
        Optional<ContentLibrary.Resolved> resolved = library.lesson(lessonId, i18n.language());
        if (resolved.isEmpty()) {
            return false;
        }
        currentId = lessonId;
        LessonProgress state = progress.update(p -> p.withOpened(lessonId));
        current = new LessonView(resolved.get(), library, i18n, widgets, links, state.isRead(lessonId),
                read -> setRead(lessonId, read),
                () -> library.nextLessonId(lessonId).ifPresent(next -> {
                    setRead(lessonId, true);
                    open(next, -1);
                }), FIRST_FRAME_BLOCKS, studyCards);
        LessonView opened = current;
        restoring = true;
        lessonScroll.setContent(current.column());
        lessonScroll.setVvalue(0);
        double saved = state.scrollOf(lessonId);
        afterNextFrame(() -> {
            if (current != opened) {
                return;
            }
            opened.finish();
            lessonScroll.applyCss();
            lessonScroll.layout();
            if (blockIndex >= 0 && blockIndex < current.blocks().size()) {
                scrollTo(current.blocks().get(blockIndex));
            } else {
                lessonScroll.setVvalue(saved);
            }
            restoring = false;
        });
        rebuildBrowser();
        return true;
    }

    /**
     * Runs {@code action} right after the lesson area's next frame. Before the area is in a scene, waits for it:
     * the remaining blocks of a lesson are built once its top is on screen.
     */
    private void afterNextFrame(Runnable action) {
        var scene = lessonScroll.getScene();
        if (scene == null) {
            lessonScroll.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> obs,
                                    javafx.scene.Scene old, javafx.scene.Scene attached) {
                    if (attached != null) {
                        lessonScroll.sceneProperty().removeListener(this);
                        afterNextFrame(action);
                    }
                }
            });
            return;
        }
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(action);
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    private void scrollTo(Node block) {
        Node content = lessonScroll.getContent();
        Bounds inContent = content.sceneToLocal(block.localToScene(block.getBoundsInLocal()));
        double scrollable = content.getBoundsInLocal().getHeight() - lessonScroll.getViewportBounds().getHeight();
        double target = scrollable <= 0 ? 0 : Math.max(0, Math.min(1, (inContent.getMinY() - 24) / scrollable));
        lessonScroll.setVvalue(target);
        block.getStyleClass().add(Styles.SEARCH_TARGET);
        PauseTransition fade = new PauseTransition(Duration.seconds(2.5));
        fade.setOnFinished(e -> block.getStyleClass().remove(Styles.SEARCH_TARGET));
        fade.play();
    }

    private void onScrolled(double value) {
        if (restoring || currentId == null) {
            return;
        }
        String id = currentId;
        progress.update(p -> p.withScroll(id, value));
        boolean scrollable = lessonScroll.getContent().getBoundsInLocal().getHeight() > lessonScroll.getViewportBounds().getHeight() + 1;
        if (scrollable && value >= READ_AT_SCROLL && !progress.get().isRead(id)) {
            setRead(id, true);
        }
    }

    private void setRead(String lessonId, boolean read) {
        progress.update(p -> p.withRead(lessonId, read));
        if (current != null && lessonId.equals(currentId)) {
            current.setRead(read, i18n);
        }
        rebuildBrowser();
    }

    private void rebuildBrowser() {
        browser.getChildren().clear();
        lessonButtons.clear();
        LessonProgress state = progress.get();
        List<String> all = library.lessonIdsInCourseOrder();
        Label title = new Label(i18n.get("browser.title"));
        title.getStyleClass().add("md-h3");
        Label summary = new Label(i18n.format("browser.summary", state.readAmong(all), all.size()));
        summary.setId("browserSummary");
        summary.getStyleClass().add(Styles.MUTED);
        browser.getChildren().addAll(title, summary);
        if (all.isEmpty()) {
            browser.getChildren().add(new Label(i18n.get("browser.empty")));
        }
        for (Topic topic : library.topics()) {
            List<ContentLibrary.Resolved> lessons = library.lessonsOfTopic(topic.id(), i18n.language());
            if (lessons.isEmpty()) {
                continue;
            }
            List<String> ids = lessons.stream().map(r -> r.lesson().id()).toList();
            Label name = new Label(topic.order() + ". " + topic.title(i18n.language()));
            name.getStyleClass().add(Styles.BROWSER_TOPIC);
            name.setWrapText(true);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Label count = new Label(i18n.format("browser.topicProgress", state.readAmong(ids), ids.size()));
            count.getStyleClass().add("browser-topic-progress");
            count.setId("topicProgress-" + topic.id());
            // A long topic title wraps; the count keeps its width instead of shrinking to "…".
            count.setMinWidth(Region.USE_PREF_SIZE);
            HBox row = new HBox(name, spacer, count);
            row.setAlignment(Pos.BOTTOM_LEFT);
            browser.getChildren().add(row);
            for (ContentLibrary.Resolved resolved : lessons) {
                String id = resolved.lesson().id();
                boolean read = state.isRead(id);
                FontIcon icon = new FontIcon(read ? Feather.CHECK_CIRCLE : Feather.CIRCLE);
                icon.getStyleClass().add(read ? "read-icon" : "unread-icon");
                Button button = new Button(resolved.lesson().meta().title(), icon);
                button.setId("lesson-" + id);
                button.getStyleClass().addAll("flat", Styles.BROWSER_LESSON);
                if (id.equals(currentId)) {
                    button.getStyleClass().add("current");
                }
                button.setOnAction(e -> open(id, -1));
                button.setMaxWidth(Double.MAX_VALUE);
                lessonButtons.put(id, button);
                browser.getChildren().add(button);
            }
        }
        List<BrokenLesson> broken = library.brokenLessons(i18n.language());
        if (!broken.isEmpty()) {
            Label heading = new Label(i18n.get("browser.errors"));
            heading.getStyleClass().add(Styles.BROWSER_TOPIC);
            browser.getChildren().add(heading);
            int n = 0;
            for (BrokenLesson lesson : broken) {
                VBox card = MarkdownRenderer.errorBox(i18n.get("lesson.broken"));
                card.setId("brokenLesson-" + n++);
                Label detail = new Label(lesson.problem().toString());
                detail.setWrapText(true);
                card.getChildren().add(detail);
                browser.getChildren().add(card);
            }
        }
    }
}

package dev.opsdojo.lesson.ui;

import dev.opsdojo.content.ContentLibrary;
import dev.opsdojo.content.ContentProblem;
import dev.opsdojo.content.Lesson;
import dev.opsdojo.content.SourceRef;
import dev.opsdojo.ui.I18n;
import dev.opsdojo.ui.Styles;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** One lesson as a page: header, notes about fallback or problems, the rendered body, sources and what comes next. */
final class LessonView {
    private final VBox column;
    private final List<javafx.scene.Node> blocks;
    private final ToggleButton readToggle;
    private final MarkdownRenderer.Rendered body;
    private final VBox footer;
    private boolean finished;

    /** @param initialBlocks how many Markdown blocks to build now; {@link #finish()} builds the rest and the footer */
    LessonView(ContentLibrary.Resolved resolved, ContentLibrary library, I18n i18n, WidgetRegistry widgets,
               Consumer<String> links, boolean read, Consumer<Boolean> onReadChanged, Runnable onNext, int initialBlocks,
               Consumer<String> studyCards) {
        Lesson lesson = resolved.lesson();
        String lang = i18n.language();

        String topic = library.topic(lesson.meta().topic()).map(t -> t.title(lang)).orElse(lesson.meta().topic());
        Label meta = new Label(i18n.format("lesson.topic", topic) + "  ·  " + i18n.format("lesson.minutes", lesson.meta().minutes()));
        meta.getStyleClass().add("lesson-meta");

        body = new MarkdownRenderer(i18n, links, widgets, lesson.file()).render(lesson.body(), initialBlocks);
        blocks = body.blocks();
        column = body.root();
        column.setId("lessonBody");
        // Lessons usually open with their title as an H1; then the meta line goes under it instead of a second title.
        boolean opensWithTitle = !blocks.isEmpty() && blocks.get(0).getStyleClass().contains("md-h1");
        if (opensWithTitle) {
            blocks.get(0).setId("lessonTitle");
            column.getChildren().add(1, meta);
        } else {
            Label title = new Label(lesson.meta().title());
            title.setId("lessonTitle");
            title.getStyleClass().add("page-title");
            title.setWrapText(true);
            VBox header = new VBox(title, meta);
            header.getStyleClass().add(Styles.LESSON_HEADER);
            column.getChildren().add(0, header);
        }
        int at = opensWithTitle ? 2 : 1;
        if (resolved.isFallback()) {
            Label note = new Label(i18n.format("lesson.fallback", i18n.get("lang." + resolved.fallbackFrom().get())));
            note.setId("fallbackNote");
            note.setWrapText(true);
            VBox box = new VBox(note);
            box.getStyleClass().addAll(Styles.CALLOUT, "note");
            column.getChildren().add(at++, box);
        }
        if (!lesson.problems().isEmpty()) {
            VBox problems = MarkdownRenderer.errorBox(i18n.get("lesson.problems"));
            problems.setId("lessonProblems");
            for (ContentProblem problem : lesson.problems()) {
                Label line = new Label(problem.toString());
                line.setWrapText(true);
                problems.getChildren().add(line);
            }
            column.getChildren().add(at, problems);
        }

        footer = new VBox();
        footer.getStyleClass().add("lesson-footer");
        if (!lesson.meta().sims().isEmpty()) {
            Label practice = new Label(i18n.get("lesson.practice"));
            practice.getStyleClass().add("md-h4");
            FlowPane links2 = new FlowPane(8, 8);
            for (String sim : lesson.meta().sims()) {
                String label = sim;
                if (dev.opsdojo.content.LinkTarget.parse(sim) instanceof dev.opsdojo.content.LinkTarget.SimLink link) {
                    label = i18n.get("sim.name." + link.name());
                    String preset = link.params().get("preset");
                    if (preset != null) {
                        label += " · " + preset;
                    }
                }
                Button go = new Button(label, new FontIcon(Feather.PLAY_CIRCLE));
                go.setOnAction(e -> links.accept(sim));
                links2.getChildren().add(go);
            }
            footer.getChildren().addAll(practice, links2);
        }
        if (!lesson.meta().sources().isEmpty()) {
            Label sources = new Label(i18n.get("lesson.sources"));
            sources.getStyleClass().add("md-h4");
            VBox list = new VBox(2);
            list.setId("lessonSources");
            for (SourceRef source : lesson.meta().sources()) {
                Hyperlink link = new Hyperlink(source.title() == null ? source.url() : source.title());
                link.getStyleClass().add("source-link");
                link.setWrapText(true);
                link.setOnAction(e -> links.accept(source.url()));
                list.getChildren().add(link);
            }
            footer.getChildren().addAll(sources, list);
        }
        int cardCount = library.cardIdsForLesson(lesson.id()).size();
        if (cardCount > 0) {
            Button study = new Button(i18n.format("cards.studyLesson", cardCount), new FontIcon(Feather.LAYERS));
            study.setId("studyLessonCards");
            study.setOnAction(e -> studyCards.accept(lesson.id()));
            footer.getChildren().add(study);
        }
        readToggle = new ToggleButton();
        readToggle.setId("readToggle");
        readToggle.setSelected(read);
        updateReadToggle(i18n);
        readToggle.setOnAction(e -> {
            updateReadToggle(i18n);
            onReadChanged.accept(readToggle.isSelected());
        });
        HBox actions = new HBox(10, readToggle);
        Optional<String> next = library.nextLessonId(lesson.id());
        if (next.isPresent()) {
            String nextTitle = library.lesson(next.get(), lang).map(r -> r.lesson().meta().title()).orElse(next.get());
            Button nextButton = new Button(i18n.format("lesson.next", nextTitle), new FontIcon(Feather.ARROW_RIGHT));
            nextButton.setId("nextLesson");
            nextButton.getStyleClass().add("accent");
            nextButton.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            nextButton.setOnAction(e -> onNext.run());
            actions.getChildren().add(nextButton);
        } else {
            Label last = new Label(i18n.get("lesson.lastOne"));
            last.setId("lastLessonNote");
            last.getStyleClass().add(Styles.MUTED);
            actions.getChildren().add(last);
        }
        footer.getChildren().add(actions);
    }

    /** Builds the blocks not built yet and the footer; safe to call more than once. */
    void finish() {
        if (!finished) {
            finished = true;
            body.finish();
            column.getChildren().add(footer);
        }
    }

    private void updateReadToggle(I18n i18n) {
        boolean read = readToggle.isSelected();
        readToggle.setText(read ? i18n.get("lesson.read") : i18n.get("lesson.markRead"));
        readToggle.setGraphic(new FontIcon(read ? Feather.CHECK_CIRCLE : Feather.CIRCLE));
    }

    void setRead(boolean read, I18n i18n) {
        readToggle.setSelected(read);
        updateReadToggle(i18n);
    }

    VBox column() {
        return column;
    }

    List<javafx.scene.Node> blocks() {
        return blocks;
    }
}

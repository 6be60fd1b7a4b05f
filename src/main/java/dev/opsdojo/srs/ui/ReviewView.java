package dev.opsdojo.srs.ui;

import dev.opsdojo.content.ContentLibrary;
import dev.opsdojo.content.DeckCard;
import dev.opsdojo.srs.Rating;
import dev.opsdojo.srs.Scheduler;
import dev.opsdojo.srs.StudyQueue;
import dev.opsdojo.ui.Styles;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The reviewer, keyboard first like Anki: Space or Enter shows the answer, 1–4 rate (each button shows its
 * interval), Ctrl+Z undoes the last rating, S suspends, B buries until tomorrow, E edits a user card.
 */
final class ReviewView {
    private final CardsContext ctx;
    private final Scope scope;
    private final Runnable onBack;
    private final VBox root = new VBox();
    private final VBox card = new VBox(14);
    private final Label remaining = new Label();
    private String currentId;
    private boolean revealed;
    private Instant shownAt;
    private Map<Rating, Scheduler.Outcome> outcomes;

    ReviewView(CardsContext ctx, Scope scope, Runnable onBack) {
        this.ctx = ctx;
        this.scope = scope;
        this.onBack = onBack;
        Button back = new Button(ctx.i18n().get("review.back"), new FontIcon(Feather.ARROW_LEFT));
        back.setId("reviewBack");
        back.getStyleClass().add("flat");
        back.setOnAction(e -> onBack.run());
        Label title = new Label(scope.title());
        title.getStyleClass().add("md-h3");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        remaining.setId("reviewRemaining");
        remaining.getStyleClass().add(Styles.MUTED);
        Button undo = tool(ctx.i18n().get("review.undo"), Feather.ROTATE_CCW, "reviewUndo", this::undo);
        Button suspend = tool(ctx.i18n().get("review.suspend"), Feather.PAUSE_CIRCLE, "reviewSuspend", this::suspend);
        Button bury = tool(ctx.i18n().get("review.bury"), Feather.EYE_OFF, "reviewBury", this::bury);
        Button edit = tool(ctx.i18n().get("review.edit"), Feather.EDIT_2, "reviewEdit", this::edit);
        HBox top = new HBox(10, back, title, spacer, remaining, undo, suspend, bury, edit);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        card.getStyleClass().addAll(Styles.CARD, "review-card");
        card.setMaxWidth(900);
        Label keys = new Label(ctx.i18n().get("review.keys"));
        keys.getStyleClass().add(Styles.MUTED);
        ScrollPane scroll = new ScrollPane(card);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(top, scroll, keys);
        root.getStyleClass().addAll(Styles.PAGE, "review-page");
        root.setId("reviewPage");
        root.setFocusTraversable(true);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        showNext();
    }

    Node view() {
        return root;
    }

    private Button tool(String tooltip, Feather icon, String id, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll("button-icon", "flat");
        button.setTooltip(new javafx.scene.control.Tooltip(tooltip));
        button.setOnAction(e -> {
            action.run();
            root.requestFocus();
        });
        return button;
    }

    private Instant now() {
        return ctx.clock().instant();
    }

    private void onKey(KeyEvent e) {
        if (e.getTarget() instanceof javafx.scene.control.TextInputControl) {
            return;
        }
        KeyCode code = e.getCode();
        if (e.isShortcutDown() && code == KeyCode.Z) {
            undo();
        } else if (e.isShortcutDown() || e.isAltDown()) {
            return;
        } else if ((code == KeyCode.SPACE || code == KeyCode.ENTER) && currentId != null && !revealed) {
            reveal();
        } else if (revealed && currentId != null && code.isDigitKey() && digit(code) >= 1 && digit(code) <= 4) {
            rate(Rating.ofGrade(digit(code)));
        } else if (code == KeyCode.S && currentId != null) {
            suspend();
        } else if (code == KeyCode.B && currentId != null) {
            bury();
        } else if (code == KeyCode.E && currentId != null) {
            edit();
        } else {
            return;
        }
        e.consume();
    }

    private static int digit(KeyCode code) {
        String name = code.getName();
        char last = name.charAt(name.length() - 1);
        return Character.isDigit(last) ? last - '0' : -1;
    }

    private void updateRemaining() {
        StudyQueue.Counts counts = ctx.flashcards().counts(scope.cardIds(), now());
        remaining.setText(ctx.i18n().format("review.remaining", counts.newCards(), counts.learning(), counts.review()));
    }

    void showNext() {
        show(ctx.flashcards().next(scope.cardIds(), now()));
    }

    private void show(Optional<String> next) {
        updateRemaining();
        revealed = false;
        card.getChildren().clear();
        if (next.isEmpty()) {
            currentId = null;
            Label done = new Label(ctx.i18n().format("review.done", scope.title()));
            done.setId("reviewDone");
            done.getStyleClass().add("md-h3");
            done.setWrapText(true);
            card.getChildren().add(done);
            ctx.flashcards().nextLearningDue(scope.cardIds(), now()).ifPresent(due -> {
                String at = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault()).format(due);
                card.getChildren().add(new Label(ctx.i18n().format("review.comeBack", at)));
            });
            Button back = new Button(ctx.i18n().get("review.back"));
            back.setOnAction(e -> onBack.run());
            card.getChildren().add(back);
            return;
        }
        currentId = next.get();
        ContentLibrary.ResolvedCard resolved = ctx.library().card(currentId, ctx.i18n().language()).orElseThrow();
        shownAt = now();
        card.getChildren().add(CardViews.question(resolved.card().question()));
        Button show = new Button(ctx.i18n().get("review.show"));
        show.setId("showAnswer");
        show.getStyleClass().add("accent");
        show.setDefaultButton(false);
        show.setOnAction(e -> {
            reveal();
            root.requestFocus();
        });
        card.getChildren().add(show);
        root.requestFocus();
    }

    private void reveal() {
        if (currentId == null || revealed) {
            return;
        }
        revealed = true;
        ContentLibrary.ResolvedCard resolved = ctx.library().card(currentId, ctx.i18n().language()).orElseThrow();
        card.getChildren().removeIf(n -> "showAnswer".equals(n.getId()));
        card.getChildren().add(new javafx.scene.control.Separator());
        card.getChildren().add(CardViews.answer(ctx, resolved));
        VBox points = new VBox(4);
        Label title = new Label(ctx.i18n().get("review.keyPoints"));
        title.getStyleClass().add("md-h4");
        points.getChildren().add(title);
        resolved.card().keyPoints().forEach(p -> points.getChildren().add(new Label("✓ " + p)));
        card.getChildren().addAll(points, CardViews.followUps(ctx, resolved.card()), CardViews.lessonLinks(ctx, resolved.card()));
        outcomes = ctx.flashcards().preview(currentId, now());
        card.getChildren().add(CardViews.ratingButtons(ctx.i18n(), outcomes, this::rate));
    }

    private void rate(Rating rating) {
        if (currentId == null || !revealed) {
            return;
        }
        Instant at = now();
        ctx.flashcards().rate(currentId, rating, at, java.time.Duration.between(shownAt, at).toMillis());
        showNext();
    }

    private void undo() {
        var restored = ctx.flashcards().undo(now());
        if (restored.isPresent()) {
            ctx.message().accept(ctx.i18n().get("review.undone"));
            show(Optional.of(restored.get().cardId()));
        } else {
            showNext();
        }
    }

    private void suspend() {
        if (currentId != null) {
            ctx.flashcards().suspend(currentId, true, now());
            ctx.message().accept(ctx.i18n().get("review.suspended"));
            showNext();
        }
    }

    private void bury() {
        if (currentId != null) {
            ctx.flashcards().bury(currentId, now());
            ctx.message().accept(ctx.i18n().get("review.buried"));
            showNext();
        }
    }

    /** E: edit the learner's own card (imported ones); built-in cards are read-only. */
    private void edit() {
        if (currentId == null) {
            return;
        }
        if (!ctx.imports().isUserCard(currentId)) {
            ctx.message().accept(ctx.i18n().get("review.readOnly"));
            return;
        }
        DeckCard card = ctx.library().card(currentId, ctx.i18n().language()).orElseThrow().card();
        CardEditor.edit(ctx.i18n(), card, root.getScene() == null ? null : root.getScene().getWindow())
                .ifPresent(edited -> ctx.message().accept(ctx.imports().saveUserCard(edited)));
    }
}

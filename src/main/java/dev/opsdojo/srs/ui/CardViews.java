package dev.opsdojo.srs.ui;

import dev.opsdojo.content.ContentLibrary;
import dev.opsdojo.content.DeckCard;
import dev.opsdojo.content.FollowUp;
import dev.opsdojo.lesson.ui.MarkdownRenderer;
import dev.opsdojo.srs.Rating;
import dev.opsdojo.srs.Scheduler;
import dev.opsdojo.ui.I18n;
import dev.opsdojo.ui.Styles;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Pieces the reviewer and the mock interview share: the answer, key points, follow-ups and rating buttons. */
final class CardViews {
    private CardViews() {
    }

    static Label question(String text) {
        Label question = new Label(text);
        question.setId("cardQuestion");
        question.getStyleClass().add("card-question");
        question.setWrapText(true);
        return question;
    }

    static Node answer(CardsContext ctx, ContentLibrary.ResolvedCard resolved) {
        VBox box = new VBox(8);
        box.setId("cardAnswer");
        if (resolved.fallbackFrom().isPresent()) {
            Label note = new Label(ctx.i18n().format("review.fallback", ctx.i18n().get("lang." + resolved.fallbackFrom().get())));
            note.getStyleClass().add(Styles.MUTED);
            box.getChildren().add(note);
        }
        MarkdownRenderer.Rendered rendered = new MarkdownRenderer(ctx.i18n(), ctx.links(), ctx.widgets(), resolved.loaded().file())
                .render(resolved.card().answer());
        rendered.root().getStyleClass().add("card-answer-body");
        box.getChildren().add(rendered.root());
        return box;
    }

    static Node followUps(CardsContext ctx, DeckCard card) {
        VBox box = new VBox(4);
        if (card.followUps().isEmpty()) {
            return box;
        }
        Label title = new Label(ctx.i18n().get("review.followUps"));
        title.getStyleClass().add("md-h4");
        box.getChildren().add(title);
        for (FollowUp followUp : card.followUps()) {
            String text = followUp.isCard()
                    ? ctx.library().card(followUp.card(), ctx.i18n().language()).map(c -> c.card().question()).orElse(followUp.card())
                    : followUp.text();
            Label line = new Label("• " + text);
            line.setWrapText(true);
            box.getChildren().add(line);
        }
        return box;
    }

    static Node lessonLinks(CardsContext ctx, DeckCard card) {
        FlowPane links = new FlowPane(10, 4);
        for (String lessonId : card.lessons()) {
            String title = ctx.library().lesson(lessonId, ctx.i18n().language()).map(r -> r.lesson().meta().title()).orElse(lessonId);
            Hyperlink link = new Hyperlink(ctx.i18n().format("mock.lessonLink", title));
            link.setOnAction(e -> ctx.links().accept("lesson:" + lessonId));
            links.getChildren().add(link);
        }
        return links;
    }

    /** The four rating buttons, each with its interval ("Good · 2d"). */
    static HBox ratingButtons(I18n i18n, Map<Rating, Scheduler.Outcome> outcomes, Consumer<Rating> onRate) {
        HBox row = new HBox(10);
        row.getStyleClass().add("rating-row");
        for (Rating rating : Rating.values()) {
            Scheduler.Outcome outcome = outcomes.get(rating);
            Button button = new Button(i18n.get("review." + rating.name().toLowerCase(Locale.ROOT)) + "  ·  " + formatInterval(outcome.interval()));
            button.setId("rate-" + rating.name().toLowerCase(Locale.ROOT));
            button.getStyleClass().addAll("rating-button", "rating-" + rating.name().toLowerCase(Locale.ROOT));
            button.setUserData(rating);
            button.setOnAction(e -> onRate.accept(rating));
            row.getChildren().add(button);
        }
        return row;
    }

    /** "1m", "10m", "1h", "3d", "2.5mo", "1.2y": the wait until a card comes back. */
    static String formatInterval(Duration interval) {
        long minutes = Math.max(1, Math.round(interval.toSeconds() / 60.0));
        if (minutes < 60) {
            return minutes + "m";
        }
        double hours = minutes / 60.0;
        if (hours < 24) {
            return Math.round(hours) + "h";
        }
        double days = hours / 24;
        if (days < 30.5) {
            return Math.round(days) + "d";
        }
        if (days < 365) {
            return String.format(Locale.ROOT, "%.1fmo", days / 30.4167);
        }
        return String.format(Locale.ROOT, "%.1fy", days / 365);
    }
}

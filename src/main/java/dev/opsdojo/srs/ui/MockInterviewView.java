package dev.opsdojo.srs.ui;

import dev.opsdojo.content.ContentLibrary;
import dev.opsdojo.content.DeckCard;
import dev.opsdojo.content.FollowUp;
import dev.opsdojo.content.LinkTarget;
import dev.opsdojo.srs.KeyPointMatcher;
import dev.opsdojo.srs.Rating;
import dev.opsdojo.srs.Scheduler;
import dev.opsdojo.ui.Styles;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * A mock interview: questions one at a time in interview order (easier first), an optional countdown, a typed
 * answer whose key points are pre-ticked on reveal, a rating suggested from the share covered (the learner may
 * change it), then the card's follow-up questions, as an interviewer would ask them. Ratings are real reviews.
 * Ends with a summary of weak topics and where to study them.
 */
final class MockInterviewView {
    static final int QUESTIONS = 6;
    private static final int MAX_FOLLOW_UPS = 6;

    private record Answered(String cardId, String topic, double share) {
    }

    private final CardsContext ctx;
    private final Scope scope;
    private final Runnable onBack;
    private final VBox root = new VBox(12);
    private final VBox body = new VBox(12);
    private final Label progress = new Label();
    private final Label timer = new Label();
    private final Deque<String> queue = new ArrayDeque<>();
    private final Set<String> asked = new HashSet<>();
    private final List<Answered> answered = new ArrayList<>();
    private final Set<String> mainIds = new HashSet<>();
    private final Set<String> followUpIds = new HashSet<>();
    private int mainQuestions;
    private int askedMain;
    private int followUpsAsked;
    private boolean currentIsFollowUp;
    private String currentId;
    private Instant shownAt;
    private Timeline countdown;
    private int secondsLeft;
    private TextArea typed;
    private boolean revealed;
    private List<CheckBox> pointBoxes = List.of();
    private Rating suggested;

    MockInterviewView(CardsContext ctx, Scope scope, Runnable onBack) {
        this.ctx = ctx;
        this.scope = scope;
        this.onBack = onBack;
        Label title = new Label(ctx.i18n().get("mock.title") + " — " + scope.title());
        title.getStyleClass().add("md-h3");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        progress.setId("mockProgress");
        timer.setId("mockTimer");
        timer.getStyleClass().add("mock-timer");
        Button end = new Button(ctx.i18n().get("mock.end"));
        end.setId("mockEnd");
        end.setOnAction(e -> showSummary());
        HBox top = new HBox(12, title, spacer, progress, timer, end);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        body.getStyleClass().addAll(Styles.CARD, "review-card");
        body.setMaxWidth(900);
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(top, scroll);
        root.getStyleClass().add(Styles.PAGE);
        root.setId("mockPage");
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        pickQuestions();
        next();
    }

    Node view() {
        return root;
    }

    /** Weakest first (lowest recall probability; new cards count as unknown), then in interview order: easier first. */
    private void pickQuestions() {
        Instant now = ctx.clock().instant();
        List<String> ids = new ArrayList<>(scope.cardIds());
        ids.removeIf(ctx.flashcards()::isSuspended);
        ids.sort(Comparator.comparingDouble((String id) -> {
            var state = ctx.flashcards().cardState(id, now);
            return state.isNew() ? 0.5 : ctx.flashcards().scheduler().retrievability(state, now);
        }));
        List<String> chosen = new ArrayList<>(ids.subList(0, Math.min(QUESTIONS, ids.size())));
        chosen.sort(Comparator.comparingInt(id -> ctx.library().card(id, "en").or(() -> ctx.library().card(id, "ko"))
                .map(c -> c.card().difficulty()).orElse(2)));
        queue.addAll(chosen);
        mainIds.addAll(chosen);
        mainQuestions = chosen.size();
    }

    private void onKey(KeyEvent e) {
        if (e.isShortcutDown() && e.getCode() == KeyCode.ENTER && !revealed && currentId != null) {
            reveal();
            e.consume();
        } else if (revealed && !e.isShortcutDown() && e.getCode().isDigitKey() && !(e.getTarget() instanceof TextArea)) {
            String name = e.getCode().getName();
            int grade = name.charAt(name.length() - 1) - '0';
            if (grade >= 1 && grade <= 4) {
                rate(Rating.ofGrade(grade));
                e.consume();
            }
        }
    }

    private void next() {
        stopTimer();
        revealed = false;
        body.getChildren().clear();
        String id = queue.pollFirst();
        while (id != null && asked.contains(id)) {
            id = queue.pollFirst();
        }
        if (id == null) {
            showSummary();
            return;
        }
        currentIsFollowUp = followUpIds.contains(id) || !isMain(id);
        currentId = id;
        asked.add(id);
        if (currentIsFollowUp) {
            followUpsAsked++;
            progress.setText(ctx.i18n().format("mock.followUpQuestion", followUpsAsked));
        } else {
            askedMain++;
            progress.setText(ctx.i18n().format("mock.question", askedMain, mainQuestions));
        }
        ContentLibrary.ResolvedCard resolved = ctx.library().card(id, ctx.i18n().language()).orElseThrow();
        shownAt = ctx.clock().instant();
        body.getChildren().add(CardViews.question(resolved.card().question()));
        typed = new TextArea();
        typed.setId("mockAnswer");
        typed.setPromptText(ctx.i18n().get("mock.typeHere"));
        typed.setWrapText(true);
        typed.setPrefRowCount(7);
        Button reveal = new Button(ctx.i18n().get("mock.reveal"));
        reveal.setId("mockReveal");
        reveal.getStyleClass().add("accent");
        reveal.setOnAction(e -> reveal());
        body.getChildren().addAll(typed, reveal);
        startTimer();
        typed.requestFocus();
    }

    private boolean isMain(String id) {
        return mainIds.contains(id);
    }

    private void startTimer() {
        secondsLeft = ctx.settings().get().mockCountdownSeconds();
        if (secondsLeft <= 0) {
            timer.setText("");
            return;
        }
        timer.setText(ctx.i18n().format("mock.timeLeft", clock(secondsLeft)));
        countdown = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        countdown.setCycleCount(secondsLeft);
        countdown.play();
    }

    private void tick() {
        secondsLeft--;
        if (secondsLeft <= 0) {
            timer.setText(ctx.i18n().get("mock.timeUp"));
            if (!revealed) {
                reveal();
            }
        } else {
            timer.setText(ctx.i18n().format("mock.timeLeft", clock(secondsLeft)));
        }
    }

    private void stopTimer() {
        if (countdown != null) {
            countdown.stop();
            countdown = null;
        }
    }

    private static String clock(int seconds) {
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    private void reveal() {
        if (revealed || currentId == null) {
            return;
        }
        revealed = true;
        stopTimer();
        typed.setEditable(false);
        body.getChildren().removeIf(n -> "mockReveal".equals(n.getId()));
        ContentLibrary.ResolvedCard resolved = ctx.library().card(currentId, ctx.i18n().language()).orElseThrow();
        DeckCard card = resolved.card();
        KeyPointMatcher.Result match = KeyPointMatcher.match(card.keyPoints(), typed.getText());
        VBox points = new VBox(6);
        points.setId("mockKeyPoints");
        Label title = new Label(ctx.i18n().get("review.keyPoints"));
        title.getStyleClass().add("md-h4");
        points.getChildren().add(title);
        List<CheckBox> boxes = new ArrayList<>();
        for (int i = 0; i < card.keyPoints().size(); i++) {
            CheckBox box = new CheckBox(card.keyPoints().get(i));
            box.setId("keyPoint-" + i);
            box.setWrapText(true);
            box.setSelected(match.covered().get(i));
            box.selectedProperty().addListener((obs, o, n) -> updateSuggestion());
            boxes.add(box);
            points.getChildren().add(box);
        }
        pointBoxes = boxes;
        Label coveredLabel = new Label();
        coveredLabel.setId("mockCovered");
        Label suggestion = new Label();
        suggestion.setId("mockSuggested");
        suggestion.getStyleClass().add("md-strong");
        Map<Rating, Scheduler.Outcome> outcomes = ctx.flashcards().preview(currentId, ctx.clock().instant());
        HBox buttons = CardViews.ratingButtons(ctx.i18n(), outcomes, this::rate);
        buttons.setId("mockRatings");
        body.getChildren().addAll(new javafx.scene.control.Separator(), CardViews.answer(ctx, resolved), points, coveredLabel,
                suggestion, buttons, interviewerAsks(card), CardViews.lessonLinks(ctx, card));
        updateSuggestion();
        root.requestFocus();
    }

    private Node interviewerAsks(DeckCard card) {
        VBox box = new VBox(4);
        List<String> texts = card.followUps().stream().filter(f -> !f.isCard()).map(FollowUp::text).toList();
        if (!texts.isEmpty()) {
            Label title = new Label(ctx.i18n().get("mock.interviewerAsks"));
            title.getStyleClass().add("md-h4");
            box.getChildren().add(title);
            texts.forEach(t -> {
                Label line = new Label("• " + t);
                line.setWrapText(true);
                box.getChildren().add(line);
            });
        }
        return box;
    }

    private void updateSuggestion() {
        long covered = pointBoxes.stream().filter(CheckBox::isSelected).count();
        double share = pointBoxes.isEmpty() ? 0 : covered / (double) pointBoxes.size();
        int allowed = ctx.settings().get().mockCountdownSeconds();
        double timeUsed = allowed <= 0 ? 1 : Math.min(1, java.time.Duration.between(shownAt, ctx.clock().instant()).toSeconds() / (double) allowed);
        if (pointBoxes.isEmpty()) {
            // A card of the learner's own may have no key points: nothing to measure, so no suggestion.
            suggested = null;
            body.lookupAll("#mockSuggested").forEach(n -> ((Label) n).setText(ctx.i18n().get("mock.rateYourself")));
            return;
        }
        suggested = KeyPointMatcher.suggest(share, timeUsed);
        body.lookupAll("#mockCovered").forEach(n -> ((Label) n).setText(ctx.i18n().format("mock.covered", covered, pointBoxes.size())));
        String name = ctx.i18n().get("review." + suggested.name().toLowerCase(Locale.ROOT));
        body.lookupAll("#mockSuggested").forEach(n -> ((Label) n).setText(ctx.i18n().format("mock.suggested", name)));
        body.lookupAll(".rating-button").forEach(n -> {
            n.getStyleClass().remove("accent");
            if (n.getUserData() == suggested) {
                n.getStyleClass().add("accent");
            }
        });
    }

    private void rate(Rating rating) {
        if (!revealed || currentId == null) {
            return;
        }
        Instant now = ctx.clock().instant();
        ctx.flashcards().rate(currentId, rating, now, java.time.Duration.between(shownAt, now).toMillis());
        DeckCard card = ctx.library().card(currentId, ctx.i18n().language()).orElseThrow().card();
        long covered = pointBoxes.stream().filter(CheckBox::isSelected).count();
        // Without key points, the learner's own rating says how well it went.
        double share = pointBoxes.isEmpty() ? (rating.grade - 1) / 3.0 : covered / (double) pointBoxes.size();
        answered.add(new Answered(currentId, card.topic(), share));
        // The interviewer digs into the same answer next: card follow-ups go to the front of the queue.
        List<String> followUps = card.followUps().stream().filter(FollowUp::isCard).map(FollowUp::card)
                .filter(id -> !asked.contains(id) && ctx.library().hasCard(id)).toList();
        for (int i = followUps.size() - 1; i >= 0; i--) {
            String followUp = followUps.get(i);
            if (followUpsAsked + followUpIds.stream().filter(queue::contains).count() < MAX_FOLLOW_UPS) {
                queue.remove(followUp);
                queue.addFirst(followUp);
                if (followUpIds.add(followUp) && mainIds.contains(followUp)) {
                    // A planned question the interviewer now asks as a follow-up: one main question fewer.
                    mainQuestions--;
                }
            }
        }
        currentId = null;
        next();
    }

    private void showSummary() {
        stopTimer();
        currentId = null;
        timer.setText("");
        progress.setText("");
        body.getChildren().clear();
        Label title = new Label(ctx.i18n().get("mock.summary"));
        title.setId("mockSummary");
        title.getStyleClass().add("md-h3");
        body.getChildren().add(title);
        Map<String, List<Answered>> byTopic = new LinkedHashMap<>();
        answered.forEach(a -> byTopic.computeIfAbsent(a.topic(), t -> new ArrayList<>()).add(a));
        List<String> weak = new ArrayList<>();
        byTopic.forEach((topic, list) -> {
            double mean = list.stream().mapToDouble(Answered::share).average().orElse(0);
            String topicTitle = ctx.library().topic(topic).map(t -> t.title(ctx.i18n().language())).orElse(topic);
            body.getChildren().add(new Label(ctx.i18n().format("mock.summaryLine", topicTitle, Math.round(mean * 100), list.size())));
            if (mean < 0.7) {
                weak.add(topic);
            }
        });
        if (weak.isEmpty()) {
            body.getChildren().add(new Label(ctx.i18n().get(answered.isEmpty() ? "mock.noAnswers" : "mock.noWeak")));
        } else {
            Label weakTitle = new Label(ctx.i18n().get("mock.weak"));
            weakTitle.getStyleClass().add("md-h4");
            VBox links = new VBox(4);
            links.setId("mockWeakTopics");
            for (String topic : weak) {
                Set<String> lessonIds = new java.util.LinkedHashSet<>();
                Set<String> sims = new java.util.LinkedHashSet<>();
                answered.stream().filter(a -> a.topic().equals(topic)).forEach(a -> ctx.library().card(a.cardId(), ctx.i18n().language())
                        .ifPresent(c -> {
                            lessonIds.addAll(c.card().lessons());
                            sims.addAll(c.card().sims());
                        }));
                for (String lessonId : lessonIds) {
                    String lessonTitle = ctx.library().lesson(lessonId, ctx.i18n().language()).map(r -> r.lesson().meta().title()).orElse(lessonId);
                    Hyperlink link = new Hyperlink(ctx.i18n().format("mock.lessonLink", lessonTitle));
                    link.setOnAction(e -> ctx.links().accept("lesson:" + lessonId));
                    links.getChildren().add(link);
                }
                for (String sim : sims) {
                    String name = LinkTarget.parse(sim) instanceof LinkTarget.SimLink s ? ctx.i18n().get("sim.name." + s.name()) : sim;
                    Hyperlink link = new Hyperlink(ctx.i18n().format("mock.simLink", name));
                    link.setOnAction(e -> ctx.links().accept(sim));
                    links.getChildren().add(link);
                }
            }
            body.getChildren().addAll(weakTitle, links);
        }
        Button back = new Button(ctx.i18n().get("review.back"));
        back.setId("mockBack");
        back.setOnAction(e -> onBack.run());
        body.getChildren().add(back);
    }
}

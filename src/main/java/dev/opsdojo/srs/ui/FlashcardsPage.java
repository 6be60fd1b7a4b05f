package dev.opsdojo.srs.ui;

import dev.opsdojo.content.Topic;
import dev.opsdojo.srs.StudyQueue;
import dev.opsdojo.ui.Styles;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The flashcards section: due counts overall and per topic, studying by topic, tag or lesson, the mock interview,
 * import and export, and the daily-limit settings. Studying replaces the home view until the learner goes back.
 */
public final class FlashcardsPage {
    private final CardsContext ctx;
    private final StackPane root = new StackPane();

    public FlashcardsPage(CardsContext ctx) {
        this.ctx = ctx;
        root.setId("flashcardsPage");
        showHome();
    }

    public Node view() {
        return root;
    }

    private List<String> allCards() {
        return ctx.library().cardIds();
    }

    private List<String> cardsOfTopic(String topic) {
        return allCards().stream().filter(id -> ctx.library().card(id, ctx.i18n().language())
                .map(c -> c.card().topic().equals(topic)).orElse(false)).toList();
    }

    private List<String> cardsWithTag(String tag) {
        return allCards().stream().filter(id -> ctx.library().card(id, ctx.i18n().language())
                .map(c -> c.card().tags().contains(tag)).orElse(false)).toList();
    }

    public void showHome() {
        var i18n = ctx.i18n();
        var now = ctx.clock().instant();
        Label title = new Label(i18n.get("cards.title"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Label intro = new Label(i18n.get("cards.intro"));
        intro.getStyleClass().add(Styles.MUTED);
        intro.setWrapText(true);
        VBox page = new VBox(title, intro);
        page.getStyleClass().add(Styles.PAGE);
        page.setMaxWidth(980);

        if (allCards().isEmpty()) {
            page.getChildren().add(new Label(i18n.get("cards.none")));
        } else {
            StudyQueue.Counts all = ctx.flashcards().counts(allCards(), now);
            HBox totals = new HBox(28, count(i18n.get("cards.new"), all.newCards(), "countNew", "count-new"),
                    count(i18n.get("cards.learning"), all.learning(), "countLearning", "count-learning"),
                    count(i18n.get("cards.due"), all.review(), "countDue", "count-due"));
            Button study = new Button(i18n.get("cards.studyAll"), new FontIcon(Feather.PLAY));
            study.setId("studyAll");
            study.getStyleClass().add("accent");
            study.setOnAction(e -> study(new Scope(i18n.get("cards.scopeAll"), allCards())));
            Button mock = new Button(i18n.get("cards.mockAll"), new FontIcon(Feather.MIC));
            mock.setId("mockAll");
            mock.setOnAction(e -> mock(new Scope(i18n.get("cards.scopeAll"), allCards())));
            HBox actions = new HBox(10, study, mock);
            actions.setAlignment(Pos.CENTER_LEFT);
            VBox summary = new VBox(14, totals, actions);
            summary.getStyleClass().add(Styles.CARD);
            page.getChildren().add(summary);

            Label byTopic = new Label(i18n.get("cards.byTopic"));
            byTopic.getStyleClass().add("md-h3");
            GridPane topics = new GridPane();
            topics.getStyleClass().add("cards-topics");
            topics.setId("cardTopics");
            topics.addRow(0, new Label(""), header(i18n.get("cards.new")), header(i18n.get("cards.learning")), header(i18n.get("cards.due")));
            int row = 1;
            for (Topic topic : ctx.library().topics()) {
                List<String> ids = cardsOfTopic(topic.id());
                if (ids.isEmpty()) {
                    continue;
                }
                StudyQueue.Counts counts = ctx.flashcards().counts(ids, now);
                String name = topic.title(i18n.language());
                Button go = new Button(i18n.get("cards.study"));
                go.setId("studyTopic-" + topic.id());
                go.setOnAction(e -> study(new Scope(i18n.format("cards.scopeTopic", name), ids)));
                Button mockTopic = new Button(i18n.get("cards.mock"));
                mockTopic.setId("mockTopic-" + topic.id());
                mockTopic.setOnAction(e -> mock(new Scope(i18n.format("cards.scopeTopic", name), ids)));
                Label due = new Label(String.valueOf(counts.review()));
                due.setId("dueTopic-" + topic.id());
                topics.addRow(row++, new Label(name), new Label(String.valueOf(counts.newCards())),
                        new Label(String.valueOf(counts.learning())), due, go, mockTopic);
            }
            page.getChildren().addAll(byTopic, topics);

            Label byDeck = new Label(i18n.get("cards.byDeck"));
            byDeck.getStyleClass().add("md-h3");
            GridPane decks = new GridPane();
            decks.getStyleClass().add("cards-topics");
            decks.setId("cardDecks");
            decks.addRow(0, new Label(""), header(i18n.get("cards.new")), header(i18n.get("cards.learning")), header(i18n.get("cards.due")));
            int deckRow = 1;
            java.util.Map<String, String> deckTitles = new java.util.LinkedHashMap<>();
            ctx.library().decks().forEach(d -> {
                if (d.lang().equals(i18n.language()) || !deckTitles.containsKey(d.deck().id())) {
                    deckTitles.put(d.deck().id(), d.deck().title());
                }
            });
            for (var deck : deckTitles.entrySet()) {
                List<String> ids = allCards().stream().filter(id -> ctx.library().card(id, i18n.language())
                        .map(c -> c.loaded().deckId().equals(deck.getKey())).orElse(false)).toList();
                if (ids.isEmpty()) {
                    continue;
                }
                StudyQueue.Counts counts = ctx.flashcards().counts(ids, now);
                Button go = new Button(i18n.get("cards.study"));
                go.setId("studyDeck-" + deck.getKey());
                go.setOnAction(e -> study(new Scope(deck.getValue(), ids)));
                Label due = new Label(String.valueOf(counts.review()));
                due.setId("dueDeck-" + deck.getKey());
                decks.addRow(deckRow++, new Label(deck.getValue()), new Label(String.valueOf(counts.newCards())),
                        new Label(String.valueOf(counts.learning())), due, go);
            }
            page.getChildren().addAll(byDeck, decks);

            Label byTag = new Label(i18n.get("cards.byTag"));
            byTag.getStyleClass().add("md-h3");
            TreeSet<String> tags = new TreeSet<>();
            allCards().forEach(id -> ctx.library().card(id, i18n.language()).ifPresent(c -> tags.addAll(c.card().tags())));
            ComboBox<String> tagChoice = new ComboBox<>();
            tagChoice.getItems().addAll(tags);
            tagChoice.setPromptText(i18n.get("cards.tagPrompt"));
            tagChoice.setId("tagChoice");
            Button studyTag = new Button(i18n.get("cards.study"));
            studyTag.setId("studyTag");
            studyTag.disableProperty().bind(tagChoice.valueProperty().isNull());
            studyTag.setOnAction(e -> study(new Scope(i18n.format("cards.scopeTag", tagChoice.getValue()), cardsWithTag(tagChoice.getValue()))));
            HBox tagRow = new HBox(10, tagChoice, studyTag);
            page.getChildren().addAll(byTag, tagRow);
        }

        Button importButton = new Button(i18n.get("cards.import"), new FontIcon(Feather.UPLOAD));
        importButton.setId("importCards");
        importButton.setOnAction(e -> importCards());
        Button exportButton = new Button(i18n.get("cards.export"), new FontIcon(Feather.DOWNLOAD));
        exportButton.setId("exportCards");
        exportButton.setOnAction(e -> exportCards());
        page.getChildren().add(new HBox(10, importButton, exportButton));
        page.getChildren().add(settingsPane());

        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        root.getChildren().setAll(scroll);
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.MUTED);
        return label;
    }

    private static VBox count(String label, int value, String id, String styleClass) {
        Label number = new Label(String.valueOf(value));
        number.setId(id);
        number.getStyleClass().addAll("count-number", styleClass);
        Label name = new Label(label);
        name.getStyleClass().add(Styles.MUTED);
        return new VBox(2, number, name);
    }

    private Node settingsPane() {
        var i18n = ctx.i18n();
        var s = ctx.settings().get();
        Spinner<Integer> newPerDay = new Spinner<>(0, 9999, s.newCardsPerDay(), 5);
        newPerDay.setId("settingNewPerDay");
        newPerDay.setEditable(true);
        newPerDay.valueProperty().addListener((o, a, v) -> ctx.updateSettings().accept(x -> x.withNewCardsPerDay(v)));
        Spinner<Integer> reviewsPerDay = new Spinner<>(0, 99999, s.reviewsPerDay(), 50);
        reviewsPerDay.setId("settingReviewsPerDay");
        reviewsPerDay.setEditable(true);
        reviewsPerDay.valueProperty().addListener((o, a, v) -> ctx.updateSettings().accept(x -> x.withReviewsPerDay(v)));
        Spinner<Integer> dayStart = new Spinner<>(0, 23, s.dayStartHour(), 1);
        dayStart.setId("settingDayStart");
        dayStart.valueProperty().addListener((o, a, v) -> ctx.updateSettings().accept(x -> x.withDayStartHour(v)));
        Spinner<Double> retention = new Spinner<>(0.70, 0.99, s.desiredRetention(), 0.01);
        retention.setId("settingRetention");
        retention.valueProperty().addListener((o, a, v) -> ctx.updateSettings().accept(x -> x.withDesiredRetention(v)));
        Spinner<Integer> countdown = new Spinner<>(0, 3600, s.mockCountdownSeconds(), 30);
        countdown.setId("settingCountdown");
        countdown.valueProperty().addListener((o, a, v) -> ctx.updateSettings().accept(x -> new dev.opsdojo.srs.SrsSettings(
                x.desiredRetention(), x.maximumIntervalDays(), x.newCardsPerDay(), x.reviewsPerDay(), x.dayStartHour(), x.fuzz(), v)));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label(i18n.get("cards.newPerDay")), newPerDay);
        grid.addRow(1, new Label(i18n.get("cards.reviewsPerDay")), reviewsPerDay);
        grid.addRow(2, new Label(i18n.get("cards.dayStart")), dayStart);
        grid.addRow(3, new Label(i18n.get("cards.retention")), retention);
        grid.addRow(4, new Label(i18n.get("cards.countdown")), countdown);
        TitledPane pane = new TitledPane(i18n.get("cards.settings"), grid);
        pane.setExpanded(false);
        pane.setId("cardSettings");
        return pane;
    }

    /** Starts a review session over {@code scope}. */
    public void study(Scope scope) {
        root.getChildren().setAll(new ReviewView(ctx, scope, this::showHome).view());
        root.getChildren().get(0).requestFocus();
    }

    /** Starts a mock interview over {@code scope}. */
    public void mock(Scope scope) {
        root.getChildren().setAll(new MockInterviewView(ctx, scope, this::showHome).view());
    }

    /** "Study the cards of this lesson", from the end of a lesson. */
    public void studyLesson(String lessonId) {
        String title = ctx.library().lesson(lessonId, ctx.i18n().language()).map(r -> r.lesson().meta().title()).orElse(lessonId);
        study(new Scope(ctx.i18n().format("cards.scopeLesson", title), ctx.library().cardIdsForLesson(lessonId)));
    }

    /** Shows one card (from a card: link) with its answer hidden until asked, and a way to study it. */
    public void showCard(String cardId) {
        var resolved = ctx.library().card(cardId, ctx.i18n().language()).orElseThrow();
        VBox box = new VBox(14);
        box.getStyleClass().addAll(Styles.CARD, "review-card");
        box.setId("cardPreview");
        box.setMaxWidth(900);
        Button reveal = new Button(ctx.i18n().get("review.show"));
        reveal.getStyleClass().add("accent");
        reveal.setId("previewShowAnswer");
        Button study = new Button(ctx.i18n().get("cards.studyThis"));
        study.setOnAction(e -> study(new Scope(resolved.card().question(), List.of(cardId))));
        Button back = new Button(ctx.i18n().get("review.back"));
        back.setOnAction(e -> showHome());
        reveal.setOnAction(e -> {
            box.getChildren().remove(reveal);
            box.getChildren().addAll(2, List.of(CardViews.answer(ctx, resolved), CardViews.followUps(ctx, resolved.card()),
                    CardViews.lessonLinks(ctx, resolved.card())));
        });
        box.getChildren().addAll(CardViews.question(resolved.card().question()), reveal, new HBox(10, study, back));
        VBox page = new VBox(box);
        page.getStyleClass().add(Styles.PAGE);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        root.getChildren().setAll(scroll);
    }

    private void importCards() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("CSV, TSV, TXT, Markdown", "*.csv", "*.tsv", "*.txt", "*.md"),
                new FileChooser.ExtensionFilter("*", "*.*"));
        Optional.ofNullable(chooser.showOpenDialog(root.getScene().getWindow()))
                .ifPresent(file -> {
                    ctx.message().accept(ctx.imports().importFile(file.toPath()));
                    showHome();
                });
    }

    private void exportCards() {
        DirectoryChooser chooser = new DirectoryChooser();
        Optional.ofNullable(chooser.showDialog(root.getScene().getWindow()))
                .ifPresent(folder -> ctx.message().accept(ctx.imports().exportTo(folder.toPath())));
    }
}

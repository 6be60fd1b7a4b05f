package dev.opsdojo.app;

import atlantafx.base.controls.CustomTextField;
import dev.opsdojo.calc.ui.CalculatorsPage;
import dev.opsdojo.sim.session.SessionFactory;
import dev.opsdojo.content.ContentLibrary;
import dev.opsdojo.content.InteractiveCatalog;
import dev.opsdojo.content.LinkTarget;
import dev.opsdojo.lesson.LessonProgressStore;
import dev.opsdojo.lesson.SearchIndex;
import dev.opsdojo.lesson.ui.LessonsPage;
import dev.opsdojo.lesson.ui.SearchResultsView;
import dev.opsdojo.lesson.ui.WidgetRegistry;
import dev.opsdojo.srs.ui.CardsContext;
import dev.opsdojo.srs.ui.FlashcardsPage;
import dev.opsdojo.srs.ui.StatisticsView;
import dev.opsdojo.ui.I18n;
import dev.opsdojo.ui.Styles;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The window's content: top bar (brand, search, language, theme, text size), sidebar of sections, a message bar,
 * and the current page. A language change rebuilds the shell in place, keeping the section and the open lesson.
 */
final class Shell {
    interface Host {
        void languageChanged(String language);

        void themeChanged(boolean dark);

        void openInBrowser(String uri);
    }

    private final BorderPane root = new BorderPane();
    private final StackPane center = new StackPane();
    private final HBox messageBar = new HBox();
    private final Label messageText = new Label();
    private final Map<Section, ToggleButton> navButtons = new EnumMap<>(Section.class);
    private final SettingsStore settings;
    private final ContentLibrary library;
    private final LessonProgressStore progress;
    private final Path dataDir;
    private final Host host;
    private final I18n i18n;
    private final LessonsPage lessonsPage;
    private final SearchIndex searchIndex;
    private final SearchResultsView searchResults;
    private final CustomTextField searchField = new CustomTextField();
    private final CardsEnvironment cards;
    private final WidgetRegistry widgets;
    private CalculatorsPage calculatorsPage;
    private SimulatorsSection simulatorsSection;
    private final SessionFactory simulations;
    private FlashcardsPage flashcardsPage;
    private Section section;

    Shell(SettingsStore settings, ContentLibrary library, Function<String, SearchIndex> searchIndexes, LessonProgressStore progress,
          WidgetRegistry widgets, Path dataDir, CardsEnvironment cards, SessionFactory simulations, Host host) {
        this.cards = cards;
        this.simulations = simulations;
        this.widgets = widgets;
        this.settings = settings;
        this.library = library;
        this.progress = progress;
        this.dataDir = dataDir;
        this.host = host;
        this.i18n = new I18n(settings.get().language());
        Consumer<String> links = this::openLink;
        this.lessonsPage = new LessonsPage(library, i18n, progress, widgets, links, lessonId -> {
            showSection(Section.FLASHCARDS);
            flashcards().studyLesson(lessonId);
        });
        this.searchIndex = searchIndexes.apply(i18n.language());
        this.searchResults = new SearchResultsView(i18n, (id, block) -> {
            clearSearch();
            showSection(Section.LESSONS);
            lessonsPage.open(id, block);
        });

        root.setId("shellRoot");
        root.setTop(new VBox(topBar(), messageBar()));
        root.setLeft(sidebar());
        root.setCenter(center);
        applyTextScale();
        lessonsPage.openLastOrFirst();
        showSection(Section.parse(settings.get().section()));
    }

    BorderPane root() {
        return root;
    }

    I18n i18n() {
        return i18n;
    }

    LessonsPage lessons() {
        return lessonsPage;
    }

    private Node topBar() {
        Label brand = new Label(i18n.get("app.title"), new FontIcon(Feather.TARGET));
        brand.getStyleClass().add(Styles.BRAND);
        Label tagline = new Label(i18n.get("app.tagline"));
        tagline.getStyleClass().add("brand-tagline");

        searchField.setId("searchField");
        searchField.setPromptText(i18n.get("search.prompt"));
        searchField.setLeft(new FontIcon(Feather.SEARCH));
        searchField.textProperty().addListener((obs, old, text) -> onSearch(text));
        searchField.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case DOWN -> { searchResults.moveSelection(1); e.consume(); }
                case UP -> { searchResults.moveSelection(-1); e.consume(); }
                case ENTER -> { searchResults.openSelected(); e.consume(); }
                case ESCAPE -> { clearSearch(); showSection(section); e.consume(); }
                default -> { }
            }
        });

        ToggleButton korean = new ToggleButton("한국어");
        korean.setId("lang-ko");
        ToggleButton english = new ToggleButton("English");
        english.setId("lang-en");
        SegmentedButton language = new SegmentedButton(korean, english);
        language.setId("languageSwitch");
        language.setTooltip(new Tooltip(i18n.get("toolbar.language")));
        (i18n.language().equals("ko") ? korean : english).setSelected(true);
        korean.setOnAction(e -> switchLanguage("ko", korean));
        english.setOnAction(e -> switchLanguage("en", english));

        boolean dark = settings.get().isDark();
        Button theme = new Button(null, new FontIcon(dark ? Feather.SUN : Feather.MOON));
        theme.setId("themeToggle");
        theme.getStyleClass().addAll("button-icon", "flat");
        theme.setTooltip(new Tooltip(i18n.get(dark ? "toolbar.themeLight" : "toolbar.themeDark")));
        theme.setOnAction(e -> toggleTheme(theme));

        Button smaller = new Button(null, new FontIcon(Feather.ZOOM_OUT));
        smaller.setId("textSmaller");
        smaller.getStyleClass().addAll("button-icon", "flat");
        smaller.setTooltip(new Tooltip(i18n.get("toolbar.textSmaller")));
        smaller.setOnAction(e -> changeTextScale(-0.1));
        Button larger = new Button(null, new FontIcon(Feather.ZOOM_IN));
        larger.setId("textLarger");
        larger.getStyleClass().addAll("button-icon", "flat");
        larger.setTooltip(new Tooltip(i18n.get("toolbar.textLarger")));
        larger.setOnAction(e -> changeTextScale(0.1));

        Region spacerLeft = new Region();
        Region spacerRight = new Region();
        HBox.setHgrow(spacerLeft, Priority.ALWAYS);
        HBox.setHgrow(spacerRight, Priority.ALWAYS);
        HBox bar = new HBox(brand, tagline, spacerLeft, searchField, spacerRight, language, smaller, larger, theme);
        bar.getStyleClass().add(Styles.TOP_BAR);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node messageBar() {
        messageBar.getStyleClass().add(Styles.MESSAGE_BAR);
        messageBar.setId("messageBar");
        messageText.setId("messageText");
        messageText.setWrapText(true);
        HBox.setHgrow(messageText, Priority.ALWAYS);
        messageText.setMaxWidth(Double.MAX_VALUE);
        Button close = new Button(null, new FontIcon(Feather.X));
        close.getStyleClass().addAll("button-icon", "flat");
        close.setTooltip(new Tooltip(i18n.get("message.close")));
        close.setOnAction(e -> hideMessage());
        messageBar.getChildren().addAll(new FontIcon(Feather.INFO), messageText, close);
        hideMessage();
        return messageBar;
    }

    void showMessage(String text, boolean warning) {
        messageText.setText(text);
        messageBar.getStyleClass().remove("warning");
        if (warning) {
            messageBar.getStyleClass().add("warning");
        }
        messageBar.setVisible(true);
        messageBar.setManaged(true);
    }

    void hideMessage() {
        messageBar.setVisible(false);
        messageBar.setManaged(false);
    }

    java.util.Optional<String> currentMessage() {
        return messageBar.isVisible() ? java.util.Optional.of(messageText.getText()) : java.util.Optional.empty();
    }

    private Node sidebar() {
        VBox bar = new VBox();
        bar.getStyleClass().add(Styles.SIDEBAR);
        ToggleGroup group = new ToggleGroup();
        int shortcut = 1;
        for (Section s : Section.values()) {
            ToggleButton button = new ToggleButton(i18n.get(s.labelKey), new FontIcon(s.icon));
            button.setId("nav-" + s.name().toLowerCase(java.util.Locale.ROOT));
            button.getStyleClass().addAll(Styles.NAV_BUTTON, "flat");
            button.setToggleGroup(group);
            button.setTooltip(new Tooltip("Ctrl+" + shortcut++));
            button.setOnAction(e -> showSection(s));
            button.setMaxWidth(Double.MAX_VALUE);
            navButtons.put(s, button);
            bar.getChildren().add(button);
        }
        return bar;
    }

    /** Built on first use and kept, so numbers typed into a calculator survive a visit to another section. */
    private CalculatorsPage calculators() {
        if (calculatorsPage == null) {
            calculatorsPage = new CalculatorsPage(i18n);
        }
        return calculatorsPage;
    }

    /** Built when first shown; closed (its runs stopped) when the learner leaves the section. */
    SimulatorsSection simulators() {
        if (simulatorsSection == null) {
            simulatorsSection = new SimulatorsSection(i18n, simulations, MANIFESTS, settings.get().simulator(),
                    kind -> settings.update(s -> s.withSimulator(kind)));
        }
        return simulatorsSection;
    }

    /** The deployment simulator's "Manifests" view: the setup as Kubernetes and Argo Rollouts YAML. */
    private static final java.util.function.Function<dev.opsdojo.sim.deploy.DeployScenario, String> MANIFESTS =
            scenario -> dev.opsdojo.sim.deploy.manifest.Manifests.combined(dev.opsdojo.sim.deploy.manifest.Manifests.of(scenario));

    void showSection(Section wanted) {
        Section target = wanted;
        if (target != Section.SIMULATORS && simulatorsSection != null) {
            simulatorsSection.close();
            simulatorsSection = null;
        }
        section = target;
        Node page;
        try {
            page = switch (target) {
                case LESSONS -> lessonsPage.view();
                case FLASHCARDS -> flashcards().view();
                case SIMULATORS -> simulators().view();
                case CALCULATORS -> calculators().view();
                case PROGRESS -> ProgressPage.create(i18n, library, progress.get(), dataDir, StatisticsView.create(cardsContext()));
            };
        } catch (IllegalStateException flashcardsUnavailable) {
            // The review store could not open (e.g. another window holds the data folder): say why, stay usable.
            showMessage(flashcardsUnavailable.getMessage(), true);
            page = lessonsPage.view();
            target = Section.LESSONS;
            section = target;
        }
        center.getChildren().setAll(page);
        navButtons.get(target).setSelected(true);
        String shown = target.name();
        if (!shown.equalsIgnoreCase(settings.get().section())) {
            settings.update(s -> s.withSection(shown));
        }
    }

    Section section() {
        return section;
    }

    /** Stops what runs in the background (the simulators' runs) before this shell is replaced by a new one. */
    void dispose() {
        if (simulatorsSection != null) {
            simulatorsSection.close();
            simulatorsSection = null;
        }
    }

    /** The flashcards page, made on first use and kept, so a session survives a visit to another section. */
    FlashcardsPage flashcards() {
        if (flashcardsPage == null) {
            flashcardsPage = new FlashcardsPage(cardsContext());
        }
        return flashcardsPage;
    }

    private CardsContext cardsContext() {
        return new CardsContext(library, cards.flashcards(), i18n, widgets, java.time.Clock.systemDefaultZone(), this::openLink,
                cards::updateSettings, cards::settings, text -> showMessage(text, false), dataDir, cards.imports());
    }

    private void onSearch(String text) {
        if (text == null || text.isBlank()) {
            showSection(section);
            return;
        }
        searchResults.show(text.strip(), searchIndex.search(text));
        center.getChildren().setAll(searchResults.view());
    }

    private void clearSearch() {
        searchField.setText("");
    }

    void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    private void switchLanguage(String language, ToggleButton pressed) {
        pressed.setSelected(true);
        if (!language.equals(i18n.language())) {
            settings.update(s -> s.withLanguage(language));
            host.languageChanged(language);
        }
    }

    private void toggleTheme(Button button) {
        boolean dark = !settings.get().isDark();
        settings.update(s -> s.withTheme(dark ? ShellSettings.THEME_DARK : ShellSettings.THEME_LIGHT));
        button.setGraphic(new FontIcon(dark ? Feather.SUN : Feather.MOON));
        button.getTooltip().setText(i18n.get(dark ? "toolbar.themeLight" : "toolbar.themeDark"));
        host.themeChanged(dark);
    }

    void changeTextScale(double delta) {
        double next = delta == 0 ? 1.0 : settings.get().textScale() + delta;
        settings.update(s -> s.withTextScale(Math.round(next * 10) / 10.0));
        applyTextScale();
    }

    private void applyTextScale() {
        // A computed value, so an inline style: every em-based rule in app.css scales with it.
        root.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", 14 * settings.get().textScale()));
    }

    /** Where a link in a lesson goes; see {@link LinkTarget}. */
    void openLink(String href) {
        LinkTarget target = LinkTarget.parse(href);
        if (target instanceof LinkTarget.Web web) {
            host.openInBrowser(web.uri().toString());
        } else if (target instanceof LinkTarget.LessonLink lesson) {
            if (library.hasLesson(lesson.lessonId())) {
                showSection(Section.LESSONS);
                lessonsPage.open(lesson.lessonId(), -1);
            } else {
                showMessage(i18n.format("link.missingLesson", lesson.lessonId()), true);
            }
        } else if (target instanceof LinkTarget.CardLink card) {
            if (library.hasCard(card.cardId())) {
                showSection(Section.FLASHCARDS);
                flashcards().showCard(card.cardId());
            } else {
                showMessage(i18n.format("link.missingCard", card.cardId()), true);
            }
        } else if (target instanceof LinkTarget.SimLink sim) {
            InteractiveCatalog.Status status = InteractiveCatalog.SIMULATORS.get(sim.name());
            if (status == InteractiveCatalog.Status.AVAILABLE) {
                simulators().show(sim.name());
                showSection(Section.SIMULATORS);
                String preset = sim.params().get("preset");
                String strategy = sim.params().get("strategy");
                if (sim.name().equals(SimulatorsSection.SCALE_OUT) && preset != null) {
                    simulators().scaleOut().openPreset(preset);
                } else if (sim.name().equals(SimulatorsSection.DEPLOY) && strategy != null) {
                    simulators().deploy().openStrategy(strategy);
                }
            } else {
                showMessage(i18n.format(status == null ? "link.unknownSim" : "link.comingSim", sim.name()), status == null);
            }
        } else if (target instanceof LinkTarget.CalcLink calc) {
            InteractiveCatalog.Status status = InteractiveCatalog.CALCULATORS.get(calc.name());
            if (status == InteractiveCatalog.Status.AVAILABLE) {
                showSection(Section.CALCULATORS);
                calculators().show(calc.name());
            } else {
                showMessage(i18n.format(status == null ? "link.unknownCalc" : "link.comingCalc", calc.name()), status == null);
            }
        } else if (target instanceof LinkTarget.Refused refused) {
            showMessage(i18n.format("link.refused", refused.reason()), true);
        }
    }

    /** Shortcuts: Ctrl+K / Ctrl+F search, Ctrl+1..5 sections, Ctrl+= / Ctrl+- / Ctrl+0 text size. */
    void installShortcuts(Scene scene) {
        var accelerators = scene.getAccelerators();
        accelerators.clear();
        accelerators.put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN), this::focusSearch);
        accelerators.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), this::focusSearch);
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5};
        for (int i = 0; i < digits.length; i++) {
            Section target = Section.values()[i];
            accelerators.put(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN), () -> {
                clearSearch();
                showSection(target);
            });
        }
        for (KeyCode bigger : new KeyCode[] {KeyCode.EQUALS, KeyCode.PLUS, KeyCode.ADD}) {
            accelerators.put(new KeyCodeCombination(bigger, KeyCombination.SHORTCUT_DOWN), () -> changeTextScale(0.1));
        }
        for (KeyCode smaller : new KeyCode[] {KeyCode.MINUS, KeyCode.SUBTRACT}) {
            accelerators.put(new KeyCodeCombination(smaller, KeyCombination.SHORTCUT_DOWN), () -> changeTextScale(-0.1));
        }
        accelerators.put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN), () -> changeTextScale(0));
    }
}

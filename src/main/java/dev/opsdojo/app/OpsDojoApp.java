package dev.opsdojo.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.opsdojo.calc.ui.CapacityWidget;
import dev.opsdojo.calc.ui.HpaWidget;
import dev.opsdojo.calc.ui.NinesWidget;
import dev.opsdojo.calc.ui.QueueWidget;
import dev.opsdojo.calc.ui.RedundancyWidget;
import dev.opsdojo.calc.ui.RolloutWidget;
import dev.opsdojo.content.ContentLibrary;
import dev.opsdojo.lesson.LessonProgressStore;
import dev.opsdojo.lesson.ui.WidgetRegistry;
import dev.opsdojo.storage.DataDirs;
import dev.opsdojo.ui.Fonts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** The desktop app. {@link Main} decides between it and the command line and hands it an {@link AppContext}. */
public final class OpsDojoApp extends Application {
    /** Set to true to print the time from JVM start to the first frame and exit (start-up benchmark). */
    public static final String EXIT_AFTER_FIRST_FRAME = "opsdojo.exitAfterFirstFrame";
    private static volatile AppContext pendingContext;
    private static volatile CompletableFuture<Preload.Loaded> preload;
    private static volatile Preload.AppHooks hooks;

    private AppContext context;
    private SettingsStore settings;
    private LessonProgressStore progress;
    private ContentLibrary library;
    private Preload.SearchIndexes search;
    private CompletableFuture<AppCards> cards;
    /** Simulator presets from every content folder's {@code scenarios/}, the user's folders last so they win. */
    private dev.opsdojo.sim.session.SessionFactory simulations() {
        return new dev.opsdojo.sim.scaleout.PresetSessions(Preload.contentRoots(context, settings.get()).stream()
                .map(root -> root.dir().resolve("scenarios")).toList());
    }

    private final WidgetRegistry widgets = new WidgetRegistry()
            .register("nines", NinesWidget::create)
            .register("redundancy", RedundancyWidget::create)
            .register("hpa", HpaWidget::create)
            .register("queue", QueueWidget::create)
            .register("capacity", CapacityWidget::create)
            .register("rollout", RolloutWidget::create)
            .register("scale-compare", (params, i18n) -> dev.opsdojo.sim.ui.ScaleCompareWidget.create(params, i18n, simulations()));
    private Stage stage;
    private Scene scene;
    private Shell shell;

    /** Must be called before {@code Application.launch}. */
    public static void configure(AppContext context) {
        pendingContext = Objects.requireNonNull(context);
        hooks = new Preload.AppHooks();
        preload = Preload.start(context, hooks);
    }

    @Override
    public void init() {
        if (pendingContext == null) {
            configure(new AppContext(DataDirs.resolveForThisMachine(Optional.empty()), Optional.empty()));
        }
        context = pendingContext;
        StartupTrace.mark("init");
        // Start-up work runs on three threads at once: fonts here, the theme's stylesheet on the FX thread,
        // and the shell's nodes on this launcher thread (JavaFX allows building nodes, not scenes, in init).
        Thread fonts = new Thread(Fonts::load, "opsdojo-fonts");
        fonts.start();
        Preload.Loaded loaded;
        try {
            loaded = preload.join();
        } catch (java.util.concurrent.CompletionException e) {
            // Nothing was changed on disk; say what happened instead of a stack trace (e.g. a second window on the same data).
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            System.err.println("OpsDojo cannot start: " + cause.getMessage()
                    + (cause.getCause() != null ? " (" + cause.getCause().getMessage() + ")" : ""));
            throw new IllegalStateException("OpsDojo cannot start: " + cause.getMessage(), cause);
        }
        StartupTrace.mark("preload joined");
        settings = loaded.settings();
        progress = loaded.progress();
        library = loaded.library();
        search = loaded.search();
        cards = loaded.cards();
        hooks.library = () -> library;
        hooks.i18n = () -> shell.i18n();
        hooks.reloadContent = () -> Platform.runLater(this::reloadContent);
        boolean dark = settings.get().isDark();
        Platform.runLater(() -> {
            applyTheme(dark);
            StartupTrace.mark("theme");
        });
        shell = newShell();
        StartupTrace.mark("shell");
        try {
            fonts.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        StartupTrace.mark("fonts");
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        stage.setTitle("OpsDojo");
        for (int size : new int[] {32, 64, 128, 256}) {
            var icon = OpsDojoApp.class.getResourceAsStream("/dev/opsdojo/icons/opsdojo-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon));
            }
        }
        StartupTrace.mark("start");
        ShellSettings s = settings.get();
        // The default size, shrunk to fit small screens (and the headless test screen of 1280×800).
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        scene = new Scene(shell.root(), Math.min(1280, screen.getWidth()), Math.min(820, screen.getHeight()));
        scene.getStylesheets().add(Objects.requireNonNull(OpsDojoApp.class.getResource("/dev/opsdojo/css/app.css")).toExternalForm());
        shell.installShortcuts(scene);
        stage.setScene(scene);
        stage.setMinWidth(820);
        stage.setMinHeight(560);
        restoreGeometry(s);
        stage.setOnCloseRequest(e -> saveGeometry());
        reportStartupProblems();
        if (Boolean.getBoolean(EXIT_AFTER_FIRST_FRAME)) {
            exitAfterFirstFrame();
        }
        stage.show();
        StartupTrace.mark("shown");
        // Focus the page, not the search field, so its prompt ("Search lessons (Ctrl+K)") stays visible.
        shell.root().requestFocus();
    }

    private Shell newShell() {
        return new Shell(settings, library, search::forLanguage, progress, widgets, context.dataDir(), new LazyCards(cards), simulations(), new Shell.Host() {
            @Override
            public void languageChanged(String language) {
                shell.dispose();
                shell = newShell();
                scene.setRoot(shell.root());
                shell.installShortcuts(scene);
                shell.root().requestFocus();
            }

            @Override
            public void themeChanged(boolean dark) {
                applyTheme(dark);
            }

            @Override
            public void openInBrowser(String uri) {
                try {
                    getHostServices().showDocument(uri);
                } catch (RuntimeException e) {
                    shell.showMessage(shell.i18n().format("link.browserUnavailable", uri), true);
                }
            }
        });
    }

    /** After an import: load content again (the learner's deck changed) and rebuild the shell on the flashcards. */
    private void reloadContent() {
        library = new dev.opsdojo.content.ContentLoader().load(Preload.contentRoots(context, settings.get()));
        search = new Preload.SearchIndexes(library);
        Section current = shell.section();
        Optional<String> message = shell.currentMessage();
        shell.dispose();
        shell = newShell();
        scene.setRoot(shell.root());
        shell.installShortcuts(scene);
        shell.showSection(current);
        message.ifPresent(text -> shell.showMessage(text, false));
    }

    private void reportStartupProblems() {
        var i18n = shell.i18n();
        List<String> messages = new ArrayList<>();
        settings.loadProblem().ifPresent(p -> messages.add(i18n.format("settings.recovered", p)));
        progress.loadProblem().ifPresent(p -> messages.add(i18n.format("progress.recovered", p)));
        cards.thenAccept(ready -> ready.loadProblem().ifPresent(p -> Platform.runLater(
                () -> shell.showMessage(shell.i18n().format("cards.recovered", p), true))));
        cards.exceptionally(failure -> {
            Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
            Platform.runLater(() -> shell.showMessage(cause.getMessage() + (cause.getCause() != null ? " (" + cause.getCause().getMessage() + ")" : ""), true));
            return null;
        });
        if (!library.problems().isEmpty()) {
            messages.add(i18n.format("content.problems", library.problems().size()));
            library.problems().forEach(p -> System.err.println("OpsDojo content: " + p));
        }
        if (!messages.isEmpty()) {
            shell.showMessage(String.join("  ", messages), true);
        }
    }

    private static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    private void restoreGeometry(ShellSettings s) {
        if (s.hasWindowGeometry()) {
            Rectangle2D saved = new Rectangle2D(s.windowX(), s.windowY(), s.windowWidth(), s.windowHeight());
            boolean visible = !Screen.getScreensForRectangle(saved.getMinX(), saved.getMinY(), 80, 40).isEmpty();
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(s.windowWidth(), Math.max(screen.getWidth(), 820)));
            stage.setHeight(Math.min(s.windowHeight(), Math.max(screen.getHeight(), 560)));
            if (visible) {
                stage.setX(s.windowX());
                stage.setY(s.windowY());
            } else {
                stage.centerOnScreen();
            }
        }
        stage.setMaximized(s.maximized());
    }

    private void saveGeometry() {
        if (stage.isMaximized()) {
            settings.update(s -> s.withWindow(
                    s.windowX() == null ? stage.getX() : s.windowX(), s.windowY() == null ? stage.getY() : s.windowY(),
                    s.windowWidth() == null ? stage.getWidth() : s.windowWidth(), s.windowHeight() == null ? stage.getHeight() : s.windowHeight(), true));
        } else {
            settings.update(s -> s.withWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false));
        }
    }

    @Override
    public void stop() {
        if (stage != null && stage.isShowing()) {
            saveGeometry();
        }
        if (cards != null && cards.isDone() && !cards.isCompletedExceptionally()) {
            cards.join().close();
        }
    }

    /** Test and benchmark access to the shell of the running app. */
    Shell shell() {
        return shell;
    }

    private void exitAfterFirstFrame() {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // runLater lands after this pulse, whose render the layout pass above belongs to.
            Platform.runLater(() -> {
                System.out.println("first frame after " + StartupTrace.sinceJvmStartMs() + " ms from JVM start");
                System.out.flush();
                Runtime.getRuntime().halt(0);
            });
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }
}

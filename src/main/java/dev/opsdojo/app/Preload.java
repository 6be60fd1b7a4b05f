package dev.opsdojo.app;

import dev.opsdojo.content.BuiltInContent;
import dev.opsdojo.content.ContentLibrary;
import dev.opsdojo.content.ContentLoader;
import dev.opsdojo.content.Languages;
import dev.opsdojo.lesson.LessonProgressStore;
import dev.opsdojo.lesson.LessonSearch;
import dev.opsdojo.lesson.SearchIndex;
import dev.opsdojo.storage.JsonStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything the app needs that does not need the toolkit: settings, progress, content and its search index.
 * It starts on its own thread before JavaFX does, so both start-ups overlap (measured in bench/startup.sh).
 */
final class Preload {

    record Loaded(SettingsStore settings, LessonProgressStore progress, ContentLibrary library, SearchIndexes search,
                  List<ContentLoader.Root> roots, CompletableFuture<AppCards> cards) {
    }

    /** What the flashcards need from the running app, filled in once it exists (the preload starts before it). */
    static final class AppHooks {
        volatile java.util.function.Supplier<ContentLibrary> library;
        volatile java.util.function.Supplier<dev.opsdojo.ui.I18n> i18n;
        volatile Runnable reloadContent;
    }

    /** Search indexes per language, built on first use and kept. */
    static final class SearchIndexes {
        private final ContentLibrary library;
        private final Map<String, SearchIndex> byLanguage = new ConcurrentHashMap<>();

        SearchIndexes(ContentLibrary library) {
            this.library = library;
        }

        SearchIndex forLanguage(String language) {
            return byLanguage.computeIfAbsent(language, lang -> LessonSearch.forLanguage(library, lang));
        }
    }

    private Preload() {
    }

    static CompletableFuture<Loaded> start(AppContext context, AppHooks hooks) {
        CompletableFuture<Loaded> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(load(context, hooks));
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        }, "opsdojo-preload");
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    static Loaded load(AppContext context, AppHooks hooks) {
        StartupTrace.mark("preload begins");
        JsonStore store = context.store();
        SettingsStore settings = new SettingsStore(store, Languages.forLocale(Locale.getDefault()));
        LessonProgressStore progress = new LessonProgressStore(store);
        List<ContentLoader.Root> roots = new ArrayList<>();
        roots.add(BuiltInContent.asRoot());
        Optional<Path> userContent = context.contentDir()
                .or(() -> Optional.ofNullable(settings.get().contentDir()).map(Path::of));
        userContent.ifPresent(dir -> roots.add(new ContentLoader.Root(dir.toAbsolutePath().normalize(), dir.toString())));
        StartupTrace.mark("settings and progress loaded");
        ContentLibrary library = new ContentLoader().load(roots);
        StartupTrace.mark("content loaded");
        SearchIndexes search = new SearchIndexes(library);
        search.forLanguage(settings.get().language());
        StartupTrace.mark("search index built");
        // The review store (snapshot and log) opens on its own thread: the first frame shows lessons and does not wait.
        CompletableFuture<AppCards> cards = CompletableFuture.supplyAsync(() -> {
            try {
                AppCards opened = new AppCards(context.dataDir(), () -> hooks.library.get(), () -> hooks.i18n.get(),
                        () -> hooks.reloadContent.run());
                StartupTrace.mark("cards opened");
                return opened;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("could not open the review log in " + context.dataDir(), e);
            }
        }, runnable -> {
            Thread thread = new Thread(runnable, "opsdojo-cards");
            thread.setDaemon(true);
            thread.start();
        });
        return new Loaded(settings, progress, library, search, roots, cards);
    }

    /** Built-in content, then the learner's own cards in the data folder, then a content folder they chose. */
    static List<ContentLoader.Root> contentRoots(AppContext context, ShellSettings settings) {
        List<ContentLoader.Root> roots = new ArrayList<>();
        roots.add(BuiltInContent.asRoot());
        Path own = AppCards.userContent(context.dataDir());
        if (java.nio.file.Files.isDirectory(own)) {
            roots.add(new ContentLoader.Root(own.toAbsolutePath().normalize(), own.toString()));
        }
        Optional<Path> userContent = context.contentDir().or(() -> Optional.ofNullable(settings.contentDir()).map(Path::of));
        userContent.ifPresent(dir -> roots.add(new ContentLoader.Root(dir.toAbsolutePath().normalize(), dir.toString())));
        return roots;
    }
}

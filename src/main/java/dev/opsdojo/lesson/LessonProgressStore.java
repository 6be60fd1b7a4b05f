package dev.opsdojo.lesson;

import dev.opsdojo.storage.JsonStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Loads and saves {@link LessonProgress} through the user-data store; every change is written at once. */
public final class LessonProgressStore {
    private final JsonStore store;
    private LessonProgress current;
    private final Optional<String> loadProblem;

    public LessonProgressStore(JsonStore store) {
        this.store = store;
        JsonStore.Loaded<LessonProgress> loaded = store.load(LessonProgress.FILE, LessonProgress.class, LessonProgress::empty);
        this.current = loaded.value();
        this.loadProblem = loaded.problem();
    }

    public LessonProgress get() {
        return current;
    }

    /** What went wrong reading the file at start-up, if anything (the broken file was kept aside). */
    public Optional<String> loadProblem() {
        return loadProblem;
    }

    public LessonProgress update(UnaryOperator<LessonProgress> change) {
        LessonProgress next = change.apply(current);
        if (!next.equals(current)) {
            current = next;
            try {
                store.save(LessonProgress.FILE, next);
            } catch (IOException e) {
                throw new UncheckedIOException("could not save lesson progress in " + store.directory(), e);
            }
        }
        return current;
    }
}

package dev.opsdojo.app;

import dev.opsdojo.storage.JsonStore;
import java.io.IOException;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The shell's settings, loaded once and written through at every change. */
final class SettingsStore {
    private final JsonStore store;
    private ShellSettings current;
    private final Optional<String> loadProblem;
    private Optional<String> saveProblem = Optional.empty();

    SettingsStore(JsonStore store, String osLanguage) {
        this.store = store;
        JsonStore.Loaded<ShellSettings> loaded = store.load(ShellSettings.FILE, ShellSettings.class, () -> ShellSettings.defaults(osLanguage));
        ShellSettings value = loaded.value();
        if (value.language() == null || !dev.opsdojo.content.Languages.isSupported(value.language())) {
            value = value.withLanguage(osLanguage);
        }
        this.current = value;
        this.loadProblem = loaded.problem();
    }

    ShellSettings get() {
        return current;
    }

    Optional<String> loadProblem() {
        return loadProblem;
    }

    Optional<String> saveProblem() {
        return saveProblem;
    }

    ShellSettings update(UnaryOperator<ShellSettings> change) {
        current = change.apply(current);
        try {
            store.save(ShellSettings.FILE, current);
            saveProblem = Optional.empty();
        } catch (IOException e) {
            saveProblem = Optional.of("could not save settings in " + store.directory() + ": " + e.getMessage());
        }
        return current;
    }
}

package dev.opsdojo.srs.ui;

import dev.opsdojo.content.ContentLibrary;
import dev.opsdojo.lesson.ui.WidgetRegistry;
import dev.opsdojo.srs.Flashcards;
import dev.opsdojo.srs.SrsSettings;
import dev.opsdojo.ui.I18n;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * What the flashcard screens are given by the shell: content, the flashcard use cases, strings, a clock,
 * where links go, and how to change settings and report a message.
 */
public record CardsContext(ContentLibrary library, Flashcards flashcards, I18n i18n, WidgetRegistry widgets, Clock clock,
                           Consumer<String> links, Consumer<UnaryOperator<SrsSettings>> updateSettings,
                           java.util.function.Supplier<SrsSettings> settings, Consumer<String> message, Path dataDir,
                           CardImports imports) {

    /** Import and export, done by the shell's file choosers and the pure srs.io code. */
    public interface CardImports {
        /** Imports a file into the user's deck; returns a message for the learner. */
        String importFile(Path file);

        /** Exports cards and history into a folder; returns a message for the learner. */
        String exportTo(Path folder);

        /** Whether a card is the learner's own (imported), and so editable. */
        boolean isUserCard(String cardId);

        /** Saves an edited user card; returns a message for the learner. */
        String saveUserCard(dev.opsdojo.content.DeckCard card);
    }
}

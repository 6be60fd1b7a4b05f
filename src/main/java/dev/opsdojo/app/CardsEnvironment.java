package dev.opsdojo.app;

import dev.opsdojo.srs.Flashcards;
import dev.opsdojo.srs.SrsSettings;
import dev.opsdojo.srs.ui.CardsContext;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** The flashcard side of the app as the shell sees it: the use cases, their settings, import/export. */
interface CardsEnvironment {
    Flashcards flashcards();

    SrsSettings settings();

    void updateSettings(UnaryOperator<SrsSettings> change);

    CardsContext.CardImports imports();

    /** A problem met while opening the review store or settings (the files were kept aside), for the message bar. */
    Optional<String> loadProblem();
}

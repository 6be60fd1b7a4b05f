package dev.opsdojo.app;

import dev.opsdojo.srs.Flashcards;
import dev.opsdojo.srs.SrsSettings;
import dev.opsdojo.srs.ui.CardsContext;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.UnaryOperator;

/**
 * The flashcards as the shell sees them while the review store may still be opening on its own thread: the first
 * use waits for it (it is usually long open by then). If it could not open, the use fails with its reason.
 */
final class LazyCards implements CardsEnvironment {
    private final CompletableFuture<AppCards> cards;

    LazyCards(CompletableFuture<AppCards> cards) {
        this.cards = cards;
    }

    private AppCards ready() {
        try {
            return cards.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException(cause.getMessage(), cause);
        }
    }

    @Override
    public Flashcards flashcards() {
        return ready().flashcards();
    }

    @Override
    public SrsSettings settings() {
        return ready().settings();
    }

    @Override
    public void updateSettings(UnaryOperator<SrsSettings> change) {
        ready().updateSettings(change);
    }

    @Override
    public CardsContext.CardImports imports() {
        return ready().imports();
    }

    @Override
    public Optional<String> loadProblem() {
        return ready().loadProblem();
    }
}

package dev.opsdojo.content;

import java.util.List;

/** A deck file: {@code content/decks/<lang>/<id>.json}. */
public record Deck(String id, String title, String description, List<DeckCard> cards) {
    public Deck {
        cards = cards == null ? List.of() : List.copyOf(cards);
    }
}

package dev.opsdojo.content;

/** A card as loaded: which deck and language it came from, and its line in the file. */
public record LoadedCard(DeckCard card, String deckId, String lang, ContentFile file, int line) {
    public String id() {
        return card.id();
    }
}

package dev.opsdojo.content;

/** A deck file as loaded, in one language. */
public record LoadedDeck(Deck deck, String lang, ContentFile file) {
}

package dev.opsdojo.srs.io;

import dev.opsdojo.content.DeckCard;
import dev.opsdojo.srs.ReviewEvent;
import dev.opsdojo.srs.SrsCard;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The JSON export document: {@code formatVersion} (so a later OpsDojo can read old exports and an old one can
 * refuse newer ones), when it was written, and the collection. Instants are ISO-8601 strings in UTC.
 */
public record ExportedCollection(int formatVersion, Instant exportedAt, List<DeckCard> cards, List<ReviewEvent> reviews,
                                 Map<String, SrsCard> schedules) {
    public static final int CURRENT_FORMAT_VERSION = 1;

    static ExportedCollection of(UserCollection collection, Instant exportedAt) {
        return new ExportedCollection(CURRENT_FORMAT_VERSION, exportedAt, collection.cards(), collection.reviews(),
                collection.schedules());
    }

    public UserCollection toCollection() {
        return new UserCollection(cards, reviews, schedules);
    }
}

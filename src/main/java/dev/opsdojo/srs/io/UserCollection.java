package dev.opsdojo.srs.io;

import dev.opsdojo.content.DeckCard;
import dev.opsdojo.srs.ReviewEvent;
import dev.opsdojo.srs.SrsCard;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an export holds: the user's cards, the review log in {@code seq} order, and each card's current
 * scheduling state by card id. Equal collections export to equal files (the schedules are kept sorted by id).
 */
public record UserCollection(List<DeckCard> cards, List<ReviewEvent> reviews, Map<String, SrsCard> schedules) {
    public UserCollection {
        cards = cards == null ? List.of() : List.copyOf(cards);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
        schedules = schedules == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(schedules));
    }
}

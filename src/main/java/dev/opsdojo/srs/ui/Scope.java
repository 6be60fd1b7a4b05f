package dev.opsdojo.srs.ui;

import java.util.List;

/** A set of cards to study: all, a topic, a tag, or a lesson's cards; {@code title} is shown to the learner. */
public record Scope(String title, List<String> cardIds) {
}

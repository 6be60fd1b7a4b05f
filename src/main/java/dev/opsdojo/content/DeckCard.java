package dev.opsdojo.content;

import java.util.List;

/**
 * An interview flashcard. The same {@code id} in every language is the same card (one schedule).
 * {@code answer} is Markdown; {@code keyPoints} are what a good answer mentions; {@code difficulty} is 1–3.
 */
public record DeckCard(String id, String topic, List<String> tags, Integer difficulty, String question, String answer,
                       List<String> keyPoints, List<FollowUp> followUps, List<String> lessons, List<String> sims,
                       List<SourceRef> sources) {

    public DeckCard {
        tags = tags == null ? List.of() : List.copyOf(tags);
        keyPoints = keyPoints == null ? List.of() : List.copyOf(keyPoints);
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
        lessons = lessons == null ? List.of() : List.copyOf(lessons);
        sims = sims == null ? List.of() : List.copyOf(sims);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}

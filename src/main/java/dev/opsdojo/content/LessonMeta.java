package dev.opsdojo.content;

import java.util.List;

/**
 * A lesson's YAML front matter. Required: id, title, topic, order, minutes, summary.
 * Optional: keywords, links to cards ({@code cards}) and simulators ({@code sims}), sources.
 */
public record LessonMeta(String id, String title, String topic, Integer order, Integer minutes, String summary,
                         List<String> keywords, List<String> cards, List<String> sims, List<SourceRef> sources) {

    public LessonMeta {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        cards = cards == null ? List.of() : List.copyOf(cards);
        sims = sims == null ? List.of() : List.copyOf(sims);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}

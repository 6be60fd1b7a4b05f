package dev.opsdojo.srs.io;

import java.util.List;

/** A card as a parser read it, before it gets an id and a topic. {@code line} is where it starts (1-based). */
record ParsedCard(int line, String question, String answer, List<String> tags, List<String> keyPoints) {
    ParsedCard {
        tags = List.copyOf(tags);
        keyPoints = List.copyOf(keyPoints);
    }
}

package dev.opsdojo.content;

import java.util.Map;

/** A topic of the course; {@code order} is its place in the course, titles are per language. */
public record Topic(String id, int order, Map<String, String> title) {

    public String title(String lang) {
        String wanted = title.get(lang);
        return wanted != null ? wanted : title.getOrDefault(Languages.FALLBACK_ORDER.get(0), id);
    }
}

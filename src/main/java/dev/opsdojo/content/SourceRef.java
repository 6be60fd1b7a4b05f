package dev.opsdojo.content;

/** A source a lesson's facts come from. */
public record SourceRef(String title, String url) {
}

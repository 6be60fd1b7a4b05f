package dev.opsdojo.content;

/** A lesson file that could not be loaded at all; the app shows it as an error card. */
public record BrokenLesson(ContentFile file, String lang, ContentProblem problem) {
}

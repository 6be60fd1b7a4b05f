package dev.opsdojo.content;

import java.util.List;

/**
 * One lesson in one language: its front matter, its Markdown body and where the body starts in the file
 * (so that problems found in the body can name the file's line). {@code problems} are non-fatal problems
 * (a broken link, an unreadable image): the lesson still shows, with them listed.
 */
public record Lesson(LessonMeta meta, String lang, String body, int bodyFirstLine, ContentFile file,
                     List<ContentProblem> problems) {

    public Lesson {
        problems = List.copyOf(problems);
    }

    public String id() {
        return meta.id();
    }

    public Lesson withProblems(List<ContentProblem> more) {
        var all = new java.util.ArrayList<>(problems);
        all.addAll(more);
        return new Lesson(meta, lang, body, bodyFirstLine, file, all);
    }
}

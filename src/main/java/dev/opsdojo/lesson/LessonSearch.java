package dev.opsdojo.lesson;

import dev.opsdojo.content.ContentLibrary;
import dev.opsdojo.content.Lesson;
import dev.opsdojo.content.Markdown;
import java.util.ArrayList;
import java.util.List;

/** Builds the search documents of all lessons as shown in one language. */
public final class LessonSearch {
    public static final String KIND_LESSON = "lesson";

    private LessonSearch() {
    }

    public static SearchIndex forLanguage(ContentLibrary library, String lang) {
        List<SearchIndex.Document> documents = new ArrayList<>();
        for (String id : library.lessonIdsInCourseOrder()) {
            Lesson lesson = library.lesson(id, lang).orElseThrow().lesson();
            List<String> blocks = new ArrayList<>(PlainText.topLevelBlocks(Markdown.parse(lesson.body())));
            String topicTitle = library.topic(lesson.meta().topic()).map(t -> t.title(lang)).orElse(lesson.meta().topic());
            documents.add(new SearchIndex.Document(KIND_LESSON, id, lesson.meta().title(), topicTitle, blocks));
        }
        return new SearchIndex(documents);
    }
}

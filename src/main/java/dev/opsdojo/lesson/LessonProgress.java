package dev.opsdojo.lesson;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the learner has done with lessons: which are read, which was open last, and where each was scrolled to.
 * Immutable; each change returns a new value for the store to save.
 */
public record LessonProgress(Set<String> readLessons, String lastLessonId, Map<String, Double> scrollPositions) {
    public static final String FILE = "lesson-progress.json";

    public LessonProgress {
        readLessons = readLessons == null ? Set.of() : Set.copyOf(readLessons);
        scrollPositions = scrollPositions == null ? Map.of() : Map.copyOf(scrollPositions);
    }

    public static LessonProgress empty() {
        return new LessonProgress(Set.of(), null, Map.of());
    }

    public boolean isRead(String lessonId) {
        return readLessons.contains(lessonId);
    }

    public LessonProgress withRead(String lessonId, boolean read) {
        Set<String> next = new TreeSet<>(readLessons);
        if (read) {
            next.add(lessonId);
        } else {
            next.remove(lessonId);
        }
        return new LessonProgress(next, lastLessonId, scrollPositions);
    }

    public LessonProgress withOpened(String lessonId) {
        return new LessonProgress(readLessons, lessonId, scrollPositions);
    }

    /** Remembers a scroll position, clamped to 0..1. */
    public LessonProgress withScroll(String lessonId, double position) {
        Map<String, Double> next = new HashMap<>(scrollPositions);
        next.put(lessonId, Math.max(0, Math.min(1, Double.isNaN(position) ? 0 : position)));
        return new LessonProgress(readLessons, lastLessonId, next);
    }

    public double scrollOf(String lessonId) {
        return scrollPositions.getOrDefault(lessonId, 0.0);
    }

    /** Read lessons among {@code lessonIds}, for a topic's progress. */
    public int readAmong(List<String> lessonIds) {
        return (int) lessonIds.stream().filter(readLessons::contains).count();
    }
}

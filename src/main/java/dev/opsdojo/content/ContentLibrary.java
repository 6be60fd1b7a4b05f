package dev.opsdojo.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything the content folders gave: topics in course order, lessons per language, and what was wrong. */
public final class ContentLibrary {
    private final List<Topic> topics;
    private final Map<String, Map<String, Lesson>> lessonsByLang;
    private final List<BrokenLesson> broken;
    private final List<ContentProblem> problems;
    private final Map<String, Map<String, LoadedCard>> cardsByLang;
    private final List<LoadedDeck> decks;

    ContentLibrary(List<Topic> topics, Map<String, Map<String, Lesson>> lessonsByLang,
                   List<BrokenLesson> broken, List<ContentProblem> problems,
                   Map<String, Map<String, LoadedCard>> cardsByLang, List<LoadedDeck> decks) {
        this.topics = List.copyOf(topics);
        this.lessonsByLang = lessonsByLang;
        this.broken = List.copyOf(broken);
        this.problems = problems.stream().sorted().toList();
        this.cardsByLang = cardsByLang;
        this.decks = List.copyOf(decks);
    }

    /** A card as shown in a language, falling back to the other language like lessons do. */
    public record ResolvedCard(LoadedCard loaded, Optional<String> fallbackFrom) {
        public DeckCard card() {
            return loaded.card();
        }
    }

    public Optional<ResolvedCard> card(String id, String lang) {
        LoadedCard wanted = cardsByLang.getOrDefault(lang, Map.of()).get(id);
        if (wanted != null) {
            return Optional.of(new ResolvedCard(wanted, Optional.empty()));
        }
        for (String other : Languages.FALLBACK_ORDER) {
            LoadedCard found = cardsByLang.getOrDefault(other, Map.of()).get(id);
            if (found != null) {
                return Optional.of(new ResolvedCard(found, Optional.of(other)));
            }
        }
        return Optional.empty();
    }

    public boolean hasCard(String id) {
        return cardsByLang.values().stream().anyMatch(m -> m.containsKey(id));
    }

    /** Every card id in deck order (the first language that has the card decides its place). */
    public List<String> cardIds() {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
        for (String lang : Languages.FALLBACK_ORDER) {
            ids.addAll(cardsByLang.getOrDefault(lang, Map.of()).keySet());
        }
        return List.copyOf(ids);
    }

    public List<LoadedDeck> decks() {
        return decks;
    }

    /** Cards linking to a lesson ("study cards from this lesson"), in deck order. */
    public List<String> cardIdsForLesson(String lessonId) {
        return cardIds().stream().filter(id -> card(id, "en").or(() -> card(id, "ko"))
                .map(c -> c.card().lessons().contains(lessonId)).orElse(false)).toList();
    }

    public List<Topic> topics() {
        return topics;
    }

    public Optional<Topic> topic(String id) {
        return topics.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** Every problem found, sorted by file and line. */
    public List<ContentProblem> problems() {
        return problems;
    }

    public List<BrokenLesson> brokenLessons() {
        return broken;
    }

    public List<BrokenLesson> brokenLessons(String lang) {
        return broken.stream().filter(b -> b.lang().equals(lang)).toList();
    }

    /** A lesson as shown in a language: the lesson, and the language it really is in if it had to fall back. */
    public record Resolved(Lesson lesson, Optional<String> fallbackFrom) {
        public boolean isFallback() {
            return fallbackFrom.isPresent();
        }
    }

    public Optional<Resolved> lesson(String id, String lang) {
        Lesson wanted = lessonsByLang.getOrDefault(lang, Map.of()).get(id);
        if (wanted != null) {
            return Optional.of(new Resolved(wanted, Optional.empty()));
        }
        for (String other : Languages.FALLBACK_ORDER) {
            Lesson found = lessonsByLang.getOrDefault(other, Map.of()).get(id);
            if (found != null) {
                return Optional.of(new Resolved(found, Optional.of(other)));
            }
        }
        return Optional.empty();
    }

    public boolean hasLesson(String id) {
        return lessonsByLang.values().stream().anyMatch(m -> m.containsKey(id));
    }

    /** Lesson ids in course order: by topic order, then the lesson's order, then id. */
    public List<String> lessonIdsInCourseOrder() {
        Map<String, Lesson> any = new LinkedHashMap<>();
        for (String lang : Languages.FALLBACK_ORDER) {
            lessonsByLang.getOrDefault(lang, Map.of()).forEach(any::putIfAbsent);
        }
        List<Lesson> lessons = new ArrayList<>(any.values());
        lessons.sort(Comparator.comparingInt((Lesson l) -> topicOrder(l.meta().topic()))
                .thenComparingInt(l -> l.meta().order())
                .thenComparing(Lesson::id));
        return lessons.stream().map(Lesson::id).toList();
    }

    /** Lessons of one topic in course order, each resolved for the language. */
    public List<Resolved> lessonsOfTopic(String topicId, String lang) {
        return lessonIdsInCourseOrder().stream()
                .map(id -> lesson(id, lang).orElseThrow())
                .filter(r -> r.lesson().meta().topic().equals(topicId))
                .toList();
    }

    public Optional<String> nextLessonId(String id) {
        List<String> ordered = lessonIdsInCourseOrder();
        int at = ordered.indexOf(id);
        return at >= 0 && at + 1 < ordered.size() ? Optional.of(ordered.get(at + 1)) : Optional.empty();
    }

    public int lessonCount() {
        return lessonIdsInCourseOrder().size();
    }

    private int topicOrder(String topicId) {
        return topic(topicId).map(Topic::order).orElse(Integer.MAX_VALUE);
    }
}

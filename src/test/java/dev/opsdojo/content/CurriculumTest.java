package dev.opsdojo.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped curriculum is complete and consistent: every topic of the course has a lesson, every lesson and card
 * exists in both languages under the same id, lessons carry sources, an interview box, follow-up questions and
 * something to look at or play with, and every card belongs to a lesson.
 */
class CurriculumTest {
    private static final List<String> LANGUAGES = List.of("en", "ko");
    private static final Pattern FENCED_BLOCK = Pattern.compile("(?ms)^```.*?^```[ \\t]*$");
    private static ContentLibrary library;

    @BeforeAll
    static void load() {
        library = new ContentLoader().load(List.of(BuiltInContent.asRoot()));
    }

    @Test
    void theBuiltInContentHasNoProblemsSoEveryLinkWidgetAndCardReferenceResolves() {
        assertThat(library.problems()).isEmpty();
        assertThat(library.brokenLessons()).isEmpty();
    }

    @Test
    void everyTopicOfTheCourseHasALesson() {
        for (Topic topic : library.topics()) {
            assertThat(library.lessonsOfTopic(topic.id(), "en")).as("lessons of topic %s", topic.id()).isNotEmpty();
        }
    }

    @Test
    void everyLessonExistsInBothLanguagesWithTheSameIdAndTopic() {
        for (String id : library.lessonIdsInCourseOrder()) {
            for (String lang : LANGUAGES) {
                assertThat(library.lesson(id, lang).orElseThrow().isFallback()).as("lesson %s in %s", id, lang).isFalse();
            }
            assertThat(lesson(id, "ko").meta().topic()).isEqualTo(lesson(id, "en").meta().topic());
            assertThat(lesson(id, "ko").meta().order()).isEqualTo(lesson(id, "en").meta().order());
        }
    }

    @Test
    void everyCardExistsInBothLanguagesWithTheSameTopicAndLessons() {
        for (String id : library.cardIds()) {
            for (String lang : LANGUAGES) {
                assertThat(library.card(id, lang).orElseThrow().fallbackFrom()).as("card %s in %s", id, lang).isEmpty();
            }
            DeckCard en = card(id, "en");
            DeckCard ko = card(id, "ko");
            assertThat(ko.topic()).as("topic of %s", id).isEqualTo(en.topic());
            assertThat(ko.lessons()).as("lessons of %s", id).isEqualTo(en.lessons());
            assertThat(ko.followUps().stream().map(FollowUp::card).toList()).as("card follow-ups of %s", id)
                    .isEqualTo(en.followUps().stream().map(FollowUp::card).toList());
        }
    }

    @Test
    void theDeckHasAtLeastTwoHundredCardsInEachLanguage() {
        for (String lang : LANGUAGES) {
            long count = library.cardIds().stream().filter(id -> library.card(id, lang).orElseThrow().fallbackFrom().isEmpty()).count();
            assertThat(count).as("cards in %s", lang).isGreaterThanOrEqualTo(200);
        }
    }

    @Test
    void everyCardLinksToALessonThatExistsAndHasWhatAMockInterviewNeeds() {
        for (String id : library.cardIds()) {
            for (String lang : LANGUAGES) {
                DeckCard card = card(id, lang);
                assertThat(card.lessons()).as("lessons of %s", id).isNotEmpty();
                card.lessons().forEach(lesson -> assertThat(library.hasLesson(lesson)).as("%s links to %s", id, lesson).isTrue());
                assertThat(card.answer()).as("answer of %s (%s)", id, lang).isNotBlank();
                assertThat(card.keyPoints()).as("key points of %s (%s)", id, lang).hasSizeGreaterThanOrEqualTo(2);
            }
        }
    }

    @Test
    void everyLessonHasCardsAndItsFrontMatterListsOnlyCardsAboutIt() {
        for (String id : library.lessonIdsInCourseOrder()) {
            assertThat(library.cardIdsForLesson(id)).as("cards for %s", id).isNotEmpty();
            for (String lang : LANGUAGES) {
                for (String cardId : lesson(id, lang).meta().cards()) {
                    assertThat(card(cardId, lang).lessons()).as("card %s listed by lesson %s", cardId, id).contains(id);
                }
            }
        }
    }

    @Test
    void everyLessonCitesWebSources() {
        for (String id : library.lessonIdsInCourseOrder()) {
            for (String lang : LANGUAGES) {
                List<SourceRef> sources = lesson(id, lang).meta().sources();
                assertThat(sources).as("sources of %s (%s)", id, lang).hasSizeGreaterThanOrEqualTo(2);
                sources.forEach(s -> assertThat(s.url()).as("source of %s", id).startsWith("https://"));
            }
        }
    }

    @Test
    void everyLessonHasAnInterviewAnswerFollowUpQuestionsAndADiagramOrWidget() {
        Map<String, String[]> markers = Map.of(
                "en", new String[] {"**In an interview:**", "## Common follow-up questions"},
                "ko", new String[] {"**면접에서는:**", "## 자주 나오는 꼬리 질문"});
        for (String id : library.lessonIdsInCourseOrder()) {
            for (String lang : LANGUAGES) {
                String body = lesson(id, lang).body();
                assertThat(body).as("%s (%s)", id, lang).contains("> [!TIP]").contains(markers.get(lang));
                boolean visual = body.contains("```widget") || body.contains("](../assets/") || body.contains("```text")
                        || body.contains("|---") || body.contains("| ---");
                assertThat(visual).as("%s (%s) has a widget, image, diagram or table", id, lang).isTrue();
            }
        }
    }

    @Test
    void englishLessonsAreBetweenEightHundredAndTwoThousandWordsOfProse() {
        Map<String, Integer> outside = new TreeMap<>();
        for (String id : library.lessonIdsInCourseOrder()) {
            int words = proseWords(lesson(id, "en").body());
            if (words < 800 || words > 2000) {
                outside.put(id, words);
            }
        }
        assertThat(outside).as("lessons outside 800-2000 words").isEmpty();
    }

    @Test
    void koreanLessonsAreNotStubsOfTheirEnglishVersion() {
        List<String> thin = new ArrayList<>();
        for (String id : library.lessonIdsInCourseOrder()) {
            int ko = hangulSyllables(lesson(id, "ko").body());
            if (ko < 2000) {
                thin.add(id + " (" + ko + " Hangul syllables)");
            }
        }
        assertThat(thin).isEmpty();
    }

    static int proseWords(String body) {
        String prose = FENCED_BLOCK.matcher(body).replaceAll(" ");
        return (int) Pattern.compile("\\s+").splitAsStream(prose.strip()).filter(w -> w.chars().anyMatch(Character::isLetterOrDigit)).count();
    }

    private static int hangulSyllables(String body) {
        return (int) body.chars().filter(c -> c >= 0xAC00 && c <= 0xD7A3).count();
    }

    private static Lesson lesson(String id, String lang) {
        return library.lesson(id, lang).orElseThrow().lesson();
    }

    private static DeckCard card(String id, String lang) {
        return library.card(id, lang).orElseThrow().card();
    }
}

package dev.opsdojo.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.content.ContentFolder;
import dev.opsdojo.content.ContentLibrary;
import dev.opsdojo.content.ContentLoader;
import dev.opsdojo.content.Markdown;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Searching the lessons as shown in one language. */
class LessonSearchTest {

    private static List<String> idsFound(SearchIndex index, String query) {
        return index.search(query).stream().map(h -> h.document().id()).toList();
    }

    @Nested
    class BuiltFolder {
        @TempDir
        Path temp;

        private static final String BODY = """
                # Heading one

                A first paragraph about replicas.

                - a list item
                - another item mentioning **autoscaling** in bold

                ```yaml
                kind: HorizontalPodAutoscaler
                ```

                > A quote about autoscaling limits.
                """;

        private ContentLibrary library() {
            return ContentFolder.in(temp.resolve("c"), "c")
                    .file("en", "subject.md", ContentFolder.frontMatter("subject") + BODY)
                    .file("ko", "ko-only.md", ContentFolder.frontMatter("ko-only") + "\n한국어로만 쓴 레슨입니다.\n")
                    .load();
        }

        @Test
        void eachSnippetNamesTheTopLevelBlockThatContainsTheMatch() {
            List<String> blocks = PlainText.topLevelBlocks(Markdown.parse(library().lesson("subject", "en").orElseThrow().lesson().body()));

            SearchIndex.Hit hit = LessonSearch.forLanguage(library(), "en").search("autoscal").get(0);

            assertThat(hit.snippets()).extracting(SearchIndex.Snippet::blockIndex).containsExactly(2, 3, 4);
            for (SearchIndex.Snippet snippet : hit.snippets()) {
                assertThat(blocks.get(snippet.blockIndex())).containsIgnoringCase("autoscal");
            }
        }

        @Test
        void documentsCarryTheLessonTitleAndTheTopicTitleInTheLanguage() {
            SearchIndex.Hit hit = LessonSearch.forLanguage(library(), "ko").search("replicas").get(0);

            assertThat(hit.document().kind()).isEqualTo(LessonSearch.KIND_LESSON);
            assertThat(hit.document().id()).isEqualTo("subject");
            assertThat(hit.document().title()).isEqualTo("Title of subject");
            assertThat(hit.document().group()).isEqualTo("기초");
        }

        @Test
        void aLessonMissingInTheLanguageIsSearchedInItsFallback() {
            assertThat(idsFound(LessonSearch.forLanguage(library(), "en"), "한국어")).containsExactly("ko-only");
        }

        @Test
        void theIndexHoldsOneDocumentPerLesson() {
            assertThat(LessonSearch.forLanguage(library(), "en").size()).isEqualTo(2);
        }
    }

    @Nested
    class ShippedContent {
        private final ContentLibrary shipped = new ContentLoader().load(List.of(new ContentLoader.Root(Path.of("content"), "content")));

        @ParameterizedTest(name = "{1} in {0} finds {2}")
        @CsvSource({
                "en, availability, availability-nines",
                "en, Availability, availability-nines",
                "ko, 가용성, availability-nines",
                "en, HPA, scaling-up-vs-out",
                "ko, HPA, scaling-up-vs-out",
                "ko, 스케일, scaling-up-vs-out",
        })
        void findsTheLessonAboutIt(String lang, String query, String lessonId) {
            assertThat(idsFound(LessonSearch.forLanguage(shipped, lang), query)).contains(lessonId);
        }

        @Test
        void theLessonWhoseTitleMatchesComesFirst() {
            List<SearchIndex.Hit> hits = LessonSearch.forLanguage(shipped, "en").search("availability");

            assertThat(hits.get(0).document().id()).isEqualTo("availability-nines");
            assertThat(hits.get(0).titleMatch()).isTrue();
        }

        @Test
        void everySnippetPointsAtABlockOfItsLessonThatContainsTheQuery() {
            for (String lang : List.of("en", "ko")) {
                for (SearchIndex.Hit hit : LessonSearch.forLanguage(shipped, lang).search("SLO")) {
                    List<String> blocks = PlainText.topLevelBlocks(Markdown.parse(shipped.lesson(hit.document().id(), lang).orElseThrow().lesson().body()));
                    assertThat(hit.snippets()).isNotEmpty().allSatisfy(s -> {
                        assertThat(blocks.get(s.blockIndex())).containsIgnoringCase("slo");
                        assertThat(s.text().substring(s.matchStart(), s.matchEnd())).isEqualToIgnoringCase("slo");
                    });
                }
            }
        }
    }
}

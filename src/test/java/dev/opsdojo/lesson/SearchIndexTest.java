package dev.opsdojo.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Search as you type: case-insensitive substring matching that also works for Korean and decomposed text. */
class SearchIndexTest {

    private static SearchIndex.Document doc(String id, String title, String... blocks) {
        return new SearchIndex.Document("lesson", id, title, "group", List.of(blocks));
    }

    private static SearchIndex index(SearchIndex.Document... documents) {
        return new SearchIndex(List.of(documents));
    }

    private static List<String> idsFound(SearchIndex index, String query) {
        return index.search(query).stream().map(h -> h.document().id()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"availability", "AVAILABILITY", "Availab", "ility", "  availability  "})
    void englishMatchesAnyCaseAndAnyPartOfAWord(String query) {
        SearchIndex index = index(doc("a", "Nines", "High Availability is a goal."), doc("b", "Other", "Nothing here."));

        assertThat(idsFound(index, query)).containsExactly("a");
    }

    @ParameterizedTest
    @ValueSource(strings = {"스케일", "케일", "스케일링"})
    void koreanMatchesInsideWordsWithoutWordBoundaries(String query) {
        SearchIndex index = index(doc("a", "확장", "스케일링은 중요합니다."), doc("b", "기타", "관계없는 내용."));

        assertThat(idsFound(index, query)).containsExactly("a");
    }

    @Test
    void aKoreanStemFindsEveryFormOfTheWord() {
        SearchIndex index = index(
                doc("ing", "하나", "스케일링을 합니다."),
                doc("out", "둘", "스케일 아웃이 답입니다."),
                doc("none", "셋", "확장과 축소."));

        assertThat(idsFound(index, "스케일")).containsExactlyInAnyOrder("ing", "out");
    }

    @Test
    void aQueryWithAParticleMatchesOnlyTextWithThatParticle() {
        SearchIndex index = index(
                doc("with", "하나", "가용성을 높이려면 중복이 필요합니다."),
                doc("other", "둘", "가용성이 중요합니다."),
                doc("bare", "셋", "가용성"));

        assertThat(idsFound(index, "가용성을")).containsExactly("with");
        assertThat(idsFound(index, "가용성")).containsExactlyInAnyOrder("with", "other", "bare");
    }

    @Test
    void aDecomposedQueryFindsComposedText() {
        String decomposed = Normalizer.normalize("가용성", Normalizer.Form.NFD);
        assertThat(decomposed).as("the query really is decomposed").hasSizeGreaterThan(3);
        SearchIndex index = index(doc("a", "제목", "가용성과 나인"));

        assertThat(idsFound(index, decomposed)).containsExactly("a");
    }

    @Test
    void aComposedQueryFindsDecomposedTextAndTheSnippetMarksTheMatch() {
        String decomposedText = Normalizer.normalize("우리는 가용성을 잽니다", Normalizer.Form.NFD);
        SearchIndex index = index(doc("a", "제목", decomposedText));

        SearchIndex.Snippet snippet = index.search("가용성").get(0).snippets().get(0);

        assertThat(snippet.text().substring(snippet.matchStart(), snippet.matchEnd())).isEqualTo("가용성");
    }

    @Test
    void accentedLatinMatchesAcrossNormalForms() {
        SearchIndex index = index(doc("a", "Title", Normalizer.normalize("Café résumé", Normalizer.Form.NFD)));

        assertThat(idsFound(index, "CAFÉ")).containsExactly("a");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void anEmptyOrBlankQueryFindsNothing(String query) {
        SearchIndex index = index(doc("a", "Title", "Some text with   spaces."));

        assertThat(index.search(query)).isEmpty();
    }

    @Test
    void aQueryFoundNowhereFindsNothing() {
        assertThat(index(doc("a", "Title", "Text")).search("kubernetes")).isEmpty();
    }

    @Test
    void titleMatchesRankBeforeBodyMatchesHoweverMany() {
        SearchIndex index = index(
                doc("body", "Something else", "scaling scaling scaling scaling"),
                doc("title", "Scaling basics", "no match in the text"));

        List<SearchIndex.Hit> hits = index.search("scaling");

        assertThat(hits).extracting(h -> h.document().id()).containsExactly("title", "body");
        assertThat(hits.get(0).titleMatch()).isTrue();
        assertThat(hits.get(0).snippets()).isEmpty();
        assertThat(hits.get(1).titleMatch()).isFalse();
    }

    @Test
    void amongBodyMatchesMoreMatchesRankFirst() {
        SearchIndex index = index(
                doc("once", "A", "hpa"),
                doc("thrice", "B", "hpa and hpa", "and hpa again"),
                doc("twice", "C", "hpa hpa"));

        List<SearchIndex.Hit> hits = index.search("HPA");

        assertThat(hits).extracting(h -> h.document().id()).containsExactly("thrice", "twice", "once");
        assertThat(hits).extracting(SearchIndex.Hit::matchCount).containsExactly(3, 2, 1);
    }

    @Test
    void everyMatchIsCountedButAtMostThreeSnippetsAreKept() {
        SearchIndex index = index(doc("a", "T", "pod pod pod", "pod pod"));

        SearchIndex.Hit hit = index.search("pod").get(0);

        assertThat(hit.matchCount()).isEqualTo(5);
        assertThat(hit.snippets()).hasSize(SearchIndex.MAX_SNIPPETS_PER_DOCUMENT);
    }

    @Test
    void matchesAreCountedWithoutOverlapping() {
        SearchIndex.Hit hit = index(doc("a", "T", "aaaa")).search("aa").get(0);

        assertThat(hit.matchCount()).isEqualTo(2);
    }

    @Test
    void atMostFiftyDocumentsAreReturned() {
        SearchIndex.Document[] many = IntStream.range(0, 60).mapToObj(i -> doc("d" + i, "T" + i, "common word")).toArray(SearchIndex.Document[]::new);

        assertThat(index(many).search("common")).hasSize(SearchIndex.MAX_DOCUMENTS);
    }

    @Test
    void aSnippetNamesTheBlockItCameFrom() {
        SearchIndex index = index(doc("a", "T", "first block", "second block with the needle", "third"));

        SearchIndex.Snippet snippet = index.search("needle").get(0).snippets().get(0);

        assertThat(snippet.blockIndex()).isEqualTo(1);
    }

    @Test
    void aLongBlockIsCutAroundTheMatchWithEllipses() {
        String before = "x".repeat(100);
        String after = "y".repeat(100);
        SearchIndex index = index(doc("a", "T", before + "Needle" + after));

        SearchIndex.Snippet snippet = index.search("needle").get(0).snippets().get(0);

        assertThat(snippet.text()).isEqualTo("…" + "x".repeat(SearchIndex.SNIPPET_RADIUS) + "Needle" + "y".repeat(SearchIndex.SNIPPET_RADIUS) + "…");
        assertThat(snippet.text().substring(snippet.matchStart(), snippet.matchEnd())).isEqualTo("Needle");
    }

    @Test
    void aShortBlockIsShownWholeWithoutEllipses() {
        SearchIndex.Snippet snippet = index(doc("a", "T", "Short needle text")).search("needle").get(0).snippets().get(0);

        assertThat(snippet.text()).isEqualTo("Short needle text");
        assertThat(snippet.matchStart()).isEqualTo(6);
        assertThat(snippet.matchEnd()).isEqualTo(12);
    }

    @Property(tries = 300)
    void theSnippetMarksExactlyTheMatchedText(@ForAll("textAndQuery") Tuple.Tuple2<String, String> textAndQuery) {
        String text = textAndQuery.get1();
        String query = textAndQuery.get2();
        String needle = query.strip();
        SearchIndex index = index(doc("a", "title", text));

        List<SearchIndex.Hit> hits = index.search(query);

        if (needle.isEmpty()) {
            assertThat(hits).isEmpty();
            return;
        }
        assertThat(hits).as("a substring of the text is always found").hasSize(1);
        assertThat(hits.get(0).snippets()).isNotEmpty().allSatisfy(snippet -> {
            String marked = snippet.text().substring(snippet.matchStart(), snippet.matchEnd());
            assertThat(SearchIndex.fold(marked)).isEqualTo(SearchIndex.fold(needle));
            assertThat(marked).isEqualToIgnoringCase(needle);
            assertThat(snippet.text().length()).isLessThanOrEqualTo(needle.length() + 2 * SearchIndex.SNIPPET_RADIUS + 2);
        });
    }

    @Property(tries = 200)
    void foldingNeverChangesTheLengthOfComposedText(@ForAll("mixedText") String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);

        assertThat(SearchIndex.fold(composed)).hasSize(composed.length());
    }

    /** Latin letters of both cases, digits, Hangul syllables, spaces and punctuation: all unchanged by NFC. */
    @Provide
    Arbitrary<String> mixedText() {
        return Arbitraries.strings()
                .withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .withCharRange('가', '힣').withChars(' ', '.', ',', '-', '…', 'é', 'Ä', 'ß')
                .ofMinLength(1).ofMaxLength(300);
    }

    @Provide
    Arbitrary<Tuple.Tuple2<String, String>> textAndQuery() {
        return mixedText().flatMap(text -> Combinators.combine(
                        Arbitraries.integers().between(0, text.length() - 1),
                        Arbitraries.integers().between(1, 12))
                .as((from, length) -> Tuple.of(text, text.substring(from, Math.min(text.length(), from + length)))));
    }
}

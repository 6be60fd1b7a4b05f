package dev.opsdojo.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decks load card by card; every problem names its file and line, and good cards still load. */
class DeckLoaderTest {
    @TempDir
    Path root;

    private static final String TOPICS = "- id: scaling\n  title: {en: Scaling, ko: 확장}\n";

    private static String card(String id, String extra) {
        return """
                    {
                      "id": "%s",
                      "topic": "scaling",
                      "difficulty": 2,
                      "question": "Q?",
                      "answer": "A.",
                      "keyPoints": ["point"]%s
                    }""".formatted(id, extra);
    }

    private ContentLibrary load(String lang, String file, String json) throws Exception {
        Files.writeString(root.resolve("topics.yaml"), TOPICS);
        Path dir = Files.createDirectories(root.resolve("decks").resolve(lang));
        Files.writeString(dir.resolve(file), json);
        return new ContentLoader().load(List.of(new ContentLoader.Root(root, "c")));
    }

    private static String deck(String... cards) {
        return "{\n  \"id\": \"d\",\n  \"title\": \"Deck\",\n  \"cards\": [\n" + String.join(",\n", cards) + "\n  ]\n}\n";
    }

    @Test
    void aValidDeckLoadsItsCardsInBothLanguagesWithFallback() throws Exception {
        ContentLibrary library = load("en", "d.json", deck(card("one", ""), card("two", ",\n \"followUps\": [{\"card\": \"one\"}, {\"text\": \"Why?\"}]")));
        assertThat(library.problems()).isEmpty();
        assertThat(library.cardIds()).containsExactly("one", "two");
        assertThat(library.card("two", "ko").orElseThrow().fallbackFrom()).contains("en");
        assertThat(library.card("two", "en").orElseThrow().card().followUps()).hasSize(2);
    }

    @Test
    void invalidJsonNamesTheLineAndColumn() throws Exception {
        ContentLibrary library = load("en", "d.json", "{\n  \"id\": \"d\",\n  \"title\": \"Deck\"\n  \"cards\": []\n}\n");
        assertThat(library.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("c/decks/en/d.json");
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.message()).startsWith("invalid JSON at column 3");
        });
    }

    @Test
    void aCardMissingARequiredFieldIsReportedAtItsLineAndTheOthersLoad() throws Exception {
        String broken = card("broken", "").replace("\"answer\": \"A.\",\n", "");
        ContentLibrary library = load("en", "d.json", deck(card("good", ""), broken));
        assertThat(library.problems()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("card 'broken' is missing the required field 'answer'");
            assertThat(p.line()).isEqualTo(14);
        });
        assertThat(library.cardIds()).containsExactly("good");
    }

    @Test
    void duplicateIdsFollowUpsAndLessonsThatPointNowhereAreReported() throws Exception {
        ContentLibrary library = load("en", "d.json", deck(card("one", ""), card("one", ""),
                card("two", ",\n \"followUps\": [{\"card\": \"ghost\"}],\n \"lessons\": [\"no-such-lesson\"]")));
        assertThat(library.problems()).extracting(ContentProblem::message).containsExactlyInAnyOrder(
                "duplicate card id 'one' (already defined in c/decks/en/d.json:6)",
                "card 'two' follows up with card 'ghost', which no deck defines",
                "card 'two' links to lesson 'no-such-lesson', which does not exist");
        assertThat(library.problems()).filteredOn(p -> p.message().startsWith("duplicate")).singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(14));
    }

    @Test
    void badDifficultyUnknownTopicAndUnknownFieldsAreReported() throws Exception {
        ContentLibrary library = load("en", "d.json", deck(card("hard", "").replace("\"difficulty\": 2", "\"difficulty\": 5"),
                card("lost", "").replace("\"topic\": \"scaling\"", "\"topic\": \"nowhere\"")));
        assertThat(library.problems()).extracting(ContentProblem::message).containsExactlyInAnyOrder(
                "card 'hard' has difficulty 5; it must be 1, 2 or 3", "card 'lost' has an unknown topic 'nowhere'");
        ContentLibrary typo = load("ko", "t.json", deck(card("x", ",\n \"keypoints\": []")));
        assertThat(typo.problems()).anySatisfy(p -> assertThat(p.message()).startsWith("unknown field 'keypoints'"));
    }

    @Test
    void aLessonLinkToACardIsCheckedAgainstTheDecks() throws Exception {
        Files.createDirectories(root.resolve("lessons/en"));
        Files.writeString(root.resolve("lessons/en/l.md"), "---\nid: l\ntitle: L\ntopic: scaling\norder: 1\nminutes: 1\nsummary: S\n"
                + "cards: [one, missing]\n---\nSee [card](card:one) and [this](card:nope).\n");
        ContentLibrary library = load("en", "d.json", deck(card("one", ",\n \"lessons\": [\"l\"]")));
        assertThat(library.problems()).extracting(ContentProblem::message).containsExactlyInAnyOrder(
                "front matter links to card 'missing', which no deck defines",
                "link to card 'nope', which no deck defines");
        assertThat(library.cardIdsForLesson("l")).containsExactly("one");
    }
}

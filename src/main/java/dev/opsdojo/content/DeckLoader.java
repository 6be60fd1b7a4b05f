package dev.opsdojo.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads interview decks from {@code decks/<lang>/*.json}. Like lessons, later folders override earlier ones card by
 * card, every problem is collected with its file and line, and a broken deck never stops the others from loading.
 */
final class DeckLoader {
    static final long MAX_DECK_BYTES = 4L * 1024 * 1024;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    private final ObjectMapper json = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(50).maxStringLength(200_000).build())
            .build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** Cards by language then id, in file order; the decks they came from; and the problems found. */
    record Result(Map<String, Map<String, LoadedCard>> cards, List<LoadedDeck> decks) {
    }

    Result load(List<ContentLoader.Root> roots, Map<String, Topic> topics, List<ContentProblem> problems) {
        Map<String, Map<String, LoadedCard>> cards = new HashMap<>();
        List<LoadedDeck> decks = new ArrayList<>();
        for (ContentLoader.Root root : roots) {
            Map<String, Map<String, LoadedCard>> fromThisRoot = new HashMap<>();
            for (Path file : deckFiles(root, problems)) {
                String lang = file.getParent().getFileName().toString();
                ContentFile contentFile = new ContentFile(root.dir(), file, root.label());
                Deck deck = parse(contentFile, problems);
                if (deck == null) {
                    continue;
                }
                decks.add(new LoadedDeck(deck, lang, contentFile));
                Map<String, LoadedCard> inLang = fromThisRoot.computeIfAbsent(lang, l -> new LinkedHashMap<>());
                Map<String, Integer> occurrences = new HashMap<>();
                Map<String, List<Integer>> idLines = idLines(contentFile);
                if (deck.id() != null) {
                    occurrences.put(deck.id(), 1); // the deck's own "id" comes first in the file
                }
                for (DeckCard card : deck.cards()) {
                    String problem = checkCard(card, topics);
                    int occurrence = card == null || card.id() == null ? 0 : occurrences.merge(card.id(), 1, Integer::sum) - 1;
                    List<Integer> lines = card == null || card.id() == null ? List.of() : idLines.getOrDefault(card.id(), List.of());
                    int line = occurrence < lines.size() ? lines.get(occurrence) : 0;
                    if (problem != null) {
                        problems.add(new ContentProblem(contentFile.display(), line, problem));
                        continue;
                    }
                    LoadedCard earlier = inLang.get(card.id());
                    if (earlier != null) {
                        problems.add(new ContentProblem(contentFile.display(), line, "duplicate card id '" + card.id()
                                + "' (already defined in " + earlier.file().display() + ":" + earlier.line() + ")"));
                        continue;
                    }
                    inLang.put(card.id(), new LoadedCard(card, deck.id(), lang, contentFile, line));
                }
            }
            fromThisRoot.forEach((lang, byId) -> cards.computeIfAbsent(lang, l -> new LinkedHashMap<>()).putAll(byId));
        }
        return new Result(cards, decks);
    }

    /** Checks what a card points at, once every lesson and card is known. */
    void validateLinks(Map<String, Map<String, LoadedCard>> cards, Predicate<String> lessonExists, ScenarioPresets presets,
            List<ContentProblem> problems) {
        Set<String> allIds = new java.util.HashSet<>();
        cards.values().forEach(m -> allIds.addAll(m.keySet()));
        cards.values().forEach(byId -> byId.values().forEach(loaded -> {
            DeckCard card = loaded.card();
            String file = loaded.file().display();
            for (FollowUp followUp : card.followUps()) {
                if (followUp == null || (!followUp.isCard() && (followUp.text() == null || followUp.text().isBlank()))) {
                    problems.add(new ContentProblem(file, loaded.line(), "card '" + card.id() + "' has an empty follow-up (give \"card\" or \"text\")"));
                } else if (followUp.isCard() && !allIds.contains(followUp.card())) {
                    problems.add(new ContentProblem(file, loaded.line(), "card '" + card.id() + "' follows up with card '" + followUp.card() + "', which no deck defines"));
                }
            }
            for (String lesson : card.lessons()) {
                if (!lessonExists.test(lesson)) {
                    problems.add(new ContentProblem(file, loaded.line(), "card '" + card.id() + "' links to lesson '" + lesson + "', which does not exist"));
                }
            }
            for (String sim : card.sims()) {
                LinkTarget target = LinkTarget.parse(sim);
                if (!(target instanceof LinkTarget.SimLink s) || !InteractiveCatalog.SIMULATORS.containsKey(s.name())) {
                    problems.add(new ContentProblem(file, loaded.line(), "card '" + card.id() + "' lists '" + sim + "' in sims, which is not a known sim: link"));
                } else if (presets.problemWith(s.name(), s.params()) != null) {
                    problems.add(new ContentProblem(file, loaded.line(), "card '" + card.id() + "': " + presets.problemWith(s.name(), s.params())));
                }
            }
            for (SourceRef source : card.sources()) {
                if (source == null || source.url() == null || !(LinkTarget.parse(source.url()) instanceof LinkTarget.Web)) {
                    problems.add(new ContentProblem(file, loaded.line(), "card '" + card.id() + "' has a source without a web address"));
                }
            }
        }));
    }

    private Deck parse(ContentFile file, List<ContentProblem> problems) {
        String display = file.display();
        String text;
        try {
            text = ContentLoader.readText(file.path(), MAX_DECK_BYTES);
        } catch (IOException e) {
            problems.add(new ContentProblem(display, 0, e.getMessage()));
            return null;
        }
        try {
            Deck deck = json.readValue(text, Deck.class);
            if (deck == null || deck.id() == null || !ID.matcher(deck.id()).matches()) {
                problems.add(new ContentProblem(display, 1, "a deck needs an \"id\" of lower-case letters, digits and dashes"));
                return null;
            }
            if (deck.title() == null || deck.title().isBlank()) {
                problems.add(new ContentProblem(display, 1, "deck '" + deck.id() + "' needs a \"title\""));
                return null;
            }
            return deck;
        } catch (UnrecognizedPropertyException e) {
            problems.add(new ContentProblem(display, lineOf(e), "unknown field '" + e.getPropertyName() + "' at column " + columnOf(e)
                    + " (known card fields: id, topic, tags, difficulty, question, answer, keyPoints, followUps, lessons, sims, sources)"));
        } catch (JsonProcessingException e) {
            problems.add(new ContentProblem(display, lineOf(e), "invalid JSON at column " + columnOf(e) + ": " + firstLine(e.getOriginalMessage())));
        }
        return null;
    }

    private static String checkCard(DeckCard card, Map<String, Topic> topics) {
        if (card == null) {
            return "an empty card (null)";
        }
        if (card.id() == null || !ID.matcher(card.id()).matches()) {
            return "card id '" + card.id() + "' must be lower-case letters, digits and dashes";
        }
        String name = "card '" + card.id() + "' ";
        if (blank(card.topic())) {
            return name + "is missing the required field 'topic'";
        }
        if (!topics.containsKey(card.topic())) {
            return name + "has an unknown topic '" + card.topic() + "'";
        }
        if (card.difficulty() == null) {
            return name + "is missing the required field 'difficulty' (1, 2 or 3)";
        }
        if (card.difficulty() < 1 || card.difficulty() > 3) {
            return name + "has difficulty " + card.difficulty() + "; it must be 1, 2 or 3";
        }
        if (blank(card.question())) {
            return name + "is missing the required field 'question'";
        }
        if (blank(card.answer())) {
            return name + "is missing the required field 'answer'";
        }
        if (card.keyPoints().stream().anyMatch(DeckLoader::blank)) {
            return name + "has an empty key point in 'keyPoints'";
        }
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static List<Path> deckFiles(ContentLoader.Root root, List<ContentProblem> problems) {
        Path decksDir = root.dir().resolve("decks");
        if (!Files.isDirectory(decksDir)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> langs = Files.list(decksDir)) {
            for (Path langDir : langs.sorted().toList()) {
                if (!Files.isDirectory(langDir)) {
                    continue;
                }
                String lang = langDir.getFileName().toString().replace("/", "");
                if (!Languages.isSupported(lang)) {
                    problems.add(new ContentProblem(new ContentFile(root.dir(), langDir, root.label()).display(), 0,
                            "unsupported language folder '" + lang + "' (expected one of " + Languages.SUPPORTED + ")"));
                    continue;
                }
                try (Stream<Path> inLang = Files.list(langDir)) {
                    inLang.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().forEach(files::add);
                }
            }
        } catch (IOException e) {
            problems.add(new ContentProblem(root.label() + "/decks", 0, "cannot list decks: " + e.getMessage()));
        }
        return files;
    }

    private static final Pattern ID_FIELD = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]*)\"");

    /** For each id, the lines where {@code "id": "…"} names it, in order: one pass over the file. */
    private static Map<String, List<Integer>> idLines(ContentFile file) {
        Map<String, List<Integer>> lines = new HashMap<>();
        try {
            List<String> text = ContentLoader.readText(file.path(), MAX_DECK_BYTES).lines().toList();
            for (int i = 0; i < text.size(); i++) {
                java.util.regex.Matcher m = ID_FIELD.matcher(text.get(i));
                while (m.find()) {
                    lines.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(i + 1);
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return lines;
    }

    private static int lineOf(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    private static int columnOf(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}

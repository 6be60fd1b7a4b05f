package dev.opsdojo.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Loads topics and lessons from content folders. Later folders override earlier ones lesson by lesson
 * (same id and language), so a user folder can add or replace lessons without rebuilding the app.
 * Nothing here throws on bad content: every problem is collected with its file and line, the broken
 * lesson becomes an error entry, and every other lesson still loads.
 */
public final class ContentLoader {
    /** Lessons are text: anything larger is refused rather than loaded. */
    public static final long MAX_LESSON_BYTES = 512 * 1024;
    public static final long MAX_TOPICS_BYTES = 64 * 1024;
    private static final String FRONT_MATTER_FENCE = "---";

    /** A folder to load from; {@code label} names it in problems. */
    public record Root(Path dir, String label) {
    }

    private final ObjectMapper yaml;
    private final Set<String> knownCardIds;

    public ContentLoader(Set<String> knownCardIds) {
        LoaderOptions limits = new LoaderOptions();
        limits.setMaxAliasesForCollections(10);
        limits.setAllowDuplicateKeys(false);
        limits.setCodePointLimit(256 * 1024);
        limits.setNestingDepthLimit(20);
        this.yaml = new ObjectMapper(YAMLFactory.builder().loaderOptions(limits).build())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        this.knownCardIds = Set.copyOf(knownCardIds);
    }

    public ContentLoader() {
        this(Set.of());
    }

    public ContentLibrary load(List<Root> roots) {
        List<ContentProblem> problems = new ArrayList<>();
        Map<String, Topic> topics = new LinkedHashMap<>();
        for (Root root : roots) {
            loadTopics(root, topics, problems);
        }
        if (topics.isEmpty()) {
            String where = roots.isEmpty() ? "content" : roots.get(0).label();
            problems.add(new ContentProblem(where + "/topics.yaml", 0, "no topics defined: lessons need a topics.yaml listing the course's topics"));
        }

        Map<String, Map<String, Lesson>> lessons = new HashMap<>();
        List<BrokenLesson> broken = new ArrayList<>();
        for (Root root : roots) {
            Map<String, Map<String, Lesson>> fromThisRoot = new HashMap<>();
            for (Path file : lessonFiles(root, problems)) {
                String lang = file.getParent().getFileName().toString();
                ContentFile contentFile = new ContentFile(root.dir(), file, root.label());
                LessonParse parsed = parseLesson(contentFile, lang, topics);
                if (parsed.problem != null) {
                    problems.add(parsed.problem);
                    broken.add(new BrokenLesson(contentFile, lang, parsed.problem));
                    continue;
                }
                Lesson lesson = parsed.lesson;
                Lesson earlier = fromThisRoot.computeIfAbsent(lang, l -> new HashMap<>()).get(lesson.id());
                if (earlier != null) {
                    ContentProblem duplicate = new ContentProblem(contentFile.display(), lineOfKey(file, "id"),
                            "duplicate lesson id '" + lesson.id() + "' (already defined in " + earlier.file().display() + ")");
                    problems.add(duplicate);
                    broken.add(new BrokenLesson(contentFile, lang, duplicate));
                    continue;
                }
                fromThisRoot.get(lang).put(lesson.id(), lesson);
            }
            fromThisRoot.forEach((lang, byId) -> lessons.computeIfAbsent(lang, l -> new HashMap<>()).putAll(byId));
        }

        ScenarioPresets presets = ScenarioPresets.load(roots, problems);
        DeckLoader deckLoader = new DeckLoader();
        DeckLoader.Result decks = deckLoader.load(roots, topics, problems);
        java.util.Set<String> cardIds = new java.util.HashSet<>(knownCardIds);
        decks.cards().values().forEach(m -> cardIds.addAll(m.keySet()));

        List<Topic> orderedTopics = List.copyOf(topics.values());
        ContentLibrary draft = new ContentLibrary(orderedTopics, lessons, broken, List.of(), Map.of(), List.of());
        deckLoader.validateLinks(decks.cards(), draft::hasLesson, presets, problems);
        LessonBodyValidator bodies = new LessonBodyValidator(draft::hasLesson, cardIds, presets);
        Map<String, Map<String, Lesson>> checked = new HashMap<>();
        lessons.forEach((lang, byId) -> {
            Map<String, Lesson> out = new HashMap<>();
            byId.forEach((id, lesson) -> {
                List<ContentProblem> found = bodies.validate(lesson);
                problems.addAll(found);
                out.put(id, found.isEmpty() ? lesson : lesson.withProblems(found));
            });
            checked.put(lang, out);
        });
        return new ContentLibrary(orderedTopics, checked, broken, problems, decks.cards(), decks.decks());
    }

    private record TopicEntry(String id, Map<String, String> title) {
    }

    private void loadTopics(Root root, Map<String, Topic> topics, List<ContentProblem> problems) {
        Path file = root.dir().resolve("topics.yaml");
        if (!Files.isRegularFile(file)) {
            return;
        }
        String display = new ContentFile(root.dir(), file, root.label()).display();
        try {
            String text = readText(file, MAX_TOPICS_BYTES);
            List<TopicEntry> entries = yaml.readValue(text, new TypeReference<List<TopicEntry>>() { });
            if (entries == null) {
                return;
            }
            for (int i = 0; i < entries.size(); i++) {
                TopicEntry entry = entries.get(i);
                if (entry == null || entry.id() == null || entry.title() == null) {
                    problems.add(new ContentProblem(display, 0, "topic #" + (i + 1) + " needs an id and a title"));
                    continue;
                }
                Topic existing = topics.get(entry.id());
                int order = existing != null ? existing.order() : topics.size() + 1;
                Map<String, String> titles = new LinkedHashMap<>(existing != null ? existing.title() : Map.of());
                titles.putAll(entry.title());
                topics.put(entry.id(), new Topic(entry.id(), order, Map.copyOf(titles)));
            }
        } catch (JsonProcessingException e) {
            problems.add(new ContentProblem(display, yamlLine(e, 0), "invalid topics file: " + e.getOriginalMessage()));
        } catch (IOException e) {
            problems.add(new ContentProblem(display, 0, e.getMessage()));
        }
    }

    private List<Path> lessonFiles(Root root, List<ContentProblem> problems) {
        Path lessonsDir = root.dir().resolve("lessons");
        if (!Files.isDirectory(lessonsDir)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> langs = Files.list(lessonsDir)) {
            for (Path langDir : langs.sorted().toList()) {
                if (!Files.isDirectory(langDir)) {
                    continue;
                }
                String lang = langDir.getFileName().toString().replace("/", "");
                if (!Languages.isSupported(lang)) {
                    if (!lang.equals("assets")) {
                        problems.add(new ContentProblem(new ContentFile(root.dir(), langDir, root.label()).display(), 0,
                                "unsupported language folder '" + lang + "' (expected one of " + Languages.SUPPORTED + ")"));
                    }
                    continue;
                }
                try (Stream<Path> inLang = Files.list(langDir)) {
                    inLang.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
                            .sorted()
                            .forEach(files::add);
                }
            }
        } catch (IOException e) {
            problems.add(new ContentProblem(root.label() + "/lessons", 0, "cannot list lessons: " + e.getMessage()));
        }
        return files;
    }

    private record LessonParse(Lesson lesson, ContentProblem problem) {
    }

    private LessonParse parseLesson(ContentFile file, String lang, Map<String, Topic> topics) {
        String display = file.display();
        String text;
        try {
            text = readText(file.path(), MAX_LESSON_BYTES);
        } catch (IOException e) {
            return new LessonParse(null, new ContentProblem(display, 0, e.getMessage()));
        }
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals(FRONT_MATTER_FENCE)) {
            return new LessonParse(null, new ContentProblem(display, 1,
                    "missing front matter: a lesson starts with a line '---', YAML fields (id, title, topic, order, minutes, summary), and another '---'"));
        }
        int closing = -1;
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals(FRONT_MATTER_FENCE) || line.equals("...")) {
                closing = i;
                break;
            }
        }
        if (closing < 0) {
            return new LessonParse(null, new ContentProblem(display, 1, "front matter is not closed: no second '---' line"));
        }
        String frontMatter = String.join("\n", lines.subList(1, closing));
        ContentProblem alias = findAnchorOrAlias(frontMatter, display);
        if (alias != null) {
            return new LessonParse(null, alias);
        }
        LessonMeta meta;
        try {
            meta = yaml.readValue(frontMatter.isBlank() ? "{}" : frontMatter, LessonMeta.class);
        } catch (UnrecognizedPropertyException e) {
            // Jackson reports a record's unknown property at the end of the mapping; find the key's own line.
            return new LessonParse(null, new ContentProblem(display, lineOfAnyKey(lines, closing, e.getPropertyName(), yamlLine(e, 1)),
                    "unknown front matter field '" + e.getPropertyName() + "' (known: id, title, topic, order, minutes, summary, keywords, cards, sims, sources)"));
        } catch (JsonProcessingException e) {
            return new LessonParse(null, new ContentProblem(display, yamlLine(e, 1), "broken front matter: " + firstLine(e.getOriginalMessage())));
        }
        if (meta == null) {
            meta = new LessonMeta(null, null, null, null, null, null, null, null, null, null);
        }
        String missing = missingRequired(meta);
        if (missing != null) {
            return new LessonParse(null, new ContentProblem(display, 1, "front matter is missing the required field '" + missing + "'"));
        }
        if (!meta.id().matches("[a-z0-9][a-z0-9-]{0,79}")) {
            return new LessonParse(null, new ContentProblem(display, lineIn(lines, closing, "id"),
                    "lesson id '" + meta.id() + "' must be lower-case letters, digits and dashes"));
        }
        if (!topics.containsKey(meta.topic())) {
            return new LessonParse(null, new ContentProblem(display, lineIn(lines, closing, "topic"),
                    "unknown topic '" + meta.topic() + "' (topics.yaml defines " + String.join(", ", topics.keySet()) + ")"));
        }
        if (meta.minutes() <= 0 || meta.minutes() > 600) {
            return new LessonParse(null, new ContentProblem(display, lineIn(lines, closing, "minutes"),
                    "minutes must be between 1 and 600, was " + meta.minutes()));
        }
        String body = String.join("\n", lines.subList(closing + 1, lines.size()));
        return new LessonParse(new Lesson(meta, lang, body, closing + 2, file, List.of()), null);
    }

    /**
     * Front matter may not use YAML anchors or aliases: Jackson's YAML reader does not expand them (it would read an
     * alias as the anchor's name), and content has no need for them, so they are refused rather than misread.
     */
    private ContentProblem findAnchorOrAlias(String frontMatter, String display) {
        try (YAMLParser parser = (YAMLParser) yaml.getFactory().createParser(frontMatter)) {
            while (parser.nextToken() != null) {
                if (parser.isCurrentAlias() || parser.getObjectId() != null) {
                    int line = parser.currentTokenLocation().getLineNr() + 1;
                    return new ContentProblem(display, line, "YAML anchors and aliases (&name, *name) are not supported in front matter");
                }
            }
        } catch (IOException e) {
            return null; // Reported with its line by the real parse that follows.
        }
        return null;
    }

    private static String missingRequired(LessonMeta meta) {
        if (isBlank(meta.id())) {
            return "id";
        }
        if (isBlank(meta.title())) {
            return "title";
        }
        if (isBlank(meta.topic())) {
            return "topic";
        }
        if (meta.order() == null) {
            return "order";
        }
        if (meta.minutes() == null) {
            return "minutes";
        }
        if (isBlank(meta.summary())) {
            return "summary";
        }
        return null;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Reads a UTF-8 text file, refusing huge and binary files with a message fit to show. */
    static String readText(Path file, long maxBytes) throws IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new IOException(String.format(java.util.Locale.ROOT, "file is %,d bytes; the limit is %,d bytes, so it was not loaded", size, maxBytes));
        }
        byte[] bytes = Files.readAllBytes(file);
        for (byte b : bytes) {
            if (b == 0) {
                throw new IOException("binary file (contains NUL bytes), not a text file; not loaded");
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new IOException("not valid UTF-8 text; not loaded");
        }
    }

    /** The file line of a YAML error; the YAML text starts {@code offset} lines into the file. */
    private static int yamlLine(JsonProcessingException e, int offset) {
        var location = e.getLocation();
        return location == null || location.getLineNr() <= 0 ? offset : location.getLineNr() + offset;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable YAML";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** 1-based file line of a top-level front-matter key, or 1 when it is not found. */
    private static int lineIn(List<String> lines, int closing, String key) {
        for (int i = 1; i < closing; i++) {
            if (lines.get(i).startsWith(key + ":")) {
                return i + 1;
            }
        }
        return 1;
    }

    /** The line of {@code key} at any depth ("  - url:", "sources:"), else {@code fallback}. */
    private static int lineOfAnyKey(List<String> lines, int closing, String key, int fallback) {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("^\\s*(?:-\\s+)?" + java.util.regex.Pattern.quote(key) + "\\s*:");
        for (int i = 1; i < closing && i < lines.size(); i++) {
            if (pattern.matcher(lines.get(i)).find()) {
                return i + 1;
            }
        }
        return fallback;
    }

    private static int lineOfKey(Path file, String key) {
        try {
            List<String> lines = readText(file, MAX_LESSON_BYTES).lines().toList();
            return lineIn(lines, lines.size(), key);
        } catch (IOException e) {
            return 1;
        }
    }
}

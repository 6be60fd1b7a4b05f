package dev.opsdojo.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A content folder built file by file inside a test's temporary directory:
 * {@code topics.yaml} plus {@code lessons/<lang>/<file>.md}. Lessons are written from a
 * front matter that is valid unless a test changes one line of it.
 */
public final class ContentFolder {
    public static final String TOPICS = """
            - id: basics
              title: {en: "Basics", ko: "기초"}
            - id: advanced
              title: {en: "Advanced", ko: "심화"}
            """;

    private final Path dir;
    private final String label;

    private ContentFolder(Path dir, String label) {
        this.dir = dir;
        this.label = label;
    }

    /** A folder with the two-topic {@link #TOPICS} file. */
    public static ContentFolder in(Path dir, String label) {
        return new ContentFolder(dir, label).topics(TOPICS);
    }

    /** A folder without a topics.yaml (it relies on the topics of an earlier folder). */
    public static ContentFolder withoutTopics(Path dir, String label) {
        return new ContentFolder(dir, label);
    }

    public Path dir() {
        return dir;
    }

    public String label() {
        return label;
    }

    public ContentLoader.Root root() {
        return new ContentLoader.Root(dir, label);
    }

    public ContentFolder topics(String yaml) {
        write(dir.resolve("topics.yaml"), yaml);
        return this;
    }

    /** A valid front matter for {@code id}: topic basics, order 1, 5 minutes. */
    public static String frontMatter(String id) {
        return frontMatter(id, "basics", 1);
    }

    public static String frontMatter(String id, String topic, int order) {
        return """
                ---
                id: %s
                title: Title of %s
                topic: %s
                order: %d
                minutes: 5
                summary: What %s is about.
                ---
                """.formatted(id, id, topic, order, id);
    }

    /** Writes a well-formed lesson named {@code id.md} with a one-line body. */
    public ContentFolder lesson(String lang, String id) {
        return file(lang, id + ".md", frontMatter(id) + "\nBody of " + id + ".\n");
    }

    public ContentFolder file(String lang, String fileName, String text) {
        write(dir.resolve("lessons").resolve(lang).resolve(fileName), text);
        return this;
    }

    /** A minimal valid scale-out scenario, for presets whose content does not matter to a test. */
    public static final String VALID_SCENARIO = """
            { "durationSeconds": 60,
              "workload": { "type": "open", "ratePerSecond": 1 },
              "service": { "distribution": "exponential", "meanMs": 100 },
              "pods": { "replicas": 1 } }
            """;

    /** Writes {@code scenarios/<name>.json}: a simulator preset. */
    public ContentFolder scenario(String name, String json) {
        write(dir.resolve("scenarios").resolve(name + ".json"), json);
        return this;
    }

    /** Writes valid presets with these names. */
    public ContentFolder presets(String... names) {
        for (String name : names) {
            scenario(name, VALID_SCENARIO);
        }
        return this;
    }

    public ContentFolder bytes(String lang, String fileName, byte[] content) {
        Path file = dir.resolve("lessons").resolve(lang).resolve(fileName);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** The display path problems use for a lesson file of this folder. */
    public String display(String lang, String fileName) {
        return label + "/lessons/" + lang + "/" + fileName;
    }

    public ContentLibrary load() {
        return new ContentLoader().load(List.of(root()));
    }

    public ContentLibrary load(Set<String> knownCardIds) {
        return new ContentLoader(knownCardIds).load(List.of(root()));
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

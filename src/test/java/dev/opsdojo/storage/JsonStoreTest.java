package dev.opsdojo.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** User files: saved atomically, loaded with defaults when missing, and never lost when broken. */
class JsonStoreTest {
    private static final String FILE = "settings.json";
    private static final String CORRUPT_NAME = "settings.json.corrupt-20250304T050607";

    public record Settings(String theme, int fontSize, List<String> recent, Map<String, Double> weights) {
        static Settings defaults() {
            return new Settings("light", 14, List.of(), Map.of());
        }
    }

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2025-03-04T05:06:07Z"), ZoneOffset.UTC);

    private JsonStore store() {
        return new JsonStore(dir, clock);
    }

    private JsonStore.Loaded<Settings> load() {
        return store().load(FILE, Settings.class, Settings::defaults);
    }

    private List<String> fileNames() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSavedRecordLoadsBackEqual() throws IOException {
        Settings saved = new Settings("dark", 18, List.of("a", "b"), Map.of("x", 0.5));

        store().save(FILE, saved);

        JsonStore.Loaded<Settings> loaded = load();
        assertThat(loaded.value()).isEqualTo(saved);
        assertThat(loaded.problem()).isEmpty();
    }

    @Test
    void savingAgainReplacesTheFile() throws IOException {
        store().save(FILE, new Settings("dark", 18, List.of(), Map.of()));
        store().save(FILE, new Settings("light", 12, List.of(), Map.of()));

        assertThat(load().value().fontSize()).isEqualTo(12);
    }

    @Test
    void aMissingFileGivesDefaultsWithoutAProblem() {
        JsonStore.Loaded<Settings> loaded = load();

        assertThat(loaded.value()).isEqualTo(Settings.defaults());
        assertThat(loaded.problem()).isEmpty();
    }

    @Test
    void fieldsAFileDoesNotKnowYetAreIgnored() throws IOException {
        Files.writeString(dir.resolve(FILE), "{\"theme\": \"dark\", \"fontSize\": 16, \"addedInALaterVersion\": true}");

        JsonStore.Loaded<Settings> loaded = load();

        assertThat(loaded.problem()).isEmpty();
        assertThat(loaded.value().theme()).isEqualTo("dark");
        assertThat(loaded.value().fontSize()).isEqualTo(16);
    }

    @Test
    void saveCreatesTheFolderAndLeavesNoTemporaryFilesBehind() throws IOException {
        Path nested = dir.resolve("not/yet/there");
        JsonStore store = new JsonStore(nested, clock);

        store.save(FILE, Settings.defaults());
        store.save(FILE, new Settings("dark", 20, List.of(), Map.of()));

        try (Stream<Path> files = Files.list(nested)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(FILE);
        }
    }

    @Test
    void theSavedFileIsReadableJson() throws IOException {
        store().save(FILE, new Settings("dark", 18, List.of(), Map.of()));

        String json = Files.readString(dir.resolve(FILE));

        assertThat(json).contains("\"theme\" : \"dark\"").contains("\"fontSize\" : 18").contains("\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "garbage        | this is not json                                  | line 1, column 1",
            "truncated      | {\\n  \"theme\": \"dark\",\\n  \"fontSize\": 1       | line 3",
            "bad value      | {\\n  \"theme\": \"dark\",\\n  \"fontSize\": big\\n}  | line 3, column",
            "wrong type     | {\\n  \"fontSize\": \"twelve\"\\n}                    | line 2",
            "array          | [1, 2, 3]                                         | line 1",
    })
    void aCorruptFileGivesDefaultsAndAProblemNamingTheFileAndWhereItBroke(String caseName, String content, String where) throws IOException {
        String text = content.replace("\\n", "\n");
        Files.writeString(dir.resolve(FILE), text);

        JsonStore.Loaded<Settings> loaded = load();

        assertThat(loaded.value()).isEqualTo(Settings.defaults());
        assertThat(loaded.problem()).hasValueSatisfying(problem -> assertThat(problem)
                .contains(dir.resolve(FILE).toString())
                .contains(where)
                .contains(CORRUPT_NAME)
                .endsWith("defaults are used."));
    }

    @Test
    void anEmptyFileGivesDefaultsAndAProblemNamingTheFile() throws IOException {
        Files.write(dir.resolve(FILE), new byte[0]);

        JsonStore.Loaded<Settings> loaded = load();

        assertThat(loaded.value()).isEqualTo(Settings.defaults());
        assertThat(loaded.problem()).hasValueSatisfying(problem -> assertThat(problem).contains(dir.resolve(FILE).toString()));
        assertThat(fileNames()).containsExactly(CORRUPT_NAME);
    }

    @Test
    void aFileHoldingOnlyNullIsTreatedAsBroken() throws IOException {
        Files.writeString(dir.resolve(FILE), "null");

        JsonStore.Loaded<Settings> loaded = load();

        assertThat(loaded.value()).isEqualTo(Settings.defaults());
        assertThat(loaded.problem()).hasValueSatisfying(problem -> assertThat(problem).contains("empty"));
    }

    @Test
    void theBrokenFileIsKeptAsideByteForByte() throws IOException {
        byte[] original = "{\"theme\": \"dark\", \"fontSize\": \u00ff\u0000 broken".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve(FILE), original);

        load();

        assertThat(fileNames()).containsExactly(CORRUPT_NAME);
        assertThat(Files.readAllBytes(dir.resolve(CORRUPT_NAME))).isEqualTo(original);
    }

    @Test
    void afterABrokenFileTheNextLoadStartsCleanFromDefaults() throws IOException {
        Files.writeString(dir.resolve(FILE), "garbage");
        load();

        JsonStore.Loaded<Settings> second = load();

        assertThat(second.problem()).isEmpty();
        assertThat(second.value()).isEqualTo(Settings.defaults());
        assertThat(fileNames()).containsExactly(CORRUPT_NAME);
    }

    @Test
    void savingAfterABrokenFileKeepsTheBrokenCopy() throws IOException {
        Files.writeString(dir.resolve(FILE), "garbage");
        load();

        store().save(FILE, Settings.defaults());

        assertThat(fileNames()).containsExactly(FILE, CORRUPT_NAME);
        assertThat(Files.readString(dir.resolve(CORRUPT_NAME))).isEqualTo("garbage");
    }
}

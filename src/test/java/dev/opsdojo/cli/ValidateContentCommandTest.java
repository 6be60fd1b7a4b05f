package dev.opsdojo.cli;

import static dev.opsdojo.content.ContentFolder.frontMatter;
import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.content.BuiltInContent;
import dev.opsdojo.content.ContentFolder;
import dev.opsdojo.content.ContentLoader;
import dev.opsdojo.content.Topic;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code opsdojo validate-content [DIR]} run in-process. DIR is checked on top of the built-in content
 * (from the class path), so its lessons may use the built-in topics.
 */
class ValidateContentCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new RootCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private List<String> outLines() {
        return out.toString().lines().toList();
    }

    private ContentFolder userFolder() {
        return ContentFolder.withoutTopics(temp.resolve("mine"), "unused");
    }

    private String dir() {
        return temp.resolve("mine").toString();
    }

    @Test
    void aValidFolderExitsWithZeroAndSaysSo() {
        userFolder()
                .file("en", "extra.md", frontMatter("extra", "availability", 9) + "\nSee [the nines](lesson:availability-nines).\n")
                .file("ko", "extra.md", frontMatter("extra", "availability", 9) + "\n[나인](lesson:availability-nines)\n");

        int exit = run("validate-content", dir());

        assertThat(exit).isZero();
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).startsWith("OK: " + (builtInLessonCount() + 1) + " lessons and ").contains("no problems");
    }

    @Test
    void theBuiltInContentAloneIsValid() {
        int exit = run("validate-content");

        assertThat(exit).isZero();
        assertThat(err.toString()).matches("(?s)OK: \\d+ lessons and \\d+ cards in .*no problems.*");
    }

    @Test
    void everyProblemIsListedOnItsOwnLineAsFileLineMessage() {
        userFolder()
                .file("en", "a-no-front-matter.md", "# Forgot the front matter\n")
                .file("en", "b-unknown-topic.md", frontMatter("b-unknown-topic").replace("topic: basics", "topic: nowhere"))
                .file("en", "c-broken-link.md", frontMatter("c-broken-link", "availability", 9) + "\nText.\n\n[gone](lesson:gone)\n");
        String prefix = dir() + "/lessons/en/";

        int exit = run("validate-content", dir());

        assertThat(exit).isEqualTo(ValidateContentCommand.EXIT_PROBLEMS).isEqualTo(1);
        assertThat(outLines()).containsExactly(
                prefix + "a-no-front-matter.md:1: missing front matter: a lesson starts with a line '---', YAML fields "
                        + "(id, title, topic, order, minutes, summary), and another '---'",
                prefix + "b-unknown-topic.md:4: unknown topic 'nowhere' (topics.yaml defines " + builtInTopicIds() + ")",
                prefix + "c-broken-link.md:12: link to lesson 'gone', which does not exist");
        assertThat(err.toString()).contains("3 problems found; 2 lesson file(s) could not be loaded.");
    }

    @Test
    void eachOutputLineHasTheFormFileColonLineColonMessage() {
        userFolder()
                .file("en", "x.md", frontMatter("x", "availability", 9) + "\n[a](calc:nope) [b](sim:nope)\n\n![c](missing.png)\n");

        run("validate-content", dir());

        assertThat(outLines()).hasSize(3).allSatisfy(line -> assertThat(line).matches("\\S+\\.md:\\d+: .+"));
    }

    @Test
    void theContentOptionOfTheRootCommandIsCheckedWhenNoFolderIsGiven() {
        userFolder().file("en", "bad.md", "no front matter");

        int exit = run("--content", dir(), "validate-content");

        assertThat(exit).isEqualTo(1);
        assertThat(outLines()).singleElement().asString().startsWith(dir() + "/lessons/en/bad.md:1: missing front matter");
    }

    @Test
    void aScenarioFileWithProblemsIsListedAsFileLineKeyPathMessage() {
        userFolder().scenario("mine", """
                {
                  "durationSeconds": 60,
                  "workload": { "type": "open", "ratePerSecond": 1 },
                  "service": { "distribution": "exponential", "meanMs": 100 },
                  "pods": { "replicas": "eight" }
                }
                """);

        int exit = run("validate-content", dir());

        assertThat(exit).isEqualTo(1);
        assertThat(outLines()).containsExactly(dir() + "/scenarios/mine.json:5: pods.replicas: expected a whole number, was \"eight\"");
    }

    @Test
    void aDeploymentScenarioIsCheckedWithTheDeploymentParserAndListedAsFileLineKeyPathMessage() {
        userFolder().scenario("deploy-mine", """
                {
                  "durationSeconds": 600,
                  "workload": { "type": "open", "ratePerSecond": 100 },
                  "service": { "distribution": "exponential", "meanMs": 50 },
                  "pods": { "replicas": 4 },
                  "hpa": { "maxReplicas": 10 },
                  "deployment": {
                    "strategy": { "type": "canary", "steps": [ { "setWeight": 120 } ] }
                  }
                }
                """);

        int exit = run("validate-content", dir());

        assertThat(exit).isEqualTo(1);
        assertThat(outLines()).containsExactly(
                dir() + "/scenarios/deploy-mine.json:6: hpa: not used in a deployment scenario: the replica count holds during a rollout "
                        + "(an HPA for the manifests goes in deployment.hpa)",
                dir() + "/scenarios/deploy-mine.json:8: deployment.strategy.steps[0].setWeight: must be at most 100 (was 120)");
    }

    @Test
    void aScaleOutLinkToADeploymentScenarioSaysWhatItIs() {
        userFolder().file("en", "x.md", frontMatter("x", "availability", 9) + "\n[go](sim:scale-out?preset=deploy-rolling)\n");

        int exit = run("validate-content", dir());

        assertThat(exit).isEqualTo(1);
        assertThat(outLines()).containsExactly(dir() + "/lessons/en/x.md:10: simulator preset 'deploy-rolling' is a deployment scenario "
                + "(it has a deployment object), not a scale-out one");
    }

    @Test
    void aLinkToAPresetThatNoFolderHasIsListedWithThePresetsThatExist() throws Exception {
        List<String> builtInPresets;
        try (var files = Files.list(BuiltInContent.root().resolve("scenarios"))) {
            builtInPresets = files.filter(p -> !isDeploymentScenario(p)).map(p -> p.getFileName().toString().replace(".json", "")).sorted().toList();
        }
        userFolder().file("en", "x.md", frontMatter("x", "availability", 9) + "\n[go](sim:scale-out?preset=nope)\n");

        int exit = run("validate-content", dir());

        assertThat(exit).isEqualTo(1);
        assertThat(outLines()).containsExactly(dir() + "/lessons/en/x.md:10: simulator preset 'nope' does not exist (content/scenarios has: "
                + String.join(", ", builtInPresets) + ")");
    }

    @Test
    void aPresetOfTheUserFolderSatisfiesItsLessonsLinks() {
        userFolder().presets("nope").file("en", "x.md", frontMatter("x", "availability", 9) + "\n[go](sim:scale-out?preset=nope)\n");

        assertThat(run("validate-content", dir())).isZero();
    }

    @Test
    void aMissingFolderIsAUsageErrorNamingIt() {
        String missing = temp.resolve("does-not-exist").toString();

        int exit = run("validate-content", missing);

        assertThat(exit).isEqualTo(ValidateContentCommand.EXIT_USAGE).isEqualTo(2);
        assertThat(err.toString()).contains(missing).contains("is not a folder");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aFileInsteadOfAFolderIsAUsageError() throws Exception {
        Path file = Files.writeString(temp.resolve("lesson.md"), "---\n");

        assertThat(run("validate-content", file.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(file.toString());
    }

    @Test
    void anUnknownOptionIsAUsageErrorNamingIt() {
        int exit = run("validate-content", "--bogus");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--bogus");
    }

    @Test
    void anUnknownRootOptionIsAUsageErrorNamingIt() {
        int exit = run("--bogus");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option").contains("--bogus");
    }

    @Test
    void versionPrintsTheAppName() {
        int exit = run("--version");

        assertThat(exit).isZero();
        assertThat(out.toString()).startsWith("OpsDojo ").doesNotContain("OpsDojo dev");
    }

    @Test
    void helpListsTheCommand() {
        int exit = run("--help");

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("validate-content").contains("--data-dir").contains("--content");
    }

    @Test
    void withoutACommandTheAppIsRequested() {
        RootCommand root = new RootCommand();
        CommandLine cli = new CommandLine(root);

        int exit = cli.execute("--data-dir", temp.toString());

        assertThat(exit).isZero();
        assertThat(root.guiRequested()).isTrue();
        assertThat(root.dataDir()).contains(temp);
    }

    private static String builtInTopicIds() {
        return String.join(", ", new ContentLoader().load(List.of(BuiltInContent.asRoot())).topics().stream().map(Topic::id).toList());
    }

    private static int builtInLessonCount() {
        return new ContentLoader().load(List.of(BuiltInContent.asRoot())).lessonCount();
    }

    /** Deployment scenarios (a deployment object) share the folder but are not scale-out presets. */
    private static boolean isDeploymentScenario(Path file) {
        try {
            return dev.opsdojo.sim.scenario.ScenarioParser.hasTopLevelKey(Files.readString(file), "deployment");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

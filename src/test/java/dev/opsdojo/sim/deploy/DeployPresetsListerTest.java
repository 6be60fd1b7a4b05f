package dev.opsdojo.sim.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The deployment simulator's preset list: the deploy files of the content folders, in the course's order, by title. */
class DeployPresetsListerTest {
    @TempDir
    Path dir;

    @Test
    void theShippedFolderOffersTheSevenDeployFilesInTheCoursesOrder() {
        DeployPresets presets = new DeployPresets(List.of(Path.of("content", "scenarios")));

        assertThat(presets.list()).extracting(DeployPresets.Preset::name).containsExactlyElementsOf(DeployPresets.ORDER);
        assertThat(presets.byName("deploy-canary-bad").title()).isEqualTo("Canary: analysis catches a bad release");
        assertThat(presets.byName("steady")).isNull();
    }

    @Test
    void aLaterFolderReplacesAFileAndAScaleOutFileHidesADeployOneOfTheSameName() throws Exception {
        Path shipped = Files.createDirectories(dir.resolve("a"));
        Path mine = Files.createDirectories(dir.resolve("b"));
        String canary = Files.readString(Path.of("content", "scenarios", "deploy-canary-bad.json"));
        Files.writeString(shipped.resolve("deploy-canary-bad.json"), canary);
        Files.writeString(shipped.resolve("deploy-ab.json"), Files.readString(Path.of("content", "scenarios", "deploy-ab.json")));
        Files.writeString(mine.resolve("deploy-canary-bad.json"), canary.replace("Canary: analysis catches a bad release", "My canary"));
        Files.writeString(mine.resolve("deploy-ab.json"), Files.readString(Path.of("content", "scenarios", "steady.json")));
        Files.writeString(mine.resolve("zz-broken.json"), "{ \"deployment\": { \"replicas\": -1 } }");

        DeployPresets presets = new DeployPresets(List.of(shipped, mine, dir.resolve("missing")));

        assertThat(presets.list()).extracting(DeployPresets.Preset::name).containsExactly("deploy-canary-bad", "zz-broken");
        assertThat(presets.list()).extracting(DeployPresets.Preset::title).containsExactly("My canary", "zz-broken");
        assertThat(DeployPresets.none().list()).isEmpty();
    }

    @Test
    void readingABadFileNamesEveryProblemWithItsLineColumnAndKey() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, Files.readString(Path.of("content", "scenarios", "deploy-canary-bad.json"))
                .replace("\"replicas\": 10,\n    \"stable\"", "\"replicas\": -3,\n    \"stable\""));

        assertThatThrownBy(() -> DeployPresets.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("bad.json:13:17: deployment.replicas: ");
        assertThat(DeployPresets.read(Path.of("content", "scenarios", "deploy-ab.json")).deployment().strategy())
                .isInstanceOf(Strategy.AbTest.class);
    }
}

package dev.opsdojo.content;

import dev.opsdojo.sim.deploy.DeployScenarioParser;
import dev.opsdojo.sim.scenario.ScenarioLimits;
import dev.opsdojo.sim.scenario.ScenarioParser;
import dev.opsdojo.sim.scenario.ScenarioProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The simulators' scenario files: {@code scenarios/<name>.json} in each content folder. A file with a top-level
 * {@code deployment} object is a deployment scenario (checked with {@link DeployScenarioParser}), any other a scale-out
 * scenario (checked with {@link ScenarioParser}); each problem is reported as {@code FILE:LINE: key.path: message}.
 * The scale-out scenarios' names are what {@code sim:scale-out?preset=NAME} links may use (a preset with problems still
 * counts as existing, since its file is already reported).
 */
final class ScenarioPresets {
    /** The simulator whose {@code preset} parameter names a scale-out scenario file. */
    static final String SIMULATOR = "scale-out";

    private final Set<String> names;
    private final Set<String> deployNames;
    private final String folderLabel;

    private ScenarioPresets(Set<String> names, Set<String> deployNames, String folderLabel) {
        this.names = names;
        this.deployNames = deployNames;
        this.folderLabel = folderLabel;
    }

    static ScenarioPresets load(List<ContentLoader.Root> roots, List<ContentProblem> problems) {
        Set<String> names = new TreeSet<>();
        Set<String> deployNames = new TreeSet<>();
        for (ContentLoader.Root root : roots) {
            Path dir = root.dir().resolve("scenarios");
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> listing = Files.list(dir)) {
                files = listing.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
            } catch (IOException e) {
                problems.add(new ContentProblem(root.label() + "/scenarios", 0, "cannot list scenarios: " + e.getMessage()));
                continue;
            }
            for (Path file : files) {
                String display = new ContentFile(root.dir(), file, root.label()).display();
                String fileName = file.getFileName().toString().replace("/", "");
                String name = fileName.substring(0, fileName.length() - ".json".length());
                if (!name.matches("[a-z0-9][a-z0-9-]{0,79}")) {
                    problems.add(new ContentProblem(display, 0, "a preset's file name must be lower-case letters, digits and dashes"));
                    continue;
                }
                try {
                    String text = ContentLoader.readText(file, ScenarioLimits.MAX_FILE_CHARS);
                    boolean deploy = DeployScenarioParser.isDeploymentScenario(text);
                    (deploy ? deployNames : names).add(name);
                    List<ScenarioProblem> found = deploy ? DeployScenarioParser.parse(text).problems() : ScenarioParser.parse(text).problems();
                    for (ScenarioProblem p : found) {
                        problems.add(new ContentProblem(display, p.line(), p.toString()));
                    }
                } catch (IOException e) {
                    names.add(name);
                    problems.add(new ContentProblem(display, 0, e.getMessage()));
                }
            }
        }
        String label = roots.isEmpty() ? BuiltInContent.LABEL : roots.get(0).label();
        return new ScenarioPresets(Set.copyOf(names), Set.copyOf(deployNames), label + "/scenarios");
    }

    /** The problem with a simulator link's preset, or null when it has none (or names no preset). */
    String problemWith(String simulator, Map<String, String> params) {
        String preset = params.get("preset");
        if (!SIMULATOR.equals(simulator) || preset == null || names.contains(preset)) {
            return null;
        }
        if (deployNames.contains(preset)) {
            return "simulator preset '" + preset + "' is a deployment scenario (it has a deployment object), not a scale-out one";
        }
        return "simulator preset '" + preset + "' does not exist (" + folderLabel + " has: "
                + (names.isEmpty() ? "none" : String.join(", ", new TreeSet<>(names))) + ")";
    }
}

package dev.opsdojo.sim.scaleout;

import dev.opsdojo.sim.scenario.Scenario;
import dev.opsdojo.sim.scenario.ScenarioParser;
import dev.opsdojo.sim.scenario.ScenarioProblem;
import dev.opsdojo.sim.session.SessionFactory;
import dev.opsdojo.sim.session.SimulationSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Sessions from the scenario files of the content folders ({@code scenarios/*.json}; a later folder's file replaces an
 * earlier one of the same name). A preset with variants also offers each variant as {@code NAME/VARIANT}. Deployment
 * scenarios (files with a top-level {@code deployment} object) belong to the deployment simulator and are not listed.
 */
public final class PresetSessions implements SessionFactory {
    /** The course's order; other files follow by name. */
    private static final List<String> ORDER = List.of("steady", "flash-sale", "scale-up-vs-out", "chaos", "overload", "mmc");

    private final List<Path> scenarioFolders;
    private Map<String, Path> files;

    /** Nothing is read here: the app builds this at start-up, and the folders are listed when presets are first wanted. */
    public PresetSessions(List<Path> scenarioFolders) {
        this.scenarioFolders = List.copyOf(scenarioFolders);
    }

    @Override
    public List<Path> scenarioFolders() {
        return scenarioFolders;
    }

    private synchronized Map<String, Path> files() {
        if (files == null) {
            files = list(scenarioFolders);
        }
        return files;
    }

    private static Map<String, Path> list(List<Path> scenarioFolders) {
        Map<String, Path> found = new java.util.TreeMap<>();
        for (Path folder : scenarioFolders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> list = Files.list(folder)) {
                list.filter(p -> p.getFileName().toString().endsWith(".json")).forEach(p -> {
                    String name = p.getFileName().toString().replaceFirst("\\.json$", "");
                    if (isDeploymentScenario(p)) {
                        found.remove(name); // a later folder's deployment scenario hides an earlier scale-out one
                    } else {
                        found.put(name, p);
                    }
                });
            } catch (IOException e) {
                // An unreadable folder offers no presets; the others still do.
            }
        }
        Map<String, Path> ordered = new LinkedHashMap<>();
        ORDER.stream().filter(found::containsKey).forEach(name -> ordered.put(name, found.get(name)));
        found.forEach(ordered::putIfAbsent);
        return ordered;
    }

    @Override
    public List<String> presets() {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, Path> entry : files().entrySet()) {
            names.add(entry.getKey());
            try {
                read(entry.getValue()).variants().forEach(v -> names.add(entry.getKey() + "/" + v.name()));
            } catch (IllegalArgumentException broken) {
                // Listed anyway: opening it explains what is wrong.
            }
        }
        return names;
    }

    @Override
    public SimulationSession open(String preset) {
        return new LiveSession(scenario(preset));
    }

    /** The scenario behind a preset name ({@code NAME} or {@code NAME/VARIANT}). */
    public Scenario scenario(String preset) {
        String[] parts = preset.split("/", 2);
        Path file = files().get(parts[0]);
        if (file == null) {
            throw new IllegalArgumentException("no simulator preset '" + preset + "' (have: " + String.join(", ", files().keySet()) + ")");
        }
        Scenario scenario = read(file);
        if (parts.length == 1) {
            return scenario;
        }
        return scenario.variants().stream().filter(v -> v.name().equals(parts[1])).findFirst()
                .map(Scenario.Variant::scenario)
                .orElseThrow(() -> new IllegalArgumentException("preset '" + parts[0] + "' has no variant '" + parts[1] + "'"));
    }

    @Override
    public SimulationSession openFile(Path scenarioFile) {
        return new LiveSession(read(scenarioFile));
    }

    private static boolean isDeploymentScenario(Path file) {
        try {
            return ScenarioParser.hasTopLevelKey(Files.readString(file, StandardCharsets.UTF_8), "deployment");
        } catch (IOException | RuntimeException e) {
            return false; // listed; opening it explains what is wrong
        }
    }

    /** Reads and checks a scenario file; problems become one message naming the file, line, column and key. */
    public static Scenario read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read it (" + e.getClass().getSimpleName() + ")");
        }
        ScenarioParser.Result parsed = ScenarioParser.parse(text);
        if (!parsed.isValid()) {
            if (ScenarioParser.hasTopLevelKey(text, "deployment")) {
                throw new IllegalArgumentException(file.getFileName() + " is a deployment scenario (it has a deployment object): open it "
                        + "in the deployment simulator, or run it with: opsdojo sim deploy " + file.getFileName());
            }
            List<String> lines = new ArrayList<>();
            for (ScenarioProblem p : parsed.problems()) {
                lines.add(file.getFileName() + ":" + p.line() + ":" + p.column() + ": " + (p.path().isEmpty() ? "" : p.path() + ": ")
                        + p.message());
            }
            throw new IllegalArgumentException(String.join("\n", lines));
        }
        return parsed.scenario();
    }
}

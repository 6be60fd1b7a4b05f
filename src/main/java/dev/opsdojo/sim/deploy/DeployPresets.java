package dev.opsdojo.sim.deploy;

import dev.opsdojo.sim.scenario.ScenarioProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The deployment scenario presets of the content folders: the {@code scenarios/*.json} files with a top-level
 * {@code deployment} object (a later folder's file replaces an earlier one of the same name, and a later scale-out
 * file of that name hides it). The scale-out presets ({@code PresetSessions}) skip exactly these files. Folders are
 * read when the presets are first wanted; a file that does not parse is listed under its name and explains itself
 * when opened.
 */
public final class DeployPresets {
    /** The course's order; other files follow by name. */
    static final List<String> ORDER = List.of("deploy-rolling", "deploy-rolling-crashloop", "deploy-recreate", "deploy-blue-green-bad",
            "deploy-canary-good", "deploy-canary-bad", "deploy-ab");

    /** One preset: its file name without {@code .json}, the file's title (the name if it has none) and the file. */
    public record Preset(String name, String title, Path file) {
    }

    private final List<Path> scenarioFolders;
    private List<Preset> presets;

    public DeployPresets(List<Path> scenarioFolders) {
        this.scenarioFolders = List.copyOf(scenarioFolders);
    }

    /** No presets (the page then offers only the built-in defaults). */
    public static DeployPresets none() {
        return new DeployPresets(List.of());
    }

    /** The presets in the course's order. */
    public synchronized List<Preset> list() {
        if (presets == null) {
            presets = find(scenarioFolders);
        }
        return presets;
    }

    /** The preset of that name, or null. */
    public Preset byName(String name) {
        return list().stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    private static List<Preset> find(List<Path> folders) {
        Map<String, Path> found = new TreeMap<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> list = Files.list(folder)) {
                list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().forEach(p -> {
                    String name = p.getFileName().toString().replaceFirst("\\.json$", "");
                    String text = readOrNull(p);
                    if (text != null && DeployScenarioParser.isDeploymentScenario(text)) {
                        found.put(name, p);
                    } else {
                        found.remove(name); // a later folder's scale-out scenario hides an earlier deployment one
                    }
                });
            } catch (IOException e) {
                // An unreadable folder offers no presets; the others still do.
            }
        }
        List<String> names = new ArrayList<>();
        ORDER.stream().filter(found::containsKey).forEach(names::add);
        found.keySet().stream().filter(n -> !names.contains(n)).forEach(names::add);
        List<Preset> out = new ArrayList<>();
        for (String name : names) {
            out.add(new Preset(name, titleOf(found.get(name), name), found.get(name)));
        }
        return List.copyOf(out);
    }

    private static String titleOf(Path file, String fallback) {
        String text = readOrNull(file);
        if (text == null) {
            return fallback;
        }
        DeployScenarioParser.Result parsed = DeployScenarioParser.parse(text);
        if (!parsed.isValid()) {
            return fallback;
        }
        String title = parsed.scenario().base().title();
        return title == null || title.isBlank() ? fallback : title.strip();
    }

    private static String readOrNull(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Reads and checks a deployment scenario file; problems become an IllegalArgumentException with one line per
     * problem, {@code FILE:LINE:COL: key.path: message}.
     */
    public static DeployScenario read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(file.getFileName() + ": cannot read it (" + e.getClass().getSimpleName() + ")");
        }
        DeployScenarioParser.Result parsed = DeployScenarioParser.parse(text);
        if (!parsed.isValid()) {
            throw new IllegalArgumentException(problems(file.getFileName().toString(), parsed.problems()));
        }
        return parsed.scenario();
    }

    /** One line per problem: {@code FILE:LINE:COL: key.path: message}. */
    public static String problems(String fileName, List<ScenarioProblem> problems) {
        List<String> lines = new ArrayList<>();
        for (ScenarioProblem p : problems) {
            lines.add(fileName + ":" + p.line() + ":" + p.column() + ": " + (p.path().isEmpty() ? "" : p.path() + ": ") + p.message());
        }
        return String.join("\n", lines);
    }
}

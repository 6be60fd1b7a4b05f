package dev.opsdojo.sim.session;

import java.nio.file.Path;
import java.util.List;

/** Where the screen gets sessions: from a shipped preset, or from a scenario file the learner opens. */
public interface SessionFactory {

    /** Names of the shipped presets in display order, e.g. "steady", "flash-sale". */
    List<String> presets();

    /** A new paused session at time 0; throws IllegalArgumentException with a readable message if it cannot start. */
    SimulationSession open(String preset);

    /** A new paused session from a scenario file; problems are an IllegalArgumentException naming file, line and key. */
    SimulationSession openFile(Path scenarioFile);

    /** The folders the presets come from (the deployment simulator lists its own presets there); none by default. */
    default List<Path> scenarioFolders() {
        return List.of();
    }
}

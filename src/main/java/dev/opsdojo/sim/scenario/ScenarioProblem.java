package dev.opsdojo.sim.scenario;

/**
 * One thing wrong with a scenario file: the key path ({@code pods.replicas}, {@code failures.events[2].kind}; empty for
 * the file as a whole), a message, and the 1-based line and column it was found at (0 when unknown).
 */
public record ScenarioProblem(String path, String message, int line, int column) {

    /** {@code key.path: message}, the form shown next to a file and line. */
    @Override
    public String toString() {
        return path.isEmpty() ? message : path + ": " + message;
    }
}

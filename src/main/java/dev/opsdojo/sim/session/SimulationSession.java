package dev.opsdojo.sim.session;

/**
 * A running scale-out simulation as a screen sees it. The simulation advances on its own thread; the screen samples
 * {@link #snapshot()} once per frame and sends {@link Control} changes. Every method is thread-safe and returns at once.
 */
public interface SimulationSession extends AutoCloseable {

    /** The latest consistent state; cheap (the simulation thread publishes a new one at most every few milliseconds). */
    Snapshot snapshot();

    /** Runs at {@link #speed()} simulated seconds per wall second until paused or the scenario's end. */
    void play();

    void pause();

    boolean playing();

    /** Advances by {@code simulatedSeconds} while paused (a "step" button), then stays paused. */
    void step(double simulatedSeconds);

    /** Simulated seconds per wall second, 1 to 1000. */
    void setSpeed(double simulatedSecondsPerWallSecond);

    double speed();

    /** Applies a change at the current simulated time (a slider moved, a pod killed, …). */
    void apply(Control change);

    /** The current setup (the preset with every change applied so far) as a scenario file's JSON text. */
    String scenarioJson();

    /** Stops the simulation thread; the session cannot be used afterwards. */
    @Override
    void close();
}

package dev.opsdojo.sim.deploy.session;

import dev.opsdojo.sim.deploy.DeployAction;
import dev.opsdojo.sim.deploy.DeployResult;
import dev.opsdojo.sim.deploy.DeployScenario;
import dev.opsdojo.sim.deploy.DeploySimulation;
import dev.opsdojo.sim.deploy.DeployState;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A deployment run on its own thread for a screen, in the manner of the scale-out {@code LiveSession}: only that
 * thread touches the {@link DeploySimulation}; learner actions are queued and applied between slices at the current
 * simulated time, and a new {@link Frame} is published at most about 60 times a wall second (and at once after an
 * action or a step, so a button press shows on the next frame). When the machine cannot keep up with the chosen
 * speed, simulated time simply runs slower. Every method is thread-safe and returns at once.
 */
public final class DeploySession implements AutoCloseable {
    public static final double MIN_SPEED = 1;
    public static final double MAX_SPEED = 1000;
    /** The longest single "step": an hour of simulated time. */
    public static final double MAX_STEP_SECONDS = 3600;
    private static final long PUBLISH_NANOS = 16_000_000L;
    /** The result's totals are rebuilt less often than the picture while playing: nobody reads numbers at 60 Hz. */
    private static final long RESULT_NANOS = 200_000_000L;
    private static final long SLICE_BUDGET_NANOS = 12_000_000L;
    private static final double SLICE_SECONDS = 0.25;

    /**
     * What the screen draws: the run's state and its totals so far, whether time is running, and a counter that grows
     * with every publication (cheap change detection for the screen).
     */
    public record Frame(DeployState state, DeployResult result, boolean playing, long sequence) {
        public Frame {
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(result, "result");
        }

        public boolean finished() {
            return state.timeSeconds() >= state.durationSeconds();
        }
    }

    private final DeployScenario scenario;
    private final DeploySimulation sim;
    private final ConcurrentLinkedQueue<DeployAction> actions = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Double> steps = new ConcurrentLinkedQueue<>();
    private final Object wake = new Object();
    private final Thread thread;
    private volatile Frame frame;
    private volatile boolean playing;
    private volatile double speed = 10;
    private volatile boolean closed;
    private volatile RuntimeException failure;
    /** While paused, a step runs to this simulated time (negative: no step pending). Simulation thread only. */
    private double stepUntil = -1;
    private long sequence;
    private DeployResult lastResult;
    private long lastResultNanos;

    /** Opens the run paused at time 0. */
    public DeploySession(DeployScenario scenario) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.sim = new DeploySimulation(scenario);
        this.frame = buildFrame(true);
        this.thread = new Thread(this::loop, "opsdojo-deploy-simulation");
        thread.setDaemon(true);
        thread.start();
    }

    /** The scenario this run started from (the learner's actions are not part of it). */
    public DeployScenario scenario() {
        return scenario;
    }

    /** The latest consistent picture; never null, cheap. */
    public Frame snapshot() {
        return frame;
    }

    /** Runs at {@link #speed()} simulated seconds per wall second until paused or the end of the scenario. */
    public void play() {
        if (!frame.finished()) {
            playing = true;
            signal();
        }
    }

    public void pause() {
        playing = false;
        signal();
    }

    public boolean playing() {
        return playing;
    }

    /** Advances by {@code simulatedSeconds} (at most {@link #MAX_STEP_SECONDS}) and pauses. */
    public void step(double simulatedSeconds) {
        if (simulatedSeconds > 0 && Double.isFinite(simulatedSeconds)) {
            playing = false;
            steps.add(Math.min(simulatedSeconds, MAX_STEP_SECONDS));
            signal();
        }
    }

    /** Simulated seconds per wall second, clamped to 1–1000. */
    public void setSpeed(double simulatedSecondsPerWallSecond) {
        if (Double.isFinite(simulatedSecondsPerWallSecond)) {
            speed = Math.max(MIN_SPEED, Math.min(MAX_SPEED, simulatedSecondsPerWallSecond));
        }
    }

    public double speed() {
        return speed;
    }

    /** Applies a learner action at the simulated time the simulation thread has reached when it takes it. */
    public void apply(DeployAction action) {
        actions.add(Objects.requireNonNull(action, "action"));
        signal();
    }

    /** The exception that stopped the simulation thread, if one did (the screen says so instead of freezing). */
    public RuntimeException failure() {
        return failure;
    }

    @Override
    public void close() {
        closed = true;
        playing = false;
        sim.cancel();
        signal();
    }

    private void signal() {
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    private void loop() {
        long last = System.nanoTime();
        long lastPublish = 0;
        try {
            while (!closed) {
                boolean changed = false;
                for (DeployAction action; (action = actions.poll()) != null; ) {
                    try {
                        sim.apply(action);
                    } catch (IllegalArgumentException | IllegalStateException refused) {
                        // An action the model cannot take right now changes nothing; its log says what it refused.
                    }
                    changed = true;
                }
                for (Double seconds; (seconds = steps.poll()) != null; ) {
                    stepUntil = Math.max(stepUntil, sim.nowSeconds()) + seconds;
                }
                long now = System.nanoTime();
                double wallSeconds = Math.min(0.1, (now - last) / 1e9);
                last = now;
                boolean moved = false;
                if (!sim.finished()) {
                    double target = Math.max(stepUntil, sim.nowSeconds() + (playing ? speed * wallSeconds : 0));
                    target = Math.min(target, sim.durationSeconds());
                    long deadline = now + SLICE_BUDGET_NANOS;
                    while (sim.nowSeconds() < target && System.nanoTime() < deadline && !closed) {
                        sim.advanceTo(Math.min(target, sim.nowSeconds() + SLICE_SECONDS));
                        moved = true;
                    }
                    if (sim.nowSeconds() >= stepUntil) {
                        if (stepUntil >= 0) {
                            changed = true;
                        }
                        stepUntil = -1;
                    }
                }
                if (sim.finished()) {
                    if (playing || stepUntil >= 0) {
                        changed = true;
                    }
                    playing = false;
                    stepUntil = -1;
                }
                long after = System.nanoTime();
                if (changed || (moved && after - lastPublish >= PUBLISH_NANOS)) {
                    frame = buildFrame(changed || !playing || after - lastResultNanos >= RESULT_NANOS);
                    lastPublish = after;
                }
                if (!playing && actions.isEmpty() && steps.isEmpty() && stepUntil < 0) {
                    synchronized (wake) {
                        if (!playing && actions.isEmpty() && steps.isEmpty() && !closed) {
                            wake.wait(50);
                        }
                    }
                    last = System.nanoTime();
                } else if (!moved) {
                    Thread.onSpinWait();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
            playing = false;
            frame = new Frame(frame.state(), frame.result(), false, ++sequence);
        }
    }

    private Frame buildFrame(boolean withResult) {
        if (withResult || lastResult == null) {
            lastResult = sim.result();
            lastResultNanos = System.nanoTime();
        }
        return new Frame(sim.state(), lastResult, playing, ++sequence);
    }
}

package dev.opsdojo.sim.engine;

/** Code run by the engine at a scheduled simulated time (a controller tick, a pod becoming ready, a failure). */
@FunctionalInterface
public interface SimCallback {
    /** Runs at {@code simulation.nowSeconds()}; it may schedule further callbacks and change pods. */
    void run(Simulation simulation);
}

package dev.opsdojo.sim.engine;

/** Where a pod is in its life. Only {@link #READY} pods receive new requests. */
public enum PodState {
    /** Running but not (yet) ready: receives nothing new, still finishes what it holds. */
    NOT_READY,
    READY,
    /** Terminating gracefully: receives nothing new, finishes its in-flight and queued requests. */
    TERMINATING,
    /** Finished terminating gracefully. */
    TERMINATED,
    /** Killed: everything it held failed with {@link ErrorCause#POD_KILLED}. */
    KILLED
}

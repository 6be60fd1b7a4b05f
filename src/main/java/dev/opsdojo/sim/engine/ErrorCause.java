package dev.opsdojo.sim.engine;

/** Why a request failed. */
public enum ErrorCause {
    /** The chosen pod's queue (or the balancer's central queue) was full. */
    QUEUE_FULL("queue-full"),
    /** The client gave up after its timeout; the pod still finishes the work it had started. */
    TIMEOUT("timeout"),
    /** The pod holding the request was killed. */
    POD_KILLED("pod-killed"),
    /** No ready pod to send it to (per-pod balancer policies only). */
    NO_READY_POD("no-ready-pod"),
    /** The pod answered, but with an error (a bad release; deployment simulator only). */
    SERVER_ERROR("server-error");

    private final String id;

    ErrorCause(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}

package dev.opsdojo.calc.controlplane;

/** What becomes of a capability in a failure, from best to worst. */
public enum Status {
    WORKS, DEGRADED, STOPS;

    /** The worse of two statuses (STOPS is worse than DEGRADED, which is worse than WORKS). */
    public Status worse(Status other) {
        return compareTo(other) >= 0 ? this : other;
    }
}

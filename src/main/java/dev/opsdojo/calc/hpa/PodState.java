package dev.opsdojo.calc.hpa;

import java.util.Locale;

/**
 * What the HPA sees of a pod, reduced to the cases that change its CPU calculation: a running pod that counts
 * ({@link #READY}), a running pod whose CPU sample is not trusted yet ({@link #UNREADY}: not Ready, or still inside
 * the CPU initialization period), a pod not running yet ({@link #PENDING}, always unready), and pods the controller
 * ignores altogether ({@link #FAILED} phase, or {@link #DELETING} with a deletion timestamp).
 */
public enum PodState {
    READY, UNREADY, PENDING, FAILED, DELETING;

    /** The lower-case name used on the command line and in params. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The state named {@code text} in any case, e.g. "unready". */
    public static PodState parse(String text) {
        for (PodState state : values()) {
            if (state.name().equalsIgnoreCase(text.strip())) {
                return state;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not a pod state; use ready, unready, pending, failed or deleting");
    }
}

package dev.opsdojo.calc.hpa;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One pod as the HPA sees it at a sync: its state, its CPU usage from the metrics API in millicores (absent when
 * the pod has no sample) and its CPU request in millicores (the sum over its containers; absent when a container
 * has no request, which makes the whole metric fail).
 */
public record PodSample(PodState state, OptionalLong usageMillicores, OptionalLong requestMillicores) {
    public PodSample {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(usageMillicores, "usageMillicores");
        Objects.requireNonNull(requestMillicores, "requestMillicores");
        if (usageMillicores.isPresent() && usageMillicores.getAsLong() < 0) {
            throw new IllegalArgumentException("CPU usage cannot be negative: " + usageMillicores.getAsLong() + "m");
        }
        if (requestMillicores.isPresent() && requestMillicores.getAsLong() < 0) {
            throw new IllegalArgumentException("CPU request cannot be negative: " + requestMillicores.getAsLong() + "m");
        }
    }

    /** A pod with a sample and a request. */
    public static PodSample of(PodState state, long usageMillicores, long requestMillicores) {
        return new PodSample(state, OptionalLong.of(usageMillicores), OptionalLong.of(requestMillicores));
    }

    /** A pod the metrics API has no sample for. */
    public static PodSample withoutMetrics(PodState state, long requestMillicores) {
        return new PodSample(state, OptionalLong.empty(), OptionalLong.of(requestMillicores));
    }

    /** A ready pod with a sample and a request. */
    public static PodSample ready(long usageMillicores, long requestMillicores) {
        return of(PodState.READY, usageMillicores, requestMillicores);
    }
}

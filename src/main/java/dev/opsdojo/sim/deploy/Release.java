package dev.opsdojo.sim.deploy;

import java.util.Objects;

/**
 * One version of the application (a pod template). {@code startupSeconds} is from pod creation to the readiness
 * probe passing; {@code errorRate} is its normal share of failed answers (even good code has some);
 * {@code latencyFactor} multiplies the scenario's service time; {@code conversionRate} is the chance a successful
 * request converts (A/B tests). {@code fault} is what is broken in it, {@link Fault#NONE} for a good release.
 */
public record Release(String name, String image, double startupSeconds, double errorRate, double latencyFactor,
        double conversionRate, Fault fault) {
    public static final double MAX_STARTUP_SECONDS = 3600;

    public Release {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(fault, "fault");
        if (!(startupSeconds >= 0 && startupSeconds <= MAX_STARTUP_SECONDS)) {
            throw new IllegalArgumentException("startupSeconds must be in [0, 3600], got " + startupSeconds);
        }
        if (!(errorRate >= 0 && errorRate <= 1)) {
            throw new IllegalArgumentException("errorRate must be in [0, 1], got " + errorRate);
        }
        if (!(latencyFactor > 0 && latencyFactor <= 100)) {
            throw new IllegalArgumentException("latencyFactor must be in (0, 100], got " + latencyFactor);
        }
        if (!(conversionRate >= 0 && conversionRate <= 1)) {
            throw new IllegalArgumentException("conversionRate must be in [0, 1], got " + conversionRate);
        }
    }

    public Release withFault(Fault newFault) {
        return new Release(name, image, startupSeconds, errorRate, latencyFactor, conversionRate, newFault);
    }
}

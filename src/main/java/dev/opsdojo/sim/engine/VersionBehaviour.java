package dev.opsdojo.sim.engine;

/**
 * How the pods of one version answer, for the deployment simulator. {@code errorProbability} of its requests fail
 * with {@link ErrorCause#SERVER_ERROR} after being served; when a pod already serves at least
 * {@code loadThreshold} × its concurrency at the start of a request, that request fails with
 * {@code underLoadErrorProbability} instead (a release that breaks only under load). {@code latencyFactor}
 * multiplies service times. {@code conversionProbability} is the chance a successful request converts (A/B tests).
 */
public record VersionBehaviour(double errorProbability, double latencyFactor, double loadThreshold,
        double underLoadErrorProbability, double conversionProbability) {
    public static final VersionBehaviour HEALTHY = new VersionBehaviour(0, 1, 1, 0, 0);

    public VersionBehaviour {
        checkProbability("errorProbability", errorProbability);
        checkProbability("underLoadErrorProbability", underLoadErrorProbability);
        checkProbability("conversionProbability", conversionProbability);
        if (!(latencyFactor > 0 && latencyFactor <= 1000)) {
            throw new IllegalArgumentException("latencyFactor must be in (0, 1000], got " + latencyFactor);
        }
        if (!(loadThreshold > 0 && loadThreshold <= 1)) {
            throw new IllegalArgumentException("loadThreshold must be in (0, 1], got " + loadThreshold);
        }
    }

    private static void checkProbability(String name, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1], got " + p);
        }
    }
}

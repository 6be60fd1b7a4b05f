package dev.opsdojo.sim.engine;

/**
 * What serving one request costs. Each request draws its service time when it arrives: with probability
 * {@code cacheHitRatio} from {@code cacheHitTime} (a cheap cache hit), otherwise from {@code serviceTime}; a pod made
 * slow multiplies it by its slow factor when service starts. While in service a request uses
 * {@code cpuMillicoresWhileServing} of CPU, so a pod's CPU use is its busy slot-seconds times that.
 */
public record ServiceModel(Distribution serviceTime, double cacheHitRatio, Distribution cacheHitTime,
        double cpuMillicoresWhileServing) {
    public ServiceModel {
        if (!(cacheHitRatio >= 0 && cacheHitRatio <= 1)) {
            throw new IllegalArgumentException("cacheHitRatio must be in [0, 1], got " + cacheHitRatio);
        }
        if (cacheHitRatio > 0 && cacheHitTime == null) {
            throw new IllegalArgumentException("cacheHitTime is required when cacheHitRatio > 0");
        }
        if (!(cpuMillicoresWhileServing >= 0 && cpuMillicoresWhileServing <= 1_000_000)) {
            throw new IllegalArgumentException("cpuMillicoresWhileServing must be in [0, 1000000], got "
                    + cpuMillicoresWhileServing);
        }
    }

    /** No cache; 1000 millicores (one core) while serving. */
    public static ServiceModel of(Distribution serviceTime) {
        return new ServiceModel(serviceTime, 0, null, 1000);
    }

    /** The mean service time before any slow factor. */
    public double meanServiceSeconds() {
        double miss = serviceTime.meanSeconds();
        return cacheHitRatio == 0 ? miss : cacheHitRatio * cacheHitTime.meanSeconds() + (1 - cacheHitRatio) * miss;
    }
}

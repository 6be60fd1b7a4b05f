package dev.opsdojo.sim.deploy;

import java.util.List;
import java.util.Objects;

/**
 * The deployment part of a deployment scenario: {@code replicas} pods of {@code stable} run from the start (revision
 * 1); at {@code releaseAtSeconds} (null: when the learner presses start) the {@code release} rolls out with
 * {@code strategy}. {@code actions} are scripted learner actions. A second whose error rate exceeds
 * {@code downtimeErrorRate} counts as downtime, as does a second with no ready pod. An open workload's requests come
 * from {@code clients} distinct users (for exposure counts and A/B splits). {@code hpa} (nullable) is only written
 * into the manifests: the simulator holds the replica count during a rollout.
 */
public record DeploymentSpec(String app, int replicas, Release stable, Release release, Strategy strategy,
        Double releaseAtSeconds, List<DeployAction> actions, double downtimeErrorRate, int clients, HpaManifest hpa) {
    public static final int MAX_REPLICAS = 1000;

    /** An HPA to include in the manifests (minReplicas, maxReplicas, target CPU utilisation in percent). */
    public record HpaManifest(int minReplicas, int maxReplicas, int targetCpuUtilizationPercent) {
        public HpaManifest {
            if (minReplicas < 1 || maxReplicas < minReplicas || maxReplicas > MAX_REPLICAS) {
                throw new IllegalArgumentException("hpa needs 1 <= minReplicas <= maxReplicas <= " + MAX_REPLICAS);
            }
            if (targetCpuUtilizationPercent < 1 || targetCpuUtilizationPercent > 1000) {
                throw new IllegalArgumentException("hpa targetCpuUtilizationPercent must be in [1, 1000]");
            }
        }
    }

    public DeploymentSpec {
        Objects.requireNonNull(app, "app");
        Objects.requireNonNull(stable, "stable");
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(strategy, "strategy");
        actions = List.copyOf(actions);
        if (!app.matches("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?")) {
            throw new IllegalArgumentException("app must be a Kubernetes name (lower-case letters, digits, '-'), got '" + app + "'");
        }
        if (replicas < 1 || replicas > MAX_REPLICAS) {
            throw new IllegalArgumentException("replicas must be in [1, " + MAX_REPLICAS + "], got " + replicas);
        }
        if (releaseAtSeconds != null && !(releaseAtSeconds >= 0)) {
            throw new IllegalArgumentException("releaseAtSeconds must be >= 0, got " + releaseAtSeconds);
        }
        if (!(downtimeErrorRate > 0 && downtimeErrorRate <= 1)) {
            throw new IllegalArgumentException("downtimeErrorRate must be in (0, 1], got " + downtimeErrorRate);
        }
        if (clients < 1 || clients > 10_000_000) {
            throw new IllegalArgumentException("clients must be in [1, 10000000], got " + clients);
        }
    }

    public DeploymentSpec withStrategy(Strategy newStrategy) {
        return new DeploymentSpec(app, replicas, stable, release, newStrategy, releaseAtSeconds, actions, downtimeErrorRate, clients, hpa);
    }

    public DeploymentSpec withRelease(Release newRelease) {
        return new DeploymentSpec(app, replicas, stable, newRelease, strategy, releaseAtSeconds, actions, downtimeErrorRate, clients, hpa);
    }

    public DeploymentSpec withReplicas(int newReplicas) {
        return new DeploymentSpec(app, newReplicas, stable, release, strategy, releaseAtSeconds, actions, downtimeErrorRate, clients, hpa);
    }
}

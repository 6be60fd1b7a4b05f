package dev.opsdojo.sim.deploy;

import dev.opsdojo.calc.rollout.RollingUpdate;
import java.util.List;
import java.util.Objects;

/** How a new release replaces the running one. */
public sealed interface Strategy {

    /** The name used in scenario files and on the command line. */
    String json();

    /**
     * The Deployment controller's RollingUpdate (ROLLING.md §3): {@code maxSurge}/{@code maxUnavailable} as pods
     * ("3") or percentages ("25%"), resolved as Kubernetes does; pods count as available {@code minReadySeconds} after
     * they turn Ready; a rollout without progress for {@code progressDeadlineSeconds} is marked failed
     * (ProgressDeadlineExceeded) and is not rolled back.
     */
    record Rolling(String maxSurge, String maxUnavailable, int minReadySeconds, int progressDeadlineSeconds,
            int revisionHistoryLimit) implements Strategy {
        public static final Rolling DEFAULT = new Rolling("25%", "25%", 0, 600, 10);

        public Rolling {
            Objects.requireNonNull(maxSurge, "maxSurge");
            Objects.requireNonNull(maxUnavailable, "maxUnavailable");
            RollingUpdate.resolve(10, maxSurge, maxUnavailable); // refuses what the API server refuses
            if (minReadySeconds < 0 || minReadySeconds > 3600) {
                throw new IllegalArgumentException("minReadySeconds must be in [0, 3600], got " + minReadySeconds);
            }
            if (progressDeadlineSeconds < 1 || progressDeadlineSeconds > 86_400) {
                throw new IllegalArgumentException("progressDeadlineSeconds must be in [1, 86400], got " + progressDeadlineSeconds);
            }
            if (progressDeadlineSeconds <= minReadySeconds) {
                throw new IllegalArgumentException("progressDeadlineSeconds must be greater than minReadySeconds");
            }
            if (revisionHistoryLimit < 0 || revisionHistoryLimit > 100) {
                throw new IllegalArgumentException("revisionHistoryLimit must be in [0, 100], got " + revisionHistoryLimit);
            }
        }

        @Override
        public String json() {
            return "rolling";
        }
    }

    /** Every old pod goes first; the new pods are created once none is left (downtime in between). */
    record Recreate() implements Strategy {
        @Override
        public String json() {
            return "recreate";
        }
    }

    /**
     * A full green ReplicaSet (or {@code previewReplicaCount} pods) next to blue; once every green pod is Ready the
     * active Service switches all at once — at once if {@code autoPromotionEnabled}, after
     * {@code autoPromotionSeconds} if above 0, otherwise when the learner promotes. {@code postPromotionAnalysis}
     * (nullable) switches traffic back to blue when it fails. Blue is scaled down {@code scaleDownDelaySeconds}
     * after the switch (Argo Rollouts' default 30 s), which is the window for an instant switch back.
     */
    record BlueGreen(boolean autoPromotionEnabled, int autoPromotionSeconds, int scaleDownDelaySeconds,
            Integer previewReplicaCount, Analysis postPromotionAnalysis) implements Strategy {
        public static final BlueGreen DEFAULT = new BlueGreen(true, 0, 30, null, Analysis.DEFAULT);

        public BlueGreen {
            if (autoPromotionSeconds < 0 || autoPromotionSeconds > 86_400) {
                throw new IllegalArgumentException("autoPromotionSeconds must be in [0, 86400], got " + autoPromotionSeconds);
            }
            if (scaleDownDelaySeconds < 0 || scaleDownDelaySeconds > 86_400) {
                throw new IllegalArgumentException("scaleDownDelaySeconds must be in [0, 86400], got " + scaleDownDelaySeconds);
            }
            if (previewReplicaCount != null && previewReplicaCount < 1) {
                throw new IllegalArgumentException("previewReplicaCount must be at least 1, got " + previewReplicaCount);
            }
        }

        @Override
        public String json() {
            return "blue-green";
        }
    }

    /** How a canary's share of traffic is made. */
    enum TrafficRouting {
        /** Plain Kubernetes: one Service over both ReplicaSets, so the share is the canary's share of ready pods. */
        REPLICA_RATIO("replica-ratio"),
        /** An ingress or service mesh sends exactly the weight, whatever the pod counts. */
        WEIGHTED("weighted");

        private final String json;

        TrafficRouting(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }
    }

    /** One step of a canary, as Argo Rollouts writes them. */
    sealed interface CanaryStep {
        /** {@code setWeight: N}: N % of traffic (or of pods, without traffic routing) to the canary. */
        record SetWeight(int weight) implements CanaryStep {
            public SetWeight {
                if (weight < 0 || weight > 100) {
                    throw new IllegalArgumentException("setWeight must be in [0, 100], got " + weight);
                }
            }
        }

        /** {@code pause: {duration: N}}; a null duration waits until promoted. */
        record Pause(Double durationSeconds) implements CanaryStep {
            public Pause {
                if (durationSeconds != null && !(durationSeconds >= 0 && durationSeconds <= 86_400)) {
                    throw new IllegalArgumentException("pause duration must be in [0, 86400] s, got " + durationSeconds);
                }
            }
        }
    }

    /**
     * An Argo Rollouts canary: {@code steps} run in order and end with a full promotion; {@code analysis} (nullable)
     * runs in the background from the first step and aborts the rollout when it fails: all traffic back to stable and
     * the canary scaled to 0.
     */
    record Canary(List<CanaryStep> steps, TrafficRouting trafficRouting, String maxSurge, String maxUnavailable,
            Analysis analysis) implements Strategy {
        public static final Canary DEFAULT = new Canary(List.of(new CanaryStep.SetWeight(10), new CanaryStep.Pause(60.0),
                new CanaryStep.SetWeight(30), new CanaryStep.Pause(60.0), new CanaryStep.SetWeight(60),
                new CanaryStep.Pause(60.0)), TrafficRouting.WEIGHTED, "25%", "25%", Analysis.DEFAULT);

        public Canary {
            steps = List.copyOf(steps);
            Objects.requireNonNull(trafficRouting, "trafficRouting");
            Objects.requireNonNull(maxSurge, "maxSurge");
            Objects.requireNonNull(maxUnavailable, "maxUnavailable");
            RollingUpdate.resolve(10, maxSurge, maxUnavailable);
            if (steps.size() > 100) {
                throw new IllegalArgumentException("a canary has at most 100 steps, got " + steps.size());
            }
        }

        @Override
        public String json() {
            return "canary";
        }
    }

    /** How users are assigned to variant B, always the same way for the same user. */
    enum Split {
        USER_ID_HASH("user-id-hash"), HEADER("header"), COOKIE("cookie");

        private final String json;

        Split(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }
    }

    /**
     * An A/B test: from the release time, {@code variantBPercent} % of users — chosen by {@code split}, each user
     * always on the same variant — go to the release (B), the rest to the stable version (A). Conversion rates are
     * compared with a two-proportion z-test at {@code confidenceLevel}; no verdict is given while either variant has
     * fewer than {@code minSamplesPerVariant} visits.
     */
    record AbTest(Split split, int variantBPercent, double confidenceLevel, int minSamplesPerVariant) implements Strategy {
        /**
         * 14,000 visits per variant: what a two-sided test at 95 % needs for 80 % power to see 3.0 % → 3.6 %
         * ((1.96 + 0.84)² × (0.03·0.97 + 0.036·0.964) / 0.006² ≈ 13,900). Fixing the sample size first is what keeps
         * a test that is looked at all the time from declaring a winner too early.
         */
        public static final AbTest DEFAULT = new AbTest(Split.USER_ID_HASH, 50, 0.95, 14_000);

        public AbTest {
            Objects.requireNonNull(split, "split");
            if (variantBPercent < 1 || variantBPercent > 99) {
                throw new IllegalArgumentException("variantBPercent must be in [1, 99], got " + variantBPercent);
            }
            if (!(confidenceLevel >= 0.5 && confidenceLevel <= 0.999)) {
                throw new IllegalArgumentException("confidenceLevel must be in [0.5, 0.999], got " + confidenceLevel);
            }
            if (minSamplesPerVariant < 1 || minSamplesPerVariant > 100_000_000) {
                throw new IllegalArgumentException("minSamplesPerVariant must be in [1, 100000000], got " + minSamplesPerVariant);
            }
        }

        @Override
        public String json() {
            return "ab";
        }
    }
}

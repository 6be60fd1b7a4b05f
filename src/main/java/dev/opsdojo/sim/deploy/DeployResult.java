package dev.opsdojo.sim.deploy;

import java.util.List;

/**
 * What a learner compares after a release. Times are simulated seconds; NaN means "did not happen".
 * <ul>
 * <li>{@code downtimeSeconds}: seconds in which no pod was ready or the error rate exceeded the scenario's
 * {@code downtimeErrorRate}; {@code noReadyPodSeconds} counts the first kind only.</li>
 * <li>{@code timeToCompleteSeconds}: from the start of the rollout until every pod runs the release and no old pod is
 * left; {@code timeToRollbackSeconds}: from the start until every pod runs the stable version again after an abort or
 * undo.</li>
 * <li>{@code usersExposedToRelease} / {@code usersWithReleaseErrors}: distinct users that got an answer, or an error,
 * from the new version; {@code releaseErrors} the requests it failed.</li>
 * <li>{@code peakPods}: the most pods alive at once; {@code peakExtraPods} = peak − replicas.</li>
 * <li>{@code availability}: successful / ended requests over the run; {@code sloAvailability}: the share of the
 * scenario's SLO windows (p95 and error-rate objectives) that were met, of {@code sloWindows}.</li>
 * </ul>
 */
public record DeployResult(String strategy, Outcome outcome, double durationSeconds, double rolloutStartedAtSeconds,
        double timeToCompleteSeconds, double timeToRollbackSeconds, double downtimeSeconds, double noReadyPodSeconds,
        long requests, long failed, double availability, List<VersionResult> versions, int usersExposedToRelease,
        int usersWithReleaseErrors, long releaseErrors, int replicas, int peakPods, int peakExtraPods,
        AbVerdict ab, double sloAvailability, long sloWindows) {

    /** How the rollout ended (or stands at the end of the run). */
    public enum Outcome {
        NOT_STARTED("not-started"), PROGRESSING("progressing"), PAUSED("paused"), COMPLETED("completed"),
        FAILED("failed"), ABORTED("aborted"), ROLLED_BACK("rolled-back"), EXPERIMENT("experiment");

        private final String json;

        Outcome(String json) {
            this.json = json;
        }

        public String json() {
            return json;
        }
    }

    /** One version's totals: requests it ended, failed and answered with errors, its p50/p95, users it reached. */
    public record VersionResult(int version, String name, long requests, long failed, long serverErrors, double p50Ms,
            double p95Ms, int usersExposed, int usersWithErrors, long conversions) {
    }

    public DeployResult {
        versions = List.copyOf(versions);
    }

    public double peakExtraCapacity() {
        return replicas == 0 ? 0 : (double) peakExtraPods / replicas;
    }
}

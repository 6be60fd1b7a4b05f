package dev.opsdojo.sim.deploy;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Something the controllers did or are doing, structured so a view can say it in any language: the screen looks up
 * {@code sim.deploy.msg.<kind id>} with the same {@code {0}}, {@code {1}}, … arguments; {@link #english()} is the
 * plain English rendering for the command line and tests. Arguments are already formatted (numbers as the command
 * line prints them, names as written).
 */
public record DeployMessage(double timeSeconds, Kind kind, List<String> args) {

    public enum Kind {
        // ---- events (the log)
        ROLLOUT_STARTED("Rollout of {0} started: {1}, revision {2}."),
        RS_SCALED("Deployment controller: ReplicaSet {0} (revision {1}) scaled {2} → {3}."),
        POD_READY("Pod {0} is Ready after {1} s and joins the endpoints."),
        POD_CRASHED("Pod {0} crashed at start-up (restart {1}); CrashLoopBackOff {2} s."),
        POD_NOT_READY("Pod {0} runs but its readiness probe fails: it gets no traffic."),
        PROGRESS_DEADLINE_EXCEEDED("No progress for {0} s: Progressing=False, reason ProgressDeadlineExceeded. Kubernetes does not roll back by itself: the old pods keep serving."),
        ROLLOUT_COMPLETE("Rollout complete: all {0} pods run {1} (revision {2})."),
        ROLLBACK_COMPLETE("Rollback complete: all {0} pods run {1} again (revision {2})."),
        PAUSED("Rollout paused."),
        RESUMED("Rollout resumed."),
        UNDO("Undo: the template of revision {0} is applied again and becomes revision {1}."),
        UNDO_REFUSED_PAUSED("Undo refused: the rollout is paused. Resume it first."),
        UNDO_SKIPPED("Undo skipped: revision {0} is already the current template."),
        UNDO_NO_REVISION("Undo impossible: revision {0} is not in the history."),
        UNDO_NO_PREVIOUS("Undo impossible: there is no previous revision in the history."),
        CANARY_WEIGHT("Canary step {0}/{1}: setWeight {2} %."),
        CANARY_PAUSE("Canary step {0}/{1}: pause {2} s."),
        CANARY_PAUSE_INDEFINITE("Canary step {0}/{1}: pause until promoted."),
        PROMOTED("Promoted by hand."),
        PROMOTE_IGNORED("Nothing to promote now."),
        ANALYSIS_PASSED("Analysis #{0}: new version errors {1} % vs stable {2} %, p95 {3} ms vs {4} ms: passed."),
        ANALYSIS_FAILED_MEASUREMENT("Analysis #{0}: new version errors {1} % vs stable {2} %, p95 {3} ms vs {4} ms: FAILED ({5} of at most {6})."),
        ANALYSIS_INCONCLUSIVE("Analysis #{0}: only {1} requests reached the new version (need {2}): inconclusive, not counted."),
        ABORTED_BY_ANALYSIS("Analysis failed: rollout aborted. All traffic goes back to {0}; the new pods are scaled to 0."),
        ABORTED("Rollout aborted by hand: all traffic back to {0}."),
        TRAFFIC_SWITCHED("Service selector switched to {0}: it now gets 100 % of traffic."),
        SWITCHED_BACK("Service selector switched back to {0}."),
        OLD_SCALED_DOWN("scaleDownDelaySeconds ({0} s) over: the previous ReplicaSet is scaled to 0."),
        RELEASE_BROKEN("The new version {0} is now broken: {1}."),
        RELEASE_FIXED("The new version {0} works again."),
        AB_STARTED("A/B test started: {0} % of users go to {1}, chosen by {2}."),
        AB_SIGNIFICANT("A/B test: the difference is significant at {0} % confidence (p {1})."),

        // ---- explanations of the current controller step (the status line)
        STEP_IDLE("{0} pods run {1}. Press Start to release {2} with {3}."),
        STEP_ROLLING("maxSurge {0}: at most {1} pods in total, so {2} more may start; maxUnavailable {3}: at least {4} must stay available ({5} are). Now: {6} new, {7} old."),
        STEP_ROLLING_WAITING("Waiting: {0} new pods are not available yet (minReadySeconds {1}); old pods can go only while at least {2} stay available."),
        STEP_PAUSED("Paused with {0} new and {1} old pods: both versions serve traffic until you resume or undo."),
        STEP_STALLED("Stalled: the new pods never become available. Progress deadline in {0} s; the old pods keep serving."),
        STEP_FAILED("Failed (ProgressDeadlineExceeded) with {0} new and {1} old pods. Undo to go back."),
        STEP_RECREATE_DOWN("Recreate: scaling every old pod to 0 first; {0} still terminating. No pod serves meanwhile."),
        STEP_RECREATE_UP("Recreate: creating {0} new pods; {1} are ready."),
        STEP_BG_PREVIEW("Blue/green: green has {0} of {1} pods ready; blue keeps 100 % of traffic. Extra pods now: {2}."),
        STEP_BG_WAITING("Blue/green: green is ready and gets no users yet. Waiting for you to promote."),
        STEP_BG_WAITING_AUTO("Blue/green: green is ready and gets no users yet. The switch comes in {0} s (autoPromotionSeconds)."),
        STEP_BG_ACTIVE("Blue/green: green gets 100 % of traffic; blue stays up for {0} s more for an instant switch back."),
        STEP_CANARY("Canary step {0}/{1}: {2} % of traffic to the canary ({3} canary pods, {4} stable)."),
        STEP_CANARY_PAUSE("Canary step {0}/{1}: holding at {2} % for {3} s more while the analysis watches."),
        STEP_CANARY_PAUSE_INDEFINITE("Canary step {0}/{1}: holding at {2} % until you promote."),
        STEP_AB_WAITING("A/B: {0} % of users on {1}; {2} and {3} visits so far, {4} needed per variant before a verdict."),
        STEP_AB_SIGNIFICANT("A/B: {0} % of users on {1}; B − A = {2} percentage points, p {3}: significant."),
        STEP_AB_NOT_SIGNIFICANT("A/B: {0} % of users on {1}; B − A = {2} percentage points, p {3}: not significant."),
        STEP_DONE("Done: all {0} pods run {1}."),
        STEP_ABORTED("Aborted: all traffic on {0}. The rollout stays Degraded until the release is fixed or undone."),
        STEP_ROLLING_BACK("Rolling back to {0}: {1} of {2} pods run it.");

        private final String english;

        Kind(String english) {
            this.english = english;
        }

        /** The key suffix in the message bundles: lower-case with dashes. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public String englishPattern() {
            return english;
        }
    }

    public DeployMessage {
        Objects.requireNonNull(kind, "kind");
        args = List.copyOf(args);
    }

    public static DeployMessage of(double timeSeconds, Kind kind, Object... args) {
        return new DeployMessage(timeSeconds, kind, java.util.Arrays.stream(args).map(DeployMessage::format).toList());
    }

    /** Formats a number the way the command line prints it: whole numbers without decimals, others with at most two. */
    public static String format(Object value) {
        if (value instanceof Double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString(d.longValue());
            }
            return String.format(Locale.ROOT, "%.2f", d).replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return String.valueOf(value);
    }

    /** The message in English. */
    public String english() {
        MessageFormat format = new MessageFormat(kind.englishPattern().replace("'", "''"), Locale.ROOT);
        return format.format(args.toArray());
    }
}

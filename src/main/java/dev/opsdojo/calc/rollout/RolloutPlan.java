package dev.opsdojo.calc.rollout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A rolling update laid out for a learner: how each limit resolved (the exact share of a percentage and which way it
 * rounded), the pod bounds they give, and every step from the start to the end with the pods available right after it.
 *
 * <p>The steps are {@link RollingUpdate#steps}: each new pod is assumed Ready (for {@code minReadySeconds}) before the
 * controller's next sync. Right after a scale-up the pods it just created are still starting, so a row's
 * {@code available} counts only the pods that existed before; after a scale-down every remaining pod is available.
 * Row 0 is the start: the old ReplicaSet at {@code replicas}, the new one at 0.
 */
public record RolloutPlan(int replicas, Limit surge, Limit unavailable, boolean raisedToOne, long maxTotal, int minAvailable,
                          List<Row> rows) {
    private static final Pattern WHOLE = Pattern.compile("\\d{1,9}");

    /**
     * One limit: as written, whether it is a percentage, the exact share of replicas for a percentage
     * ("2.5" for 25% of 10; the number itself otherwise) and the pods it resolved to (before an unavailable 0 is
     * raised to 1, which {@link #raisedToOne} says).
     */
    public record Limit(String written, boolean percent, String exact, int pods) {
        /** True when a percentage did not come to a whole number of pods, so rounding chose the answer. */
        public boolean rounded() {
            return percent && exact.contains(".");
        }
    }

    /** The ReplicaSet sizes after one step; {@code starting} new pods were created by it and are not Ready yet. */
    public record Row(int step, int oldReplicas, int newReplicas, int starting) {
        public int total() {
            return oldReplicas + newReplicas;
        }

        public int available() {
            return total() - starting;
        }
    }

    public RolloutPlan {
        rows = List.copyOf(rows);
    }

    /** The plan for replicas written as text (a whole number from 0 to {@link RollingUpdate#MAX_REPLICAS}). */
    public static RolloutPlan of(String replicas, String maxSurge, String maxUnavailable) {
        String text = replicas == null ? "" : replicas.strip();
        if (!WHOLE.matcher(text).matches() || Integer.parseInt(text) > RollingUpdate.MAX_REPLICAS) {
            throw new RollingUpdate.Refused(RollingUpdate.Refused.Reason.REPLICAS_OUT_OF_RANGE,
                    "replicas must be a whole number from 0 to " + RollingUpdate.MAX_REPLICAS + ", was '" + text + "'",
                    String.valueOf(RollingUpdate.MAX_REPLICAS), text);
        }
        return of(Integer.parseInt(text), maxSurge, maxUnavailable);
    }

    /**
     * The plan, or {@link RollingUpdate.Refused} with the reason Kubernetes would refuse the Deployment.
     */
    public static RolloutPlan of(int replicas, String maxSurge, String maxUnavailable) {
        RollingUpdate.Fenceposts limits = RollingUpdate.resolve(replicas, maxSurge, maxUnavailable);
        RollingUpdate.Value surgeValue = RollingUpdate.parse("maxSurge", maxSurge);
        RollingUpdate.Value unavailableValue = RollingUpdate.parse("maxUnavailable", maxUnavailable);
        Limit surge = limit(maxSurge, surgeValue, replicas, limits.maxSurge());
        int unavailablePods = unavailableValue.percent()
                ? (int) Math.floor(unavailableValue.number() * (double) replicas / 100) : unavailableValue.number();
        Limit unavailable = limit(maxUnavailable, unavailableValue, replicas, unavailablePods);

        List<Row> rows = new ArrayList<>();
        rows.add(new Row(0, replicas, 0, 0));
        int previousNew = 0;
        int step = 1;
        for (RollingUpdate.Step s : RollingUpdate.steps(replicas, limits)) {
            int starting = Math.max(0, s.newReplicas() - previousNew);
            rows.add(new Row(step++, s.oldReplicas(), s.newReplicas(), starting));
            previousNew = s.newReplicas();
        }
        return new RolloutPlan(replicas, surge, unavailable, unavailablePods != limits.maxUnavailable(),
                RollingUpdate.maxTotal(replicas, limits), RollingUpdate.minAvailable(replicas, limits), rows);
    }

    private static Limit limit(String written, RollingUpdate.Value value, int replicas, int pods) {
        String exact = value.percent()
                ? BigDecimal.valueOf((long) value.number() * replicas, 2).stripTrailingZeros().toPlainString()
                : String.valueOf(value.number());
        return new Limit(written.strip(), value.percent(), exact, pods);
    }

    /** The resolved limits in pods: maxSurge and the maxUnavailable the controller uses. */
    public int surgePods() {
        return surge.pods();
    }

    public int unavailablePods() {
        return raisedToOne ? 1 : unavailable.pods();
    }

    /** The scale actions, without the start row. */
    public int stepCount() {
        return rows.size() - 1;
    }
}

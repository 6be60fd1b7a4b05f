package dev.opsdojo.calc.queue;

/**
 * "How many pods for N users?" on the {@link ClosedPool} model: N users with mean think time Z, pods × concurrency
 * servers in one shared FIFO pool (a least-connections or central-queue balancer), exponential service with mean S.
 * The answer is the smallest pod count whose exact p95 response time is at most the target.
 *
 * <p>The p95 never falls below the service time's own p95, ln(20)·S, reached once every user can be served at once
 * (pods × concurrency ≥ N); a target at or below it cannot be met. The search assumes p95 is non-increasing in pods:
 * it starts where utilization would reach 1 at the target (X·S = c with X = N/(Z + target)), gallops to a bracket and
 * bisects, so it costs a few dozen evaluations.
 */
public final class CapacityPlanner {
    /** The largest number of users accepted. */
    public static final int MAX_USERS = 10_000_000;

    private CapacityPlanner() {
    }

    /** The question. Times are in seconds. */
    public record Inputs(int users, double thinkSeconds, double serviceSeconds, int concurrencyPerPod, double targetP95Seconds) {
        public Inputs {
            Checks.atLeast("users", users, 1);
            if (users > MAX_USERS) {
                throw new IllegalArgumentException("users must be at most " + MAX_USERS + ", was " + users);
            }
            Checks.nonNegative("think time", thinkSeconds);
            Checks.positive("service time", serviceSeconds);
            Checks.atLeast("concurrency per pod", concurrencyPerPod, 1);
            Checks.positive("target p95", targetP95Seconds);
        }

        /** Pods enough to serve every user at once; more pods change nothing. */
        public int podsForEveryUser() {
            return (int) Math.min(Integer.MAX_VALUE / concurrencyPerPod, (users + (long) concurrencyPerPod - 1) / concurrencyPerPod);
        }

        /** ln(20)·S: the p95 of the service time alone, which no pod count can beat. */
        public double serviceOnlyP95Seconds() {
            return Math.log(20) * serviceSeconds;
        }
    }

    /** The model's numbers at one pod count. */
    public record Point(int pods, int servers, double throughputPerSecond, double utilization, double meanResponseSeconds,
                       double p95Seconds) {
    }

    /** The answer: met at some pod count, or unreachable. */
    public sealed interface Plan permits Met, Unreachable {
    }

    /** {@code pods} is the smallest count that meets the target; {@code oneFewer} is null when pods = 1. */
    public record Met(Point answer, Point oneFewer) implements Plan {
        public int pods() {
            return answer.pods();
        }
    }

    /** The target is at or below ln(20)·S, the p95 of the service time alone. */
    public record Unreachable(double serviceOnlyP95Seconds) implements Plan {
    }

    /** The model evaluated at {@code pods} pods. */
    public static Point evaluate(Inputs inputs, int pods) {
        Checks.atLeast("pods", pods, 1);
        long servers = (long) pods * inputs.concurrencyPerPod();
        if (servers > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("pods × concurrency is too large: " + servers);
        }
        ClosedPool pool = ClosedPool.of(inputs.users(), inputs.thinkSeconds(), inputs.serviceSeconds(), (int) servers);
        return new Point(pods, (int) servers, pool.throughputPerSecond(), pool.utilization(), pool.meanResponseSeconds(),
                pool.responseQuantileSeconds(0.95));
    }

    /** The utilization capacity plans usually keep as headroom for bursts and slower requests. */
    public static final double HEADROOM_UTILIZATION = 0.7;

    /**
     * The smallest pod count whose utilization is at most {@code maxUtilization}. Utilization falls as pods are added,
     * and at p0 = ceil(N·S/(Z+S) / (u·concurrency)) it is at most u (the throughput can never exceed N/(Z+S)), so the
     * search walks down from p0 while one pod fewer still stays within u.
     */
    public static Point podsAtUtilization(Inputs inputs, double maxUtilization) {
        if (!(maxUtilization > 0 && maxUtilization <= 1)) {
            throw new IllegalArgumentException("utilization must be in (0, 1], was " + maxUtilization);
        }
        double busyServersBound = inputs.users() * inputs.serviceSeconds() / (inputs.thinkSeconds() + inputs.serviceSeconds());
        int pods = (int) Math.max(1, Math.min(inputs.podsForEveryUser(),
                Math.ceil(busyServersBound / (maxUtilization * inputs.concurrencyPerPod()))));
        Point at = evaluate(inputs, pods);
        while (pods > 1) {
            Point fewer = evaluate(inputs, pods - 1);
            if (fewer.utilization() > maxUtilization) {
                break;
            }
            pods--;
            at = fewer;
        }
        return at;
    }

    /** The first pod count tried: where utilization would be 1 at the throughput the target allows. */
    public static int startingPods(Inputs inputs) {
        double servers = inputs.users() * inputs.serviceSeconds() / (inputs.thinkSeconds() + inputs.targetP95Seconds());
        double pods = Math.ceil(servers / inputs.concurrencyPerPod());
        return (int) Math.max(1, Math.min(inputs.podsForEveryUser(), pods));
    }

    /** The smallest pod count whose p95 response time is at most the target. */
    public static Plan plan(Inputs inputs) {
        if (inputs.targetP95Seconds() <= inputs.serviceOnlyP95Seconds()) {
            return new Unreachable(inputs.serviceOnlyP95Seconds());
        }
        int max = inputs.podsForEveryUser();
        int start = startingPods(inputs);
        Point at = evaluate(inputs, start);
        int meets;
        Point meetsPoint;
        int fails;
        if (meets(inputs, at)) {
            meets = start;
            meetsPoint = at;
            fails = 0;
            for (int step = 1; meets > 1; step *= 2) {
                int probe = Math.max(1, meets - step);
                Point p = evaluate(inputs, probe);
                if (meets(inputs, p)) {
                    meets = probe;
                    meetsPoint = p;
                } else {
                    fails = probe;
                    break;
                }
            }
        } else {
            fails = start;
            meets = -1;
            meetsPoint = null;
            for (long step = 1; ; step *= 2) {
                int probe = (int) Math.min(max, fails + step);
                Point p = evaluate(inputs, probe);
                if (meets(inputs, p)) {
                    meets = probe;
                    meetsPoint = p;
                    break;
                }
                fails = probe;
                if (probe == max) {
                    // Only rounding can bring us here, since at max pods the p95 is the service's own.
                    return new Unreachable(inputs.serviceOnlyP95Seconds());
                }
            }
        }
        Point failsPoint = null;
        while (meets - fails > 1) {
            int mid = (int) (((long) meets + fails) >>> 1);
            Point p = evaluate(inputs, mid);
            if (meets(inputs, p)) {
                meets = mid;
                meetsPoint = p;
            } else {
                fails = mid;
                failsPoint = p;
            }
        }
        if (meets > 1 && (failsPoint == null || failsPoint.pods() != meets - 1)) {
            failsPoint = evaluate(inputs, meets - 1);
        }
        return new Met(meetsPoint, meets > 1 ? failsPoint : null);
    }

    private static boolean meets(Inputs inputs, Point point) {
        return point.p95Seconds() <= inputs.targetP95Seconds();
    }
}

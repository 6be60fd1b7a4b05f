package dev.opsdojo.calc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The availability of a system built as a chain of groups in series, each group N identical replicas in parallel
 * where any one replica up is enough. Failures are assumed independent.
 *
 * <p>A group of replicas with availability a is down only when all are down: its unavailability is (1 − a)^N.
 * The chain is up only when every group is up: availability = Π(1 − u_g). The calculation works with the
 * unavailabilities and sums logarithms ({@code log1p}/{@code expm1}), so 99.9999% × 3 gives 10⁻¹⁸ instead of
 * rounding to a perfect 1.
 *
 * <p>A group's share of the downtime is u_g / Σu: exact when at most one group is down at a time, which is nearly
 * always the case at these availabilities (the overlaps are of the order of u_g·u_h).
 */
public final class Redundancy {
    public static final int MAX_REPLICAS = 1000;
    private static final Pattern GROUP = Pattern.compile("(\\d+(?:\\.\\d+)?|\\.\\d+)\\s*%?\\s*(?:[xX×]\\s*(\\d+))?");

    private Redundancy() {
    }

    /**
     * One group: {@code replicas} identical replicas, each available {@code availabilityPercent} of the time (0 to
     * 100), any one of which is enough.
     */
    public record Group(double availabilityPercent, int replicas) {
        public Group {
            if (!Double.isFinite(availabilityPercent) || availabilityPercent < 0 || availabilityPercent > 100) {
                throw new IllegalArgumentException("availability must be a percentage from 0 to 100, was " + trim(availabilityPercent));
            }
            if (replicas < 1 || replicas > MAX_REPLICAS) {
                throw new IllegalArgumentException("replicas must be 1 to " + MAX_REPLICAS + ", was " + replicas);
            }
        }

        /** One replica's unavailability, 1 − a, taken from the decimal percentage so 99.99 gives exactly 10⁻⁴. */
        public double replicaUnavailability() {
            return BigDecimal.valueOf(100).subtract(BigDecimal.valueOf(availabilityPercent)).movePointLeft(2).doubleValue();
        }

        /** The group's unavailability, (1 − a)^N. */
        public double unavailability() {
            return Math.pow(replicaUnavailability(), replicas);
        }

        public Group withReplicas(int n) {
            return new Group(availabilityPercent, n);
        }

        /** "99.9x3", or "99.99" for one replica: the form {@link #parse} reads. */
        @Override
        public String toString() {
            return trim(availabilityPercent) + (replicas == 1 ? "" : "x" + replicas);
        }
    }

    /**
     * A group written {@code AVAILABILITY[xREPLICAS]}: "99.9x3" is three replicas of 99.9%, "99.99" one replica.
     * A % sign after the number is allowed.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Group parse(String text) {
        Matcher m = GROUP.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not AVAILABILITY[xREPLICAS] such as 99.9x3 or 99.99");
        }
        double percent = Double.parseDouble(m.group(1));
        int replicas;
        try {
            replicas = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        } catch (NumberFormatException e) {
            replicas = Integer.MAX_VALUE;
        }
        return new Group(percent, replicas);
    }

    /**
     * A group in the evaluated chain.
     *
     * @param unavailability                the group's unavailability (1 − a)^N
     * @param share                         its share of the chain's downtime, u_g / Σu (0 when Σu is 0)
     * @param unavailabilityWithOneMore     the group's unavailability with one more replica
     * @param systemUnavailabilityWithOneMore the chain's unavailability with one more replica in this group
     */
    public record GroupResult(Group group, double unavailability, double share, double unavailabilityWithOneMore,
                              double systemUnavailabilityWithOneMore) {
        public double availability() {
            return 1 - unavailability;
        }

        /** The group's own expected downtime per year, u_g × 365 days, in seconds. */
        public double downtimeSecondsPerYear() {
            return unavailability * Nines.YEAR_SECONDS;
        }
    }

    /**
     * The chain's availability.
     *
     * @param groups         each group, in the order given
     * @param unavailability 1 − Π(1 − u_g)
     * @param dominantGroup  the index of the group with the largest unavailability (the first of equals)
     */
    public record Result(List<GroupResult> groups, double unavailability, int dominantGroup) {
        public Result {
            groups = List.copyOf(groups);
        }

        /** The availability as a fraction; equals 1.0 in double precision beyond about 16 nines: use {@link #unavailability()}. */
        public double availability() {
            return 1 - unavailability;
        }

        /** −log10 of the unavailability: 3 for 99.9%; infinite for a chain that never fails. */
        public double nines() {
            return -Math.log10(unavailability);
        }

        /** Expected downtime per period in seconds: unavailability × period. */
        public double downtimeSeconds(Nines.Period period) {
            return unavailability * period.seconds;
        }

        /** The availability as an exact decimal fraction, 1 − u with u rounded to 12 significant digits. */
        public BigDecimal availabilityDecimal() {
            return Redundancy.availabilityDecimal(unavailability, 12);
        }
    }

    /**
     * Evaluates a chain of one or more groups.
     *
     * @throws IllegalArgumentException for an empty chain
     */
    public static Result evaluate(List<Group> groups) {
        Objects.requireNonNull(groups, "groups");
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("give at least one group");
        }
        double[] u = new double[groups.size()];
        double sum = 0;
        int dominant = 0;
        for (int i = 0; i < u.length; i++) {
            u[i] = groups.get(i).unavailability();
            sum += u[i];
            if (u[i] > u[dominant]) {
                dominant = i;
            }
        }
        double total = series(u);
        List<GroupResult> results = new ArrayList<>();
        for (int i = 0; i < u.length; i++) {
            Group group = groups.get(i);
            double[] more = u.clone();
            more[i] = u[i] * group.replicaUnavailability();
            results.add(new GroupResult(group, u[i], sum == 0 ? 0 : u[i] / sum, more[i], series(more)));
        }
        return new Result(results, total, dominant);
    }

    /** 1 − Π(1 − u_i), computed as −expm1(Σ log1p(−u_i)) to keep tiny unavailabilities. */
    static double series(double[] unavailabilities) {
        double logUp = 0;
        for (double u : unavailabilities) {
            if (u >= 1) {
                return 1;
            }
            logUp += Math.log1p(-u);
        }
        return -Math.expm1(logUp);
    }

    /** "99.9999999999999999" for u = 10⁻¹⁸: the availability in percent, u rounded to {@code digits} significant digits. */
    public static String percentText(double unavailability, int digits) {
        return availabilityDecimal(unavailability, digits).movePointRight(2).stripTrailingZeros().toPlainString();
    }

    /** 1 − u as an exact decimal fraction, u rounded to {@code digits} significant digits (1 for u ≤ 0). */
    public static BigDecimal availabilityDecimal(double unavailability, int digits) {
        if (unavailability <= 0) {
            return BigDecimal.ONE;
        }
        BigDecimal u = new BigDecimal(unavailability).round(new MathContext(digits, RoundingMode.HALF_EVEN));
        return BigDecimal.ONE.subtract(u).stripTrailingZeros();
    }

    private static String trim(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
    }
}

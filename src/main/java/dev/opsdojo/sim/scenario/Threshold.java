package dev.opsdojo.sim.scenario;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A k6-style pass/fail check over the whole run, such as {@code p(95)<300} or {@code errors<1%}: a metric, a comparison
 * and a value. Latency metrics ({@code p(N)}, {@code avg}, {@code med}, {@code min}, {@code max}) take milliseconds
 * ({@code ms} may be written; {@code s} means seconds); {@code errors} takes a percentage written with {@code %};
 * {@code apdex} takes a score from 0 to 1. {@code value} is stored in those units (seconds converted to ms).
 */
public record Threshold(String expression, Metric metric, Double percentile, Comparison comparison, double value) {

    private static final Pattern SYNTAX = Pattern.compile(
            "\\s*(p\\(\\s*([0-9]+(?:\\.[0-9]+)?)\\s*\\)|avg|med|min|max|errors|apdex)\\s*(<=|>=|==|!=|<|>)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(ms|s|%)?\\s*");

    public Threshold {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(comparison, "comparison");
    }

    public enum Metric { PERCENTILE, AVG, MED, MIN, MAX, ERRORS, APDEX }

    public enum Comparison {
        LT("<"), LE("<="), GT(">"), GE(">="), EQ("=="), NE("!=");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public boolean test(double observed, double limit) {
            return switch (this) {
                case LT -> observed < limit;
                case LE -> observed <= limit;
                case GT -> observed > limit;
                case GE -> observed >= limit;
                case EQ -> observed == limit;
                case NE -> observed != limit;
            };
        }
    }

    /** Whether an observed value (in this threshold's units) passes. */
    public boolean passes(double observed) {
        return comparison.test(observed, value);
    }

    /**
     * Reads a threshold expression.
     *
     * @throws IllegalArgumentException with a message fit to show, when the syntax or the unit is wrong
     */
    public static Threshold parse(String expression) {
        Matcher m = SYNTAX.matcher(expression);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + expression + "' is not a threshold: write METRIC OP VALUE, e.g. \"p(95)<300\", "
                    + "\"avg<=200ms\", \"errors<1%\", \"apdex>0.9\" (metrics: p(N), avg, med, min, max, errors, apdex)");
        }
        String name = m.group(1);
        String unit = m.group(5);
        double number = Double.parseDouble(m.group(4));
        Comparison comparison = null;
        for (Comparison c : Comparison.values()) {
            if (c.symbol.equals(m.group(3))) {
                comparison = c;
            }
        }
        if (name.startsWith("p(")) {
            double percentile = Double.parseDouble(m.group(2));
            if (percentile <= 0 || percentile > 100) {
                throw new IllegalArgumentException("'" + expression + "': the percentile in p(N) must be more than 0 and at most 100");
            }
            return new Threshold(expression, Metric.PERCENTILE, percentile, comparison, latencyMs(expression, number, unit));
        }
        Metric metric = Metric.valueOf(name.toUpperCase(Locale.ROOT));
        return switch (metric) {
            case ERRORS -> {
                if (!"%".equals(unit)) {
                    throw new IllegalArgumentException("'" + expression + "': errors is a percentage; write it with %, e.g. \"errors<1%\"");
                }
                if (number > 100) {
                    throw new IllegalArgumentException("'" + expression + "': a percentage is at most 100");
                }
                yield new Threshold(expression, metric, null, comparison, number);
            }
            case APDEX -> {
                if (unit != null || number > 1) {
                    throw new IllegalArgumentException("'" + expression + "': apdex is a score from 0 to 1 without a unit, e.g. \"apdex>0.9\"");
                }
                yield new Threshold(expression, metric, null, comparison, number);
            }
            default -> new Threshold(expression, metric, null, comparison, latencyMs(expression, number, unit));
        };
    }

    private static double latencyMs(String expression, double number, String unit) {
        if ("%".equals(unit)) {
            throw new IllegalArgumentException("'" + expression + "': a latency takes ms or s, not %");
        }
        return "s".equals(unit) ? number * 1000 : number;
    }
}

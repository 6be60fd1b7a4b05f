package dev.opsdojo.sim.engine;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A k6-style threshold judged once at the end of a run. Grammar: {@code metric op value}, with
 * <ul>
 * <li>metric: {@code p(N)} (the N-th latency percentile, 0 &lt; N ≤ 100), {@code avg}, {@code med}, {@code min},
 * {@code max} (latency of successful requests, in ms), or {@code errors} / {@code rate} (failed share of ended
 * requests, k6's {@code http_req_failed});</li>
 * <li>op: {@code <}, {@code <=}, {@code >}, {@code >=}, {@code ==};</li>
 * <li>value: a number; latency values may end in {@code ms} or {@code s}, rates in {@code %}.</li>
 * </ul>
 * Examples: {@code p(95)<300}, {@code p(99)<=1000}, {@code avg<200}, {@code errors<1%}, {@code rate<0.01}.
 */
public record Threshold(String expression, Metric metric, double percentile, String operator, double value) {
    private static final Pattern GRAMMAR = Pattern.compile(
            "\\s*(p\\(\\s*([0-9]+(?:\\.[0-9]+)?)\\s*\\)|avg|med|min|max|errors|rate)\\s*(<=|>=|==|<|>)\\s*"
                    + "([0-9]+(?:\\.[0-9]+)?)\\s*(ms|s|%)?\\s*");

    /** What a threshold measures. */
    public enum Metric { PERCENTILE, AVG, MED, MIN, MAX, ERROR_RATE }

    /** Parses an expression; IllegalArgumentException naming the expression when it does not fit the grammar. */
    public static Threshold parse(String expression) {
        Matcher m = GRAMMAR.matcher(expression.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("threshold '" + expression
                    + "' does not parse; expected e.g. p(95)<300, avg<200, errors<1% or rate<0.01");
        }
        String name = m.group(1);
        Metric metric = name.startsWith("p(") ? Metric.PERCENTILE : switch (name) {
            case "avg" -> Metric.AVG;
            case "med" -> Metric.MED;
            case "min" -> Metric.MIN;
            case "max" -> Metric.MAX;
            default -> Metric.ERROR_RATE;
        };
        double percentile = metric == Metric.PERCENTILE ? Double.parseDouble(m.group(2)) : 0;
        if (metric == Metric.PERCENTILE && !(percentile > 0 && percentile <= 100)) {
            throw new IllegalArgumentException("threshold '" + expression + "': percentile must be in (0, 100]");
        }
        double value = Double.parseDouble(m.group(4));
        String unit = m.group(5);
        if (metric == Metric.ERROR_RATE) {
            if ("ms".equals(unit) || "s".equals(unit)) {
                throw new IllegalArgumentException("threshold '" + expression + "': a rate takes no time unit");
            }
            if ("%".equals(unit)) {
                value /= 100;
            }
        } else {
            if ("%".equals(unit)) {
                throw new IllegalArgumentException("threshold '" + expression + "': a latency takes ms or s, not %");
            }
            if ("s".equals(unit)) {
                value *= 1000;
            }
        }
        return new Threshold(expression.trim(), metric, percentile, m.group(3), value);
    }

    /** Whether an observed value (ms, or a rate in [0, 1]) passes. */
    public boolean passes(double observed) {
        return switch (operator) {
            case "<" -> observed < value;
            case "<=" -> observed <= value;
            case ">" -> observed > value;
            case ">=" -> observed >= value;
            default -> observed == value;
        };
    }

    /** The judged outcome: the observed value (ms or rate) and whether it passed. */
    public record Result(String expression, double observed, boolean passed) {
    }
}

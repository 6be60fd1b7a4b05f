package dev.opsdojo.sim.deploy.manifest;

import static dev.opsdojo.sim.deploy.manifest.YamlWriter.map;

import dev.opsdojo.sim.deploy.Analysis;
import dev.opsdojo.sim.deploy.Release;
import dev.opsdojo.sim.scenario.Service;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * The Argo Rollouts AnalysisTemplates for an {@link Analysis}: two Prometheus metrics, the error rate and the p95
 * latency, measured on the pods of one ReplicaSet.
 *
 * <p>The pods are told apart by the {@code rollouts-pod-template-hash} label Argo Rollouts puts on every pod it
 * creates; the Rollout passes the hashes in as arguments ({@code valueFrom.podTemplateHashValue: Latest / Stable}).
 * That works with and without traffic routing, unlike a Service or ingress label. It assumes the application exports
 * the usual {@code http_requests_total{code}} counter and {@code http_request_duration_seconds} histogram, and that
 * Prometheus copies pod labels onto the series (a {@code labelmap} of {@code __meta_kubernetes_pod_label_(.+)}, which
 * turns the label into {@code rollouts_pod_template_hash}).
 *
 * <p>An interval in which the new version served fewer than {@code minRequests} requests gives an empty result,
 * which the success condition accepts ({@code len(result) == 0 || …}): like the simulator, such a measurement never
 * counts as a failure. Without that guard Argo Rollouts evaluates {@code result[0]} on an empty result as an error,
 * and enough consecutive errors abort the rollout.
 */
final class AnalysisManifests {
    static final String PROMETHEUS_ADDRESS = "http://prometheus.monitoring.svc.cluster.local:9090";
    static final String ERROR_RATE_METRIC = "error-rate";
    static final String P95_METRIC = "p95-latency";
    static final String CANARY_HASH = "canary-hash";
    static final String STABLE_HASH = "stable-hash";
    static final String NEW_HASH = "new-hash";
    /** z with P(Z ≤ z) = 0.95 for a standard normal Z. */
    private static final double Z_95 = 1.6448536269514722;

    private AnalysisManifests() {
    }

    /** The {@code args} a Rollout passes: each name with {@code valueFrom.podTemplateHashValue}. */
    static List<YamlWriter.Node.Mapping> hashArgs(boolean canary) {
        if (canary) {
            return List.of(hashArg(CANARY_HASH, "Latest"), hashArg(STABLE_HASH, "Stable"));
        }
        return List.of(hashArg(NEW_HASH, "Latest"));
    }

    private static YamlWriter.Node.Mapping hashArg(String name, String which) {
        return map("name", name, "valueFrom", map("podTemplateHashValue", which));
    }

    /**
     * Background analysis of a canary: each interval, the canary's error rate minus the stable one's, and the
     * canary's p95 over the stable p95, the simulator's two rules.
     */
    static YamlWriter.Node.Mapping canarySpec(String app, Analysis analysis) {
        String window = window(analysis);
        String canary = selector(app, CANARY_HASH);
        String stable = selector(app, STABLE_HASH);
        String enough = enoughRequests(canary, window, analysis.minRequests());
        String errorQuery = "(\n  " + errorRatio(canary, window) + "\n)\n- (\n  " + errorRatio(stable, window) + "\n)\n" + enough;
        String p95Query = p95(canary, window) + "\n  / " + p95(stable, window) + "\n" + enough;
        YamlWriter.Node.Mapping spec = map("args", List.of(map("name", CANARY_HASH), map("name", STABLE_HASH)));
        spec.put("metrics", List.of(
                metric(ERROR_RATE_METRIC, analysis, null, "canary error rate − stable error rate, as a fraction (0.01 = one percentage point)",
                        analysis.maxErrorRateIncrease(), errorQuery),
                metric(P95_METRIC, analysis, null, "canary p95 latency ÷ stable p95 latency", analysis.maxP95Ratio(), p95Query)));
        return spec;
    }

    /**
     * Post-promotion analysis of a blue/green release. Blue gets no traffic after the switch, so there is nothing to
     * compare with live: the limits are the stable release's own numbers from the scenario (its normal error rate,
     * and its service-time p95 without queueing) with the analysis's allowance on top. {@code count} is how many
     * measurements fit in {@code scaleDownDelaySeconds}: Argo Rollouts cancels the run when it scales blue down.
     */
    static YamlWriter.Node.Mapping postPromotionSpec(String app, Analysis analysis, Release stable, Service service, int scaleDownDelaySeconds) {
        String window = window(analysis);
        String green = selector(app, NEW_HASH);
        String enough = enoughRequests(green, window, analysis.minRequests());
        double errorLimit = Math.min(1, stable.errorRate() + analysis.maxErrorRateIncrease());
        double stableP95Ms = serviceTimeP95Ms(service) * stable.latencyFactor();
        double p95LimitSeconds = analysis.maxP95Ratio() * stableP95Ms / 1000;
        int count = Math.max(1, (int) Math.floor((scaleDownDelaySeconds - analysis.initialDelaySeconds()) / analysis.intervalSeconds()));
        YamlWriter.Node.Mapping spec = map("args", List.of(map("name", NEW_HASH)));
        spec.put("metrics", List.of(
                metric(ERROR_RATE_METRIC, analysis, count, String.format(Locale.ROOT,
                        "green error rate; limit = the stable release's %s + the allowed increase %s", number(stable.errorRate()),
                        number(analysis.maxErrorRateIncrease())), errorLimit, errorRatio(green, window) + "\n" + enough),
                metric(P95_METRIC, analysis, count, String.format(Locale.ROOT,
                        "green p95 latency in seconds; limit = %s × the stable release's service-time p95 (%s ms)",
                        number(analysis.maxP95Ratio()), number(round(stableP95Ms, 1))), p95LimitSeconds, p95(green, window) + "\n" + enough)));
        return spec;
    }

    private static YamlWriter.Node.Mapping metric(String name, Analysis analysis, Integer count, String what, double limit, String query) {
        YamlWriter.Node.Mapping m = map("name", name);
        m.comment(what);
        m.put("interval", seconds(analysis.intervalSeconds()));
        if (analysis.initialDelaySeconds() > 0) {
            m.put("initialDelay", seconds(analysis.initialDelaySeconds()));
        }
        m.putIfPresent("count", count);
        m.comment("failed measurements allowed before the analysis fails and the rollout aborts");
        m.put("failureLimit", analysis.failureLimit());
        m.comment("an empty result (fewer than " + analysis.minRequests() + " requests in the window) is not a failure");
        m.put("successCondition", "len(result) == 0 || result[0] <= " + number(limit));
        m.put("provider", map("prometheus", map("address", PROMETHEUS_ADDRESS, "query", new YamlWriter.Node.Literal(query + "\n"))));
        return m;
    }

    private static String selector(String app, String hashArg) {
        return "app=\"" + app + "\", rollouts_pod_template_hash=\"{{args." + hashArg + "}}\"";
    }

    private static String errorRatio(String selector, String window) {
        return "(sum(rate(http_requests_total{" + selector + ", code=~\"5..\"}[" + window + "])) or vector(0))\n  / sum(rate(http_requests_total{"
                + selector + "}[" + window + "]))";
    }

    private static String p95(String selector, String window) {
        return "histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{" + selector + "}[" + window + "])))";
    }

    private static String enoughRequests(String selector, String window, int minRequests) {
        return "and on() (sum(increase(http_requests_total{" + selector + "}[" + window + "])) >= " + minRequests + ")";
    }

    /** The rate window: the interval, but at least a minute, since rate() needs two scrapes inside it. */
    static String window(Analysis analysis) {
        return Math.max(60, (int) Math.ceil(analysis.intervalSeconds())) + "s";
    }

    /** A duration as Argo Rollouts writes it: whole seconds, rounded up. */
    static String seconds(double seconds) {
        return (long) Math.ceil(seconds) + "s";
    }

    /** The p95 of one request's service time, in ms (the cache, if any, left out: misses set the tail). */
    static double serviceTimeP95Ms(Service service) {
        return switch (service.distribution()) {
            case CONSTANT -> service.meanMs();
            case EXPONENTIAL -> service.meanMs() * Math.log(20);
            case LOGNORMAL -> {
                double sigma = Math.log(service.p99Ms() / service.medianMs()) / Service.Z_99;
                yield service.medianMs() * Math.exp(Z_95 * sigma);
            }
        };
    }

    private static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    /** A number as a short decimal (no exponent, no trailing zeros). */
    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}

package dev.opsdojo.sim.deploy.manifest;

import static dev.opsdojo.sim.deploy.manifest.YamlWriter.map;

import dev.opsdojo.sim.deploy.DeployScenario;
import dev.opsdojo.sim.deploy.DeploymentSpec;
import dev.opsdojo.sim.deploy.Release;
import dev.opsdojo.sim.deploy.Strategy;
import dev.opsdojo.sim.scenario.Pods;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The Kubernetes manifests a learner would {@code kubectl apply} to a real cluster for a deployment scenario, as
 * YAML: a Deployment for rolling and recreate updates, an Argo Rollouts {@code Rollout} for canary and blue/green
 * (with its Services, Ingress and AnalysisTemplate), two Deployments and an ingress-nginx routing rule for an A/B test,
 * and an HPA when the scenario has one. A replica-ratio canary also gets its plain-Kubernetes equivalent (two
 * Deployments, {@code track: stable} and {@code track: canary}, behind one Service), marked "without Argo Rollouts".
 *
 * <p>Names come from {@link DeploymentSpec#app()} (suffixed, e.g. {@code <app>-canary}, and shortened to stay within
 * Kubernetes' 63 characters); every pod carries {@code app: <app>}. The container listens on port 8080 (named
 * {@code http}), is Ready when {@code GET /healthz} answers, and its requests and limits come from the scenario's
 * pods. Each manifest's text starts with a one-line {@code #} comment saying what it is for.
 */
public final class Manifests {
    static final int CONTAINER_PORT = 8080;
    static final int SERVICE_PORT = 80;
    static final String PORT_NAME = "http";
    static final String HEALTH_PATH = "/healthz";
    static final String INGRESS_CLASS = "nginx";
    static final String NGINX = "nginx.ingress.kubernetes.io/";
    static final String AB_HEADER = "X-Variant";
    static final String AB_COOKIE = "ab_variant";
    static final String USER_ID_HEADER_VARIABLE = "$http_x_user_id";
    static final String ARGO_API = "argoproj.io/v1alpha1";
    private static final int MAX_NAME = 63;

    /** One Kubernetes object: its kind, apiVersion, metadata.name and its YAML (starting with a {@code #} line). */
    public record Manifest(String kind, String apiVersion, String name, String yaml) {
        public Manifest {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(apiVersion, "apiVersion");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(yaml, "yaml");
        }
    }

    private Manifests() {
    }

    /** The manifests for the configuration of {@code scenario}, in the order they are best applied and read. */
    public static List<Manifest> of(DeployScenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        Builder b = new Builder(scenario);
        Strategy strategy = scenario.deployment().strategy();
        if (strategy instanceof Strategy.Rolling rolling) {
            b.deploymentUpdate(rolling);
        } else if (strategy instanceof Strategy.Recreate) {
            b.deploymentUpdate(null);
        } else if (strategy instanceof Strategy.Canary canary) {
            b.canary(canary);
        } else if (strategy instanceof Strategy.BlueGreen blueGreen) {
            b.blueGreen(blueGreen);
        } else if (strategy instanceof Strategy.AbTest ab) {
            b.abTest(ab);
        } else {
            throw new IllegalArgumentException("no manifests for " + strategy);
        }
        return List.copyOf(b.out);
    }

    /** The documents as one file for {@code kubectl apply -f}: each document separated by a {@code ---} line. */
    public static String combined(List<Manifest> manifests) {
        StringBuilder out = new StringBuilder();
        for (Manifest m : manifests) {
            if (out.length() > 0) {
                out.append("---\n");
            }
            out.append(m.yaml());
            if (!m.yaml().endsWith("\n")) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** A file name for saving one manifest, unique within one scenario's list: {@code <name>-<kind>.yaml}. */
    public static String fileName(Manifest manifest) {
        String kind = switch (manifest.kind()) {
            case "HorizontalPodAutoscaler" -> "hpa";
            default -> manifest.kind().toLowerCase(Locale.ROOT);
        };
        return manifest.name() + "-" + kind + ".yaml";
    }

    /** A file name for saving {@link #combined} of a scenario: {@code <app>-<strategy>.yaml}. */
    public static String fileName(DeployScenario scenario) {
        return scenario.deployment().app() + "-" + scenario.deployment().strategy().json() + ".yaml";
    }

    /** {@code <app>-<suffix>}, the app part shortened so the name fits Kubernetes' 63 characters. */
    static String name(String app, String suffix) {
        if (suffix.isEmpty()) {
            return app;
        }
        int room = MAX_NAME - suffix.length() - 1;
        String base = app.length() <= room ? app : app.substring(0, room).replaceAll("-+$", "");
        return base + "-" + suffix;
    }

    /** Collects the manifests of one scenario. */
    private static final class Builder {
        private final DeploymentSpec d;
        private final Pods pods;
        private final DeployScenario scenario;
        private final String app;
        private final List<Manifest> out = new ArrayList<>();

        Builder(DeployScenario scenario) {
            this.scenario = scenario;
            this.d = scenario.deployment();
            this.pods = scenario.base().pods();
            this.app = d.app();
        }

        // ---- rolling and recreate ------------------------------------------------------------------------------

        /** A Deployment with RollingUpdate ({@code rolling}) or Recreate (null), its Service and HPA. */
        void deploymentUpdate(Strategy.Rolling rolling) {
            Strategy.Rolling limits = rolling == null ? Strategy.Rolling.DEFAULT : rolling;
            YamlWriter.Node.Mapping strategy;
            String how;
            if (rolling != null) {
                strategy = map("type", "RollingUpdate", "rollingUpdate",
                        map("maxSurge", intOrPercent(rolling.maxSurge()), "maxUnavailable", intOrPercent(rolling.maxUnavailable())));
                how = "RollingUpdate, maxSurge " + rolling.maxSurge().strip() + ", maxUnavailable " + rolling.maxUnavailable().strip();
            } else {
                strategy = map("type", "Recreate");
                how = "Recreate (every old pod stops before the new ones start: downtime)";
            }
            YamlWriter.Node.Mapping spec = map();
            hpaReplicasNote(spec);
            spec.put("replicas", d.replicas());
            spec.comment("old ReplicaSets kept for kubectl rollout undo");
            spec.put("revisionHistoryLimit", limits.revisionHistoryLimit());
            spec.comment("a new pod counts as available this long after it turns Ready");
            spec.put("minReadySeconds", limits.minReadySeconds());
            spec.comment("no progress for this long: Progressing=False, ProgressDeadlineExceeded (no automatic rollback)");
            spec.put("progressDeadlineSeconds", limits.progressDeadlineSeconds());
            spec.put("selector", map("matchLabels", mapping(appLabel())));
            spec.put("strategy", strategy);
            spec.comment(changeNote());
            spec.put("template", podTemplate(appLabel(), d.release()));
            add("Deployment", "apps/v1", app, "Deployment " + app + ": rolls " + d.release().image() + " out with " + how, spec);
            add(service(app, appLabel(), "Service " + app + ": one stable address for the pods of Deployment " + app, null));
            hpa("Deployment", "apps/v1", app);
        }

        // ---- canary --------------------------------------------------------------------------------------------

        void canary(Strategy.Canary c) {
            boolean weighted = c.trafficRouting() == Strategy.TrafficRouting.WEIGHTED;
            String stableService = name(app, "stable");
            String canaryService = name(app, "canary");
            String template = name(app, "analysis");
            YamlWriter.Node.Mapping canary = map();
            canary.comment("the controller adds the canary / stable ReplicaSet's pod-template hash to these Services' selectors");
            canary.put("canaryService", canaryService);
            canary.put("stableService", stableService);
            if (weighted) {
                canary.comment("ingress-nginx splits traffic by exact weight: Argo Rollouts clones Ingress " + app
                        + " into a canary Ingress and sets its canary-weight at each step");
                canary.put("trafficRouting", map("nginx", map("stableIngress", app)));
            } else {
                canary.comment("no trafficRouting: the weight is approximated by pod counts, rounded up on both sides,"
                        + " and Service " + app + " spreads requests over all Ready pods");
            }
            canary.put("maxSurge", intOrPercent(c.maxSurge()));
            canary.put("maxUnavailable", intOrPercent(c.maxUnavailable()));
            if (c.analysis() != null) {
                canary.comment("background analysis from the first step; a failed run aborts: all traffic back to stable");
                canary.put("analysis", map("templates", List.of(map("templateName", template)), "args", AnalysisManifests.hashArgs(true)));
            }
            if (c.steps().isEmpty()) {
                canary.comment("no steps: the Rollout replaces the pods like a rolling update");
            } else {
                canary.put("steps", steps(c.steps()));
            }
            add(rollout("canary", canary, "Rollout " + app + ": canary of " + d.release().image() + " in " + c.steps().size()
                    + " steps, " + (weighted ? "traffic weighted by ingress-nginx" : "traffic by replica ratio") + " (Argo Rollouts)"));
            if (!weighted) {
                add(service(app, appLabel(), "Service " + app + ": the traffic, over every pod of both versions (the replica ratio is the split)",
                        "also the one Service of the plain-Kubernetes canary below: it selects only the label both tracks share"));
            }
            add(service(stableService, appLabel(), "Service " + stableService + ": the stable pods (Argo Rollouts adds the stable hash to the selector)", null));
            add(service(canaryService, appLabel(), "Service " + canaryService + ": the canary pods (Argo Rollouts adds the canary hash to the selector)", null));
            if (weighted) {
                add(ingress(app, stableService, "Ingress " + app + ": the stable Ingress; Argo Rollouts derives the canary Ingress from it", Map.of(),
                        null));
            }
            if (c.analysis() != null) {
                add(analysisTemplate(template, AnalysisManifests.canarySpec(app, c.analysis()), "AnalysisTemplate " + template
                        + ": canary vs stable error rate and p95 latency from Prometheus; failing it aborts the canary"));
            }
            hpa("Rollout", ARGO_API, app);
            if (!weighted) {
                plainReplicaRatioCanary(c);
            }
        }

        private List<YamlWriter.Node.Mapping> steps(List<Strategy.CanaryStep> steps) {
            List<YamlWriter.Node.Mapping> list = new ArrayList<>();
            for (Strategy.CanaryStep step : steps) {
                if (step instanceof Strategy.CanaryStep.SetWeight w) {
                    list.add(map("setWeight", w.weight()));
                } else if (step instanceof Strategy.CanaryStep.Pause p) {
                    list.add(map("pause", p.durationSeconds() == null ? map() : map("duration", AnalysisManifests.seconds(p.durationSeconds()))));
                } else {
                    throw new IllegalArgumentException("unknown step " + step);
                }
            }
            return list;
        }

        /**
         * The same first canary step without Argo Rollouts (ROLLING.md §7): two Deployments whose pods share
         * {@code app} and differ in {@code track}, behind Service {@code <app>}; the pod counts are the first
         * non-zero setWeight's, rounded up on both sides as Argo Rollouts does.
         */
        private void plainReplicaRatioCanary(Strategy.Canary c) {
            int weight = c.steps().stream().filter(s -> s instanceof Strategy.CanaryStep.SetWeight w && w.weight() > 0)
                    .mapToInt(s -> ((Strategy.CanaryStep.SetWeight) s).weight()).findFirst().orElse(0);
            if (weight == 0) {
                return;
            }
            int[] counts = replicaRatio(d.replicas(), weight);
            int canaryPods = counts[0];
            int stablePods = counts[1];
            String share = String.format(Locale.ROOT, "%d of %d pods, about %d%% of requests", canaryPods, canaryPods + stablePods,
                    Math.round(100.0 * canaryPods / (canaryPods + stablePods)));
            plainTrack("stable", stablePods, d.stable(), "Deployment " + name(app, "stable")
                    + ", without Argo Rollouts: the stable track of a replica-ratio canary (apply instead of the Rollout)",
                    "to promote: set this image to " + d.release().image() + ", then delete Deployment " + name(app, "canary"));
            plainTrack("canary", canaryPods, d.release(), "Deployment " + name(app, "canary")
                    + ", without Argo Rollouts: the canary track at setWeight " + weight + " (" + share + ")",
                    "no HPA on the tracks: scaling one would change the pod ratio, which is the traffic split");
        }

        private void plainTrack(String track, int replicas, Release release, String purpose, String note) {
            Map<String, String> labels = withLabels(appLabel(), "track", track);
            YamlWriter.Node.Mapping spec = map();
            spec.comment(note);
            spec.put("replicas", replicas);
            spec.put("selector", map("matchLabels", mapping(labels)));
            spec.put("template", podTemplate(labels, release));
            add("Deployment", "apps/v1", name(app, track), purpose, spec);
        }

        // ---- blue/green ----------------------------------------------------------------------------------------

        void blueGreen(Strategy.BlueGreen bg) {
            String active = name(app, "active");
            String preview = name(app, "preview");
            String template = name(app, "analysis");
            YamlWriter.Node.Mapping blueGreen = map();
            blueGreen.comment("production traffic: switched to the new ReplicaSet at promotion");
            blueGreen.put("activeService", active);
            blueGreen.comment("the new ReplicaSet before promotion, for testing without users");
            blueGreen.put("previewService", preview);
            blueGreen.comment(bg.autoPromotionEnabled() ? "switch as soon as every new pod is available"
                    : "pause before the switch until kubectl argo rollouts promote " + app);
            blueGreen.put("autoPromotionEnabled", bg.autoPromotionEnabled());
            if (bg.autoPromotionSeconds() > 0) {
                blueGreen.comment("or switch by itself this long after the new pods are ready");
                blueGreen.put("autoPromotionSeconds", bg.autoPromotionSeconds());
            }
            blueGreen.comment("blue stays up this long after the switch: the window for an instant switch back");
            blueGreen.put("scaleDownDelaySeconds", bg.scaleDownDelaySeconds());
            if (bg.previewReplicaCount() != null) {
                blueGreen.comment("pods in the preview before promotion; scaled to replicas just before the switch");
                blueGreen.put("previewReplicaCount", bg.previewReplicaCount());
            }
            if (bg.postPromotionAnalysis() != null) {
                blueGreen.comment("after the switch; if it fails, traffic goes back to blue");
                blueGreen.put("postPromotionAnalysis", map("templates", List.of(map("templateName", template)), "args",
                        AnalysisManifests.hashArgs(false)));
            }
            add(rollout("blueGreen", blueGreen, "Rollout " + app + ": blue/green release of " + d.release().image() + " (Argo Rollouts)"));
            add(service(active, appLabel(), "Service " + active + ": the active (production) Service, switched to green at promotion", null));
            add(service(preview, appLabel(), "Service " + preview + ": the preview Service, the new ReplicaSet before promotion", null));
            if (bg.postPromotionAnalysis() != null) {
                add(analysisTemplate(template, AnalysisManifests.postPromotionSpec(app, bg.postPromotionAnalysis(), d.stable(),
                        scenario.base().service(), bg.scaleDownDelaySeconds()), "AnalysisTemplate " + template
                        + ": green's error rate and p95 latency after the switch; failing it switches traffic back to blue"));
            }
            hpa("Rollout", ARGO_API, app);
        }

        // ---- A/B -----------------------------------------------------------------------------------------------

        /**
         * Two Deployments (a: the stable release, b: the new one), a Service each, and the routing of users to them.
         * The pods are split between the variants in proportion to their share of users, so each has the capacity
         * for its traffic (and, with the user-id hash, the pod counts are what makes the split).
         */
        void abTest(Strategy.AbTest ab) {
            int[] counts = abReplicas(d.replicas(), ab.variantBPercent());
            int podsA = counts[0];
            int podsB = counts[1];
            String nameA = name(app, "a");
            String nameB = name(app, "b");
            Map<String, String> labelsA = withLabels(appLabel(), "variant", "a");
            Map<String, String> labelsB = withLabels(appLabel(), "variant", "b");
            variant(nameA, labelsA, podsA, d.stable(), "Deployment " + nameA + ": variant A of the A/B test, the stable release "
                    + d.stable().image());
            variant(nameB, labelsB, podsB, d.release(), "Deployment " + nameB + ": variant B of the A/B test, the new release "
                    + d.release().image());
            add(service(nameA, labelsA, "Service " + nameA + ": the pods of variant A", null));
            add(service(nameB, labelsB, "Service " + nameB + ": the pods of variant B", null));
            switch (ab.split()) {
                case HEADER -> {
                    add(ingress(app, nameA, "Ingress " + app + ": every request goes to variant A unless the canary Ingress " + nameB
                            + " takes it", Map.of(), null));
                    Map<String, String> annotations = new LinkedHashMap<>();
                    annotations.put(NGINX + "canary", "true");
                    annotations.put(NGINX + "canary-by-header", AB_HEADER);
                    annotations.put(NGINX + "canary-by-header-value", "b");
                    add(ingress(nameB, nameB, "Ingress " + nameB + ": requests with header " + AB_HEADER + ": b go to variant B (ingress-nginx canary)",
                            annotations, String.join("\n",
                                    "ingress-nginx canary Ingress: same host and path as Ingress " + app + ", other backend.",
                                    "A request whose " + AB_HEADER + " header equals canary-by-header-value goes to " + nameB + ";",
                                    "any other value, or no header, falls through to the other canary rules (there are none here:",
                                    "no canary-weight, which would pick random requests), so to variant A.",
                                    "ingress-nginx only routes: something in front (the client, an edge function, a feature-flag",
                                    "service) must give the same " + ab.variantBPercent() + "% of users " + AB_HEADER + ": b on every request.")));
                }
                case COOKIE -> {
                    add(ingress(app, nameA, "Ingress " + app + ": every request goes to variant A unless the canary Ingress " + nameB
                            + " takes it", Map.of(), null));
                    Map<String, String> annotations = new LinkedHashMap<>();
                    annotations.put(NGINX + "canary", "true");
                    annotations.put(NGINX + "canary-by-cookie", AB_COOKIE);
                    add(ingress(nameB, nameB, "Ingress " + nameB + ": requests with cookie " + AB_COOKIE + "=always go to variant B (ingress-nginx canary)",
                            annotations, String.join("\n",
                                    "ingress-nginx canary Ingress: same host and path as Ingress " + app + ", other backend.",
                                    "canary-by-cookie knows two values only: " + AB_COOKIE + "=always goes to " + nameB + ", "
                                            + AB_COOKIE + "=never never does;",
                                    "any other value, or no cookie, falls through to the other canary rules (none here), so to variant A.",
                                    "The application assigns users: it sets " + AB_COOKIE + "=always for " + ab.variantBPercent()
                                            + "% of them (e.g. by a hash of the user id)",
                                    "and " + AB_COOKIE + "=never for the rest, once, with a long Max-Age.")));
                }
                case USER_ID_HASH -> {
                    add(service(app, appLabel(), "Service " + app + ": the pods of both variants, for the user-id hash routing", null));
                    add(ingress(app, app, "Ingress " + app + ": users split between variants A and B by a consistent hash of their user id",
                            Map.of(NGINX + "upstream-hash-by", USER_ID_HEADER_VARIABLE), userHashNote(podsA, podsB, ab.variantBPercent())));
                }
                default -> throw new IllegalArgumentException("unknown split " + ab.split());
            }
            if (ab.split() != Strategy.Split.USER_ID_HASH) {
                hpa("Deployment", "apps/v1", nameA);
                hpa("Deployment", "apps/v1", nameB);
            }
        }

        private String userHashNote(int podsA, int podsB, int percentB) {
            return String.join("\n",
                    "Why a consistent hash over the pods: weighted routing (ingress-nginx canary-weight, Istio/Envoy route",
                    "weights) picks a backend at random for every request, so a user would switch variants between",
                    "requests. ingress-nginx balances over the pod endpoints itself, and",
                    "upstream-hash-by maps each value of the X-User-Id header to one pod of Service " + app + " with a",
                    "ketama consistent hash: the same user always reaches the same pod, hence the same variant.",
                    String.format(Locale.ROOT, "Variant B's share of users is its share of the pods: %d of %d, about %d%% (asked: %d%%).",
                            podsB, podsA + podsB, Math.round(100.0 * podsB / (podsA + podsB)), percentB),
                    "Scaling either variant moves some users and changes the split, so there is no HPA here.",
                    "Requests without X-User-Id all hash alike and land on one pod: make the edge always set it.");
        }

        private void variant(String name, Map<String, String> labels, int replicas, Release release, String purpose) {
            YamlWriter.Node.Mapping spec = map();
            spec.put("replicas", replicas);
            spec.put("selector", map("matchLabels", mapping(labels)));
            spec.put("template", podTemplate(labels, release));
            add("Deployment", "apps/v1", name, purpose, spec);
        }

        // ---- shared pieces -------------------------------------------------------------------------------------

        private Manifest rollout(String strategyKey, YamlWriter.Node.Mapping strategy, String purpose) {
            YamlWriter.Node.Mapping spec = map();
            hpaReplicasNote(spec);
            spec.put("replicas", d.replicas());
            spec.put("selector", map("matchLabels", mapping(appLabel())));
            spec.comment(changeNote() + "\n(the first apply of a Rollout just creates its pods: apply it with "
                    + d.stable().image() + " first)");
            spec.put("template", podTemplate(appLabel(), d.release()));
            spec.put("strategy", map(strategyKey, strategy));
            return manifest("Rollout", ARGO_API, app, purpose, null, spec);
        }

        private String changeNote() {
            return "the release: changing the pod template from " + d.stable().image() + " to " + d.release().image() + " starts the rollout";
        }

        private void hpaReplicasNote(YamlWriter.Node.Mapping spec) {
            if (d.hpa() != null) {
                spec.comment("the HPA owns the count: leave replicas out when re-applying, or apply resets it");
            }
        }

        private YamlWriter.Node.Mapping podTemplate(Map<String, String> podLabels, Release release) {
            YamlWriter.Node.Mapping container = map("name", app, "image", release.image());
            container.put("ports", List.of(map("name", PORT_NAME, "containerPort", CONTAINER_PORT)));
            container.comment("no traffic until this answers; the release needs about "
                    + AnalysisManifests.number(release.startupSeconds()) + " s to get there");
            container.put("readinessProbe", map("httpGet", map("path", HEALTH_PATH, "port", PORT_NAME), "periodSeconds", 5));
            container.comment("each pod serves up to " + pods.concurrency() + " requests at once (configure the app's worker pool to match)");
            container.put("resources", resources());
            return map("metadata", map("labels", mapping(podLabels)), "spec", map("containers", List.of(container)));
        }

        private YamlWriter.Node.Mapping resources() {
            YamlWriter.Node.Mapping requests = map("cpu", pods.cpuRequestMillicores() + "m", "memory", pods.memoryRequestMiB() + "Mi");
            YamlWriter.Node.Mapping limits = map();
            if (pods.cpuLimitMillicores() != null) {
                limits.put("cpu", pods.cpuLimitMillicores() + "m");
            } else {
                limits.comment("no CPU limit (as in the scenario): the pod may use idle CPU beyond its request");
            }
            limits.comment("memory limit = request: the pod is OOM-killed rather than overcommit its node");
            limits.put("memory", pods.memoryRequestMiB() + "Mi");
            return map("requests", requests, "limits", limits);
        }

        private Manifest service(String name, Map<String, String> selector, String purpose, String note) {
            YamlWriter.Node.Mapping spec = map();
            if (note != null) {
                spec.comment(note);
            }
            spec.put("selector", mapping(selector));
            spec.put("ports", List.of(map("name", PORT_NAME, "port", SERVICE_PORT, "targetPort", PORT_NAME)));
            return manifest("Service", "v1", name, purpose, null, spec);
        }

        private Manifest ingress(String name, String backendService, String purpose, Map<String, String> annotations, String note) {
            YamlWriter.Node.Mapping path = map("path", "/", "pathType", "Prefix", "backend",
                    map("service", map("name", backendService, "port", map("number", SERVICE_PORT))));
            YamlWriter.Node.Mapping spec = map();
            if (note != null) {
                spec.comment(note);
            }
            spec.put("ingressClassName", INGRESS_CLASS);
            spec.put("rules", List.of(map("host", app + ".example.com", "http", map("paths", List.of(path)))));
            return manifest("Ingress", "networking.k8s.io/v1", name, purpose, annotations, spec);
        }

        private Manifest analysisTemplate(String name, YamlWriter.Node.Mapping spec, String purpose) {
            return manifest("AnalysisTemplate", ARGO_API, name, purpose, null, spec);
        }

        private void hpa(String kind, String apiVersion, String target) {
            DeploymentSpec.HpaManifest h = d.hpa();
            if (h == null) {
                return;
            }
            YamlWriter.Node.Mapping spec = map("scaleTargetRef", map("apiVersion", apiVersion, "kind", kind, "name", target),
                    "minReplicas", h.minReplicas(), "maxReplicas", h.maxReplicas());
            spec.comment("utilisation is CPU used ÷ CPU requested (" + pods.cpuRequestMillicores() + "m per pod)");
            spec.put("metrics", List.of(map("type", "Resource", "resource", map("name", "cpu", "target",
                    map("type", "Utilization", "averageUtilization", h.targetCpuUtilizationPercent())))));
            add("HorizontalPodAutoscaler", "autoscaling/v2", target, "HorizontalPodAutoscaler " + target + ": " + h.minReplicas() + " to "
                    + h.maxReplicas() + " pods of " + kind + " " + target + ", aiming at " + h.targetCpuUtilizationPercent() + "% CPU", spec);
        }

        private void add(String kind, String apiVersion, String name, String purpose, YamlWriter.Node.Mapping spec) {
            add(manifest(kind, apiVersion, name, purpose, null, spec));
        }

        private void add(Manifest m) {
            for (Manifest existing : out) {
                if (existing.kind().equals(m.kind()) && existing.name().equals(m.name())) {
                    throw new IllegalStateException("two " + m.kind() + "s named " + m.name());
                }
            }
            out.add(m);
        }

        private Manifest manifest(String kind, String apiVersion, String name, String purpose, Map<String, String> annotations,
                YamlWriter.Node.Mapping spec) {
            YamlWriter.Node.Mapping metadata = map("name", name, "labels", mapping(appLabel()));
            if (annotations != null && !annotations.isEmpty()) {
                metadata.put("annotations", mapping(annotations));
            }
            YamlWriter.Node.Mapping doc = map("apiVersion", apiVersion, "kind", kind, "metadata", metadata, "spec", spec);
            String yaml = YamlWriter.commentLines(YamlWriter.oneLine(purpose)) + YamlWriter.write(doc);
            return new Manifest(kind, apiVersion, name, yaml);
        }

        private Map<String, String> appLabel() {
            return Map.of("app", app);
        }
    }

    /** {@code base} plus more key/value pairs, in order. */
    private static Map<String, String> withLabels(Map<String, String> base, String... more) {
        Map<String, String> all = new LinkedHashMap<>(base);
        for (int i = 0; i < more.length; i += 2) {
            all.put(more[i], more[i + 1]);
        }
        return all;
    }

    private static YamlWriter.Node.Mapping mapping(Map<String, String> labels) {
        YamlWriter.Node.Mapping m = map();
        labels.forEach(m::put);
        return m;
    }

    /** "3" as the integer 3, "25%" as the string "25%": the two forms Kubernetes' IntOrString accepts. */
    static Object intOrPercent(String value) {
        String v = value.strip();
        return v.endsWith("%") ? v : (Object) Integer.valueOf(v);
    }

    /** Canary and stable pods for {@code weight} % of {@code replicas}, each rounded up (Argo Rollouts without routing). */
    static int[] replicaRatio(int replicas, int weight) {
        int canary = (int) Math.ceil(replicas * weight / 100.0);
        int stable = (int) Math.ceil(replicas * (100 - weight) / 100.0);
        return new int[] {canary, stable};
    }

    /** Pods of variants A and B: B's share of {@code replicas} rounded, at least one pod each. */
    static int[] abReplicas(int replicas, int percentB) {
        int b = Math.max(1, (int) Math.round(replicas * percentB / 100.0));
        int a = Math.max(1, replicas - b);
        return new int[] {a, b};
    }
}

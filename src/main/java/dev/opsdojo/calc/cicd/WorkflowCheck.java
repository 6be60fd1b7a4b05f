package dev.opsdojo.calc.cicd;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a GitHub Actions workflow and checks it against what a build-and-push-to-ECR job needs: checkout, an AWS
 * credentials step, {@code id-token: write} when it assumes a role through OIDC, an ECR login, a build, a push, image
 * tags that stay valid in an IMMUTABLE repository (a commit SHA or a version, not only {@code latest}), no secret
 * echoed into the log, and every action pinned to a version.
 */
public final class WorkflowCheck {
    public enum Item {
        CHECKOUT, CREDENTIALS, OIDC_PERMISSION, NO_LONG_LIVED_KEYS, ECR_LOGIN, BUILD, PUSH, IMMUTABLE_TAGS,
        NO_SECRETS_ECHOED, PINNED_ACTIONS
    }

    public enum Status { PASS, WARN, FAIL, NOT_APPLICABLE }

    /** One line of the checklist; {@code detail} holds the offending text when there is some (action names, a line). */
    public record Finding(Item item, Status status, String detail) {
    }

    /** The YAML cannot be read, or it is not a workflow; line and column are 1-based. */
    public static final class NotAWorkflowException extends Exception {
        private final int line;
        private final int column;
        private final boolean malformedYaml;

        NotAWorkflowException(String message, int line, int column, boolean malformedYaml) {
            super(message);
            this.line = line;
            this.column = column;
            this.malformedYaml = malformedYaml;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }

        /** True for a YAML syntax error, false for valid YAML that is not a workflow (no {@code jobs}). */
        public boolean malformedYaml() {
            return malformedYaml;
        }
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern IMMUTABLE_TAG = Pattern.compile(
            "github\\.sha|GITHUB_SHA|github\\.ref_name|GITHUB_REF_NAME|outputs\\.(tags|version)|git rev-parse",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LATEST_TAG = Pattern.compile(":latest\\b");
    private static final Pattern PRINTS = Pattern.compile("\\b(echo|printf|cat)\\b");
    private static final Pattern SECRET = Pattern.compile(
            "secrets\\.|AWS_SECRET_ACCESS_KEY|AWS_SESSION_TOKEN|get-login-password(?!\\s*\\|)");
    private static final Pattern UNPINNED_REF = Pattern.compile("main|master|latest|head|dev|develop",
            Pattern.CASE_INSENSITIVE);

    private WorkflowCheck() {
    }

    public static List<Finding> check(String yaml) throws NotAWorkflowException {
        JsonNode root;
        try {
            root = YAML.readTree(yaml == null ? "" : yaml);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().split("\n")[0];
            throw new NotAWorkflowException(message, at == null ? 1 : Math.max(1, at.getLineNr()),
                    at == null ? 1 : Math.max(1, at.getColumnNr()), true);
        }
        if (root == null || !root.isObject() || !root.path("jobs").isObject()) {
            throw new NotAWorkflowException("no jobs: a workflow has a \"jobs\" mapping with at least one job", 1, 1, false);
        }
        List<JsonNode> steps = new ArrayList<>();
        boolean idTokenWrite = idTokenWrite(root.path("permissions"));
        for (Map.Entry<String, JsonNode> job : root.path("jobs").properties()) {
            idTokenWrite |= idTokenWrite(job.getValue().path("permissions"));
            job.getValue().path("steps").forEach(steps::add);
        }
        List<String> uses = new ArrayList<>();
        List<String> runs = new ArrayList<>();
        List<String> tagInputs = new ArrayList<>();
        JsonNode credentials = null;
        boolean buildPushAction = false;
        boolean buildPushActionPushes = false;
        for (JsonNode step : steps) {
            String use = step.path("uses").asText("");
            if (!use.isEmpty()) {
                uses.add(use);
                if (action(use).equals("aws-actions/configure-aws-credentials")) {
                    credentials = step.path("with");
                }
                if (action(use).equals("docker/build-push-action")) {
                    buildPushAction = true;
                    buildPushActionPushes |= step.path("with").path("push").asText("").equalsIgnoreCase("true");
                    tagInputs.add(step.path("with").path("tags").asText(""));
                }
            }
            if (step.has("run")) {
                runs.add(step.path("run").asText(""));
            }
        }
        String allRuns = String.join("\n", runs);
        List<Finding> findings = new ArrayList<>();
        findings.add(pass(Item.CHECKOUT, uses.stream().anyMatch(u -> action(u).equals("actions/checkout"))));
        findings.add(pass(Item.CREDENTIALS, credentials != null));

        boolean assumesRole = credentials != null && credentials.has("role-to-assume");
        boolean accessKeys = credentials != null && credentials.has("aws-access-key-id");
        if (!assumesRole || accessKeys) {
            findings.add(new Finding(Item.OIDC_PERMISSION, Status.NOT_APPLICABLE, ""));
        } else {
            findings.add(pass(Item.OIDC_PERMISSION, idTokenWrite));
        }
        if (credentials == null) {
            findings.add(new Finding(Item.NO_LONG_LIVED_KEYS, Status.NOT_APPLICABLE, ""));
        } else {
            findings.add(new Finding(Item.NO_LONG_LIVED_KEYS, accessKeys ? Status.WARN : Status.PASS, ""));
        }
        findings.add(pass(Item.ECR_LOGIN, uses.stream().anyMatch(u -> action(u).equals("aws-actions/amazon-ecr-login"))
                || allRuns.contains("ecr get-login-password")));
        findings.add(pass(Item.BUILD, buildPushAction || allRuns.matches("(?s).*docker\\s+(buildx\\s+)?build\\b.*")));
        findings.add(pass(Item.PUSH, buildPushActionPushes || allRuns.matches("(?s).*docker\\s+push\\b.*")));
        findings.add(tags(allRuns, tagInputs));
        findings.add(secretsEchoed(runs));
        findings.add(pinned(uses));
        return findings;
    }

    private static Finding tags(String runs, List<String> tagInputs) {
        String text = runs + "\n" + String.join("\n", tagInputs);
        boolean immutable = IMMUTABLE_TAG.matcher(text).find();
        boolean latest = LATEST_TAG.matcher(text).find();
        if (immutable && latest) {
            return new Finding(Item.IMMUTABLE_TAGS, Status.WARN, ":latest");
        }
        return new Finding(Item.IMMUTABLE_TAGS, immutable ? Status.PASS : Status.FAIL, latest ? ":latest" : "");
    }

    private static Finding secretsEchoed(List<String> runs) {
        for (String run : runs) {
            for (String line : run.split("\n")) {
                if (PRINTS.matcher(line).find() && SECRET.matcher(line).find() && !line.contains("::add-mask::")) {
                    return new Finding(Item.NO_SECRETS_ECHOED, Status.FAIL, line.strip());
                }
            }
        }
        return new Finding(Item.NO_SECRETS_ECHOED, Status.PASS, "");
    }

    private static Finding pinned(List<String> uses) {
        List<String> unpinned = new ArrayList<>();
        for (String use : uses) {
            if (use.startsWith("./") || use.startsWith("docker://")) {
                continue;
            }
            int at = use.indexOf('@');
            if (at < 0 || UNPINNED_REF.matcher(use.substring(at + 1)).matches()) {
                unpinned.add(use);
            }
        }
        return new Finding(Item.PINNED_ACTIONS, unpinned.isEmpty() ? Status.PASS : Status.FAIL, String.join(", ", unpinned));
    }

    private static boolean idTokenWrite(JsonNode permissions) {
        if (permissions.isTextual()) {
            return permissions.asText().equals("write-all");
        }
        return permissions.path("id-token").asText("").equals("write");
    }

    private static String action(String uses) {
        int at = uses.indexOf('@');
        return (at < 0 ? uses : uses.substring(0, at)).toLowerCase(Locale.ROOT);
    }

    private static Finding pass(Item item, boolean ok) {
        return new Finding(item, ok ? Status.PASS : Status.FAIL, "");
    }
}

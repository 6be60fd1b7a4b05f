package dev.opsdojo.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsdojo.calc.iam.EcrPermissionCheck;
import dev.opsdojo.calc.iam.EcrPermissionCheck.Outcome;
import dev.opsdojo.calc.iam.EcrPermissionCheck.Purpose;
import dev.opsdojo.calc.iam.EcrPermissionCheck.Result;
import dev.opsdojo.calc.iam.EcrPermissionCheck.Warning;
import dev.opsdojo.calc.iam.EcrRepositoryArn;
import dev.opsdojo.calc.iam.IamPolicy;
import dev.opsdojo.calc.iam.PolicyParseException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Checks an identity-based IAM policy against one ECR repository: can its holder push, can it pull, which required
 * actions are missing and why, and which statements are over-broad. With {@code --json}:
 * {@code {"canPush","canPull","missing":[…],"warnings":[…],"actions":[…]}}.
 */
@Command(name = "iam-ecr", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
                "Check whether an IAM identity policy lets its holder push an image to (and pull one from) an ECR repository.",
                "Evaluates as IAM does: an explicit Deny wins, then any matching Allow, else implicit deny; actions match "
                        + "ignoring case with * and ?, resources as ARNs with * and ?; a Condition cannot be decided "
                        + "without the request, so an Allow under a condition does not count.",
                "Push needs ecr:GetAuthorizationToken on \"*\" plus BatchCheckLayerAvailability, InitiateLayerUpload, "
                        + "UploadLayerPart, CompleteLayerUpload, PutImage and BatchGetImage on the repository (Amazon ECR "
                        + "User Guide). Pull needs the token plus BatchGetImage and GetDownloadUrlForLayer.",
                "Only identity-based policies (attached to a user or role); a policy with Principal is rejected."},
        footer = {"", "Example:",
                "  opsdojo calc iam-ecr ci-policy.json --repository arn:aws:ecr:ap-northeast-2:123456789012:repository/my-app --json"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the policy was evaluated (canPush false is a valid answer)",
                "2:the file is missing or unreadable, the policy is malformed or not an IAM identity policy "
                        + "(printed as FILE:LINE:COLUMN: message), or --repository is not an ECR repository ARN"})
public final class CalcIamEcrCommand implements Callable<Integer> {
    static final int EXIT_USAGE = 2;

    @Parameters(index = "0", paramLabel = "POLICY.json", description = "The policy document (JSON).")
    Path policyFile;

    @Option(names = "--repository", required = true, paramLabel = "ARN",
            description = "The repository: arn:aws:ecr:REGION:ACCOUNT:repository/NAME")
    String repository;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        EcrRepositoryArn arn;
        try {
            arn = EcrRepositoryArn.parse(repository);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--repository': " + e.getMessage());
        }
        String text;
        try {
            text = Files.readString(policyFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return fail(policyFile + ": no such file");
        } catch (IOException | java.io.UncheckedIOException e) {
            return fail(policyFile + ": cannot read the file (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        IamPolicy policy;
        try {
            policy = IamPolicy.parse(text);
        } catch (PolicyParseException e) {
            return fail(policyFile + ":" + e.line() + ":" + e.column() + ": " + e.problem().english());
        }
        Result result = EcrPermissionCheck.check(policy, arn);
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? toJson(result) : toText(result, arn));
        out.flush();
        return 0;
    }

    private int fail(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(message);
        err.flush();
        return EXIT_USAGE;
    }

    private static List<String> purposes(Outcome o) {
        List<String> names = new ArrayList<>();
        for (Purpose p : Purpose.values()) {
            if (o.requirement().purposes().contains(p)) {
                names.add(p.name().toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    private static String decision(Outcome o) {
        return switch (o.decision()) {
            case ALLOWED -> "allowed";
            case CONDITIONAL -> "conditional";
            case EXPLICITLY_DENIED -> "explicitly-denied";
            case NOT_ALLOWED -> "not-allowed";
        };
    }

    static String toJson(Result result) throws JsonProcessingException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("canPush", result.canPush());
        root.put("canPull", result.canPull());
        ArrayNode missing = root.putArray("missing");
        for (Outcome o : result.missing()) {
            outcome(missing.addObject(), o);
        }
        ArrayNode warnings = root.putArray("warnings");
        for (Warning w : result.warnings()) {
            ObjectNode node = warnings.addObject();
            if (w.statement() > 0) {
                node.put("statement", w.statement());
            } else {
                node.putNull("statement");
            }
            if (w.sid() != null) {
                node.put("sid", w.sid());
            }
            node.put("kind", w.message().kind().name());
            node.put("message", w.message().english());
        }
        ArrayNode actions = root.putArray("actions");
        for (Outcome o : result.outcomes()) {
            outcome(actions.addObject(), o);
        }
        return mapper.writeValueAsString(root);
    }

    private static void outcome(ObjectNode node, Outcome o) {
        node.put("action", o.requirement().action());
        node.put("resource", o.resource());
        ArrayNode neededFor = node.putArray("neededFor");
        purposes(o).forEach(neededFor::add);
        node.put("decision", decision(o));
        ArrayNode statements = node.putArray("statements");
        o.statements().forEach(statements::add);
        node.put("why", o.reason().english());
    }

    private static String toText(Result result, EcrRepositoryArn arn) {
        String nl = System.lineSeparator();
        StringBuilder s = new StringBuilder();
        s.append("Repository: ").append(arn.arn()).append(nl);
        s.append("Can push:   ").append(result.canPush() ? "yes" : "no").append(nl);
        s.append("Can pull:   ").append(result.canPull() ? "yes" : "no").append(nl).append(nl);
        s.append(String.format(Locale.ROOT, "%-36s %-10s %-18s %s", "Action", "For", "Decision", "Why")).append(nl);
        for (Outcome o : result.outcomes()) {
            s.append(String.format(Locale.ROOT, "%-36s %-10s %-18s %s", o.requirement().action(),
                    String.join(",", purposes(o)), decision(o), o.reason().english())).append(nl);
        }
        if (!result.warnings().isEmpty()) {
            s.append(nl).append("Warnings:").append(nl);
            for (Warning w : result.warnings()) {
                String where = w.statement() == 0 ? "policy" : "statement " + w.statement()
                        + (w.sid() == null ? "" : " (Sid " + w.sid() + ")");
                s.append("  ").append(where).append(": ").append(w.message().english()).append(nl);
            }
        }
        return s.toString().stripTrailing();
    }
}

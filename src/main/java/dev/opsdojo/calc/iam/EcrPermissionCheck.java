package dev.opsdojo.calc.iam;

import dev.opsdojo.calc.iam.EcrActions.EcrAction;
import dev.opsdojo.calc.iam.PolicyStatement.Effect;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether an identity-based policy lets its holder push an image to, and pull one from, a given ECR repository.
 *
 * <p>Each required action is evaluated for its resource the way IAM evaluates a request: an explicit {@code Deny}
 * in any statement that matches wins; otherwise a matching {@code Allow} permits; otherwise the request is implicitly
 * denied. A statement with a {@code Condition} cannot be decided without the request, so an Allow that holds only
 * under a condition is reported as not guaranteed, and a Deny under a condition as a possible deny.
 *
 * <p>The required actions follow the Amazon ECR User Guide: pushing (image-push-iam.html) needs
 * {@code ecr:GetAuthorizationToken} on {@code "*"} and BatchCheckLayerAvailability, InitiateLayerUpload,
 * UploadLayerPart, CompleteLayerUpload, PutImage and BatchGetImage on the repository; pulling (ECR_on_ECS.html and the
 * managed policy AmazonEC2ContainerRegistryPullOnly) needs GetAuthorizationToken on {@code "*"} and BatchGetImage and
 * GetDownloadUrlForLayer on the repository.
 */
public final class EcrPermissionCheck {
    public enum Purpose { PUSH, PULL }

    public enum Decision { ALLOWED, CONDITIONAL, EXPLICITLY_DENIED, NOT_ALLOWED }

    /** One action the push or pull needs, on the resource it needs it for. */
    public record Requirement(String action, boolean registryWide, Set<Purpose> purposes) {
        public Requirement {
            purposes = Set.copyOf(purposes);
        }

        public String resourceFor(EcrRepositoryArn repository) {
            return registryWide ? "*" : repository.arn();
        }
    }

    /** How the policy decides one required action, with the statements that decided it and why, in one sentence. */
    public record Outcome(Requirement requirement, String resource, Decision decision, List<Integer> statements,
                          Message reason) {
        public Outcome {
            statements = List.copyOf(statements);
        }
    }

    /** A finding about one statement ({@code statement} 0 for the policy as a whole). */
    public record Warning(int statement, String sid, Message message) {
    }

    public record Result(boolean canPush, boolean canPull, List<Outcome> outcomes, List<Warning> warnings) {
        public Result {
            outcomes = List.copyOf(outcomes);
            warnings = List.copyOf(warnings);
        }

        /** The required actions that are not surely allowed, in the order push then pull needs them. */
        public List<Outcome> missing() {
            return outcomes.stream().filter(o -> o.decision() != Decision.ALLOWED).toList();
        }
    }

    public static final List<Requirement> REQUIREMENTS = List.of(
            new Requirement("ecr:GetAuthorizationToken", true, EnumSet.of(Purpose.PUSH, Purpose.PULL)),
            new Requirement("ecr:BatchCheckLayerAvailability", false, EnumSet.of(Purpose.PUSH)),
            new Requirement("ecr:InitiateLayerUpload", false, EnumSet.of(Purpose.PUSH)),
            new Requirement("ecr:UploadLayerPart", false, EnumSet.of(Purpose.PUSH)),
            new Requirement("ecr:CompleteLayerUpload", false, EnumSet.of(Purpose.PUSH)),
            new Requirement("ecr:PutImage", false, EnumSet.of(Purpose.PUSH)),
            new Requirement("ecr:BatchGetImage", false, EnumSet.of(Purpose.PUSH, Purpose.PULL)),
            new Requirement("ecr:GetDownloadUrlForLayer", false, EnumSet.of(Purpose.PULL)));

    private static final int LISTED_RISKY_ACTIONS = 4;

    private EcrPermissionCheck() {
    }

    public static Result check(IamPolicy policy, EcrRepositoryArn repository) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Requirement requirement : REQUIREMENTS) {
            outcomes.add(evaluate(policy.statements(), requirement, requirement.resourceFor(repository), repository));
        }
        boolean canPush = outcomes.stream().filter(o -> o.requirement().purposes().contains(Purpose.PUSH))
                .allMatch(o -> o.decision() == Decision.ALLOWED);
        boolean canPull = outcomes.stream().filter(o -> o.requirement().purposes().contains(Purpose.PULL))
                .allMatch(o -> o.decision() == Decision.ALLOWED);
        return new Result(canPush, canPull, outcomes, warnings(policy, repository));
    }

    private static Outcome evaluate(List<PolicyStatement> statements, Requirement requirement, String resource,
                                    EcrRepositoryArn repository) {
        String action = requirement.action();
        List<PolicyStatement> denies = new ArrayList<>();
        List<PolicyStatement> conditionalDenies = new ArrayList<>();
        List<PolicyStatement> allows = new ArrayList<>();
        List<PolicyStatement> conditionalAllows = new ArrayList<>();
        List<PolicyStatement> allowsElsewhere = new ArrayList<>();
        for (PolicyStatement s : statements) {
            if (!s.appliesToAction(action)) {
                continue;
            }
            boolean onResource = s.appliesToResource(resource);
            if (s.effect() == Effect.DENY) {
                if (onResource) {
                    (s.conditional() ? conditionalDenies : denies).add(s);
                }
            } else if (onResource) {
                (s.conditional() ? conditionalAllows : allows).add(s);
            } else if (!s.notResource()) {
                allowsElsewhere.add(s);
            }
        }
        if (!denies.isEmpty()) {
            return new Outcome(requirement, resource, Decision.EXPLICITLY_DENIED, numbers(denies),
                    Message.of(IamMessage.DENIED_BY, labels(denies)));
        }
        if (!allows.isEmpty()) {
            if (!conditionalDenies.isEmpty()) {
                return new Outcome(requirement, resource, Decision.ALLOWED, numbers(allows),
                        Message.of(IamMessage.ALLOWED_POSSIBLY_DENIED, labels(allows), labels(conditionalDenies)));
            }
            return new Outcome(requirement, resource, Decision.ALLOWED, numbers(allows),
                    Message.of(IamMessage.ALLOWED_BY, labels(allows)));
        }
        if (!conditionalAllows.isEmpty()) {
            return new Outcome(requirement, resource, Decision.CONDITIONAL, numbers(conditionalAllows),
                    Message.of(IamMessage.CONDITIONAL_ONLY, labels(conditionalAllows)));
        }
        if (!allowsElsewhere.isEmpty()) {
            String elsewhere = allowsElsewhere.stream().flatMap(s -> s.resources().stream()).distinct()
                    .map(r -> "\"" + r + "\"").collect(Collectors.joining(", "));
            Message why = requirement.registryWide()
                    ? Message.of(IamMessage.TOKEN_SCOPED, labels(allowsElsewhere), elsewhere)
                    : Message.of(IamMessage.OTHER_RESOURCES, labels(allowsElsewhere), elsewhere, repository.arn());
            return new Outcome(requirement, resource, Decision.NOT_ALLOWED, numbers(allowsElsewhere), why);
        }
        return new Outcome(requirement, resource, Decision.NOT_ALLOWED, List.of(), Message.of(IamMessage.NOT_ALLOWED));
    }

    private static List<Warning> warnings(IamPolicy policy, EcrRepositoryArn repository) {
        List<Warning> warnings = new ArrayList<>();
        if (policy.version() == null) {
            warnings.add(new Warning(0, null, Message.of(IamMessage.VERSION_MISSING)));
        } else if (policy.version().equals(IamPolicy.OLD_VERSION)) {
            warnings.add(new Warning(0, null, Message.of(IamMessage.VERSION_2008)));
        }
        for (PolicyStatement s : policy.statements()) {
            for (Message m : statementWarnings(s, repository)) {
                warnings.add(new Warning(s.number(), s.sid(), m));
            }
        }
        return warnings;
    }

    private static List<Message> statementWarnings(PolicyStatement s, EcrRepositoryArn repository) {
        List<Message> found = new ArrayList<>();
        boolean allow = s.effect() == Effect.ALLOW;
        if (allow && s.notAction()) {
            found.add(Message.of(IamMessage.NOT_ACTION_ALLOW));
        }
        if (allow && !s.notAction() && s.actions().stream().anyMatch(IamActions::matchesEverything)) {
            found.add(Message.of(IamMessage.ACTION_STAR));
        } else if (allow && !s.notAction()) {
            for (String pattern : s.actions()) {
                if (!Wildcard.hasWildcard(pattern)) {
                    continue;
                }
                List<String> risky = EcrActions.matching(pattern).stream().filter(EcrAction::risky)
                        .map(EcrAction::qualified).toList();
                if (!risky.isEmpty()) {
                    found.add(Message.of(IamMessage.ECR_WILDCARD_RISKY, pattern, shortList(risky)));
                }
            }
        }
        if (allow && s.notResource()) {
            found.add(Message.of(IamMessage.NOT_RESOURCE_ALLOW));
        }
        if (allow && !s.notResource() && s.resources().contains("*")) {
            Map<String, Boolean> repositoryActions = new LinkedHashMap<>();
            for (EcrAction a : EcrActions.all()) {
                if (a.repositoryScoped() && s.appliesToAction(a.qualified())) {
                    repositoryActions.put(a.qualified(), true);
                }
            }
            if (!repositoryActions.isEmpty()) {
                found.add(Message.of(IamMessage.RESOURCE_STAR_REPOSITORY,
                        shortList(new ArrayList<>(repositoryActions.keySet()))));
            }
        }
        for (String pattern : s.actions()) {
            if (pattern.toLowerCase(java.util.Locale.ROOT).startsWith("ecr:") && EcrActions.matching(pattern).isEmpty()) {
                found.add(Message.of(IamMessage.UNKNOWN_ECR_ACTION, pattern));
            }
        }
        for (String resource : s.resources()) {
            if (!resource.equals("*") && !resource.startsWith("arn:")) {
                found.add(Message.of(IamMessage.RESOURCE_NOT_ARN, resource));
            }
        }
        if (s.conditional()) {
            List<String> affected = REQUIREMENTS.stream()
                    .filter(r -> s.appliesTo(r.action(), r.resourceFor(repository)))
                    .map(Requirement::action).toList();
            if (!affected.isEmpty()) {
                String operators = String.join(", ", s.conditionOperators());
                found.add(allow ? Message.of(IamMessage.CONDITION_ALLOW, operators)
                        : Message.of(IamMessage.CONDITION_DENY, operators, String.join(", ", affected)));
            }
        }
        return found;
    }

    private static String shortList(List<String> items) {
        if (items.size() <= LISTED_RISKY_ACTIONS) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, LISTED_RISKY_ACTIONS)) + " (+" + (items.size() - LISTED_RISKY_ACTIONS)
                + ")";
    }

    private static List<Integer> numbers(List<PolicyStatement> statements) {
        return statements.stream().map(PolicyStatement::number).toList();
    }

    private static String labels(List<PolicyStatement> statements) {
        return statements.stream().map(PolicyStatement::label).collect(Collectors.joining(", "));
    }

    private static final class IamActions {
        static boolean matchesEverything(String pattern) {
            return pattern.equals("*") || pattern.equals("*:*");
        }
    }
}

package dev.opsdojo.calc.iam;

import java.util.Locale;

/**
 * Every sentence the IAM checker can say, as an English {@link java.text.MessageFormat} pattern. The pure code and the
 * command line use the English text; the view looks up {@link #i18nKey()} so the same finding reads in Korean too.
 */
public enum IamMessage {
    // Parse errors: the input is not something the checker can evaluate.
    MALFORMED_JSON("Malformed JSON: {0}"),
    EMPTY_INPUT("The policy is empty: paste a JSON object with \"Version\" and \"Statement\"."),
    NOT_AN_OBJECT("Not an IAM policy: expected a JSON object with \"Version\" and \"Statement\", found {0}."),
    NO_STATEMENT("Not an IAM policy: there is no \"Statement\"."),
    UNKNOWN_POLICY_KEY("Unknown policy element \"{0}\": an IAM policy has only Version, Id and Statement."),
    UNKNOWN_STATEMENT_KEY("Unknown statement element \"{0}\": a statement has Sid, Effect, Action or NotAction, "
            + "Resource or NotResource, and Condition."),
    BAD_VERSION("\"Version\" must be \"2012-10-17\" (or the old \"2008-10-17\"), not \"{0}\"."),
    STATEMENT_NOT_OBJECT("A statement must be a JSON object, found {0}."),
    STATEMENT_EMPTY_ARRAY("\"Statement\" is an empty array: the policy allows nothing."),
    PRINCIPAL_IN_IDENTITY_POLICY("This looks like a resource-based policy (it has \"{0}\"), such as an ECR repository "
            + "policy. This checker evaluates identity-based policies, the ones attached to the user or role that "
            + "pushes: remove \"{0}\" or paste the role''s policy."),
    BAD_EFFECT("\"Effect\" must be \"Allow\" or \"Deny\" (exactly, case-sensitive), not {0}."),
    MISSING_EFFECT("This statement has no \"Effect\"."),
    ACTION_AND_NOT_ACTION("A statement has either \"Action\" or \"NotAction\", not both."),
    NO_ACTION("This statement has neither \"Action\" nor \"NotAction\"."),
    RESOURCE_AND_NOT_RESOURCE("A statement has either \"Resource\" or \"NotResource\", not both."),
    NO_RESOURCE("This statement has neither \"Resource\" nor \"NotResource\": identity-based policies need one."),
    NOT_A_STRING_LIST("\"{0}\" must be a string or an array of strings."),
    EMPTY_LIST("\"{0}\" is an empty array: the statement matches nothing."),
    BAD_ACTION("Action \"{0}\" is not of the form service:action (for example ecr:PutImage), or \"*\"."),
    BAD_CONDITION("\"Condition\" must be a JSON object of condition operators (StringEquals, StringLike, …)."),
    BAD_SID("\"Sid\" must be a string."),

    // Policy-level warnings.
    VERSION_MISSING("There is no \"Version\": IAM then uses 2008-10-17, where policy variables such as "
            + "$'{'aws:username'}' are not replaced. Add \"Version\": \"2012-10-17\"."),
    VERSION_2008("\"Version\" 2008-10-17 does not support policy variables such as $'{'aws:username'}'. "
            + "Use 2012-10-17."),

    // Statement warnings.
    ACTION_STAR("Allows every action of every AWS service (\"Action\": \"*\"): the pipeline could delete repositories, "
            + "change IAM, anything. Grant only the ECR actions it needs."),
    ECR_WILDCARD_RISKY("\"{0}\" also grants actions that delete images or repositories or change policies: {1}. "
            + "List the push actions instead."),
    RESOURCE_STAR_REPOSITORY("Repository actions ({0}) on \"Resource\": \"*\" apply to every repository in every "
            + "region of the account. Scope them to the repository ARN."),
    NOT_ACTION_ALLOW("\"Allow\" with \"NotAction\" grants every action of every service except the listed ones: "
            + "almost always far more than intended."),
    NOT_RESOURCE_ALLOW("\"Allow\" with \"NotResource\" grants the actions on every resource except the listed ones, "
            + "including resources created later."),
    UNKNOWN_ECR_ACTION("\"{0}\" matches no ECR action (a typo?); it grants nothing."),
    RESOURCE_NOT_ARN("Resource \"{0}\" is neither \"*\" nor an ARN (arn:partition:service:region:account:resource); "
            + "it matches nothing."),
    CONDITION_ALLOW("This Allow has a \"Condition\" ({0}) that depends on the request (who, from where, which tags): "
            + "it cannot be decided from the policy alone, so it is not counted as a sure permission."),
    CONDITION_DENY("This Deny has a \"Condition\" ({0}): when the condition holds it denies {1}, even though the "
            + "policy allows it otherwise."),

    // Why a required action is or is not allowed.
    ALLOWED_BY("Allowed by {0}."),
    ALLOWED_POSSIBLY_DENIED("Allowed by {0}, but {1} may deny it under its condition."),
    DENIED_BY("Explicitly denied by {0}: an explicit Deny wins over every Allow."),
    CONDITIONAL_ONLY("Allowed only under a condition, by {0}: whether it applies depends on the request."),
    NOT_ALLOWED("No statement allows it: IAM denies by default (implicit deny)."),
    TOKEN_SCOPED("Allowed by {0} only on {1}, but ecr:GetAuthorizationToken has no resource-level permissions: "
            + "it must be allowed on \"Resource\": \"*\" (the token is for the whole registry)."),
    OTHER_RESOURCES("Allowed by {0} only on {1}, which does not match {2}.");

    private final String englishPattern;

    IamMessage(String englishPattern) {
        this.englishPattern = englishPattern;
    }

    /** The English MessageFormat pattern; arguments are {@code {0}}, {@code {1}}, … */
    public String englishPattern() {
        return englishPattern;
    }

    /** The UI-strings key holding the same sentence: {@code cicd.iam.msg.} plus the constant in lower camel case. */
    public String i18nKey() {
        StringBuilder key = new StringBuilder("cicd.iam.msg.");
        boolean upper = false;
        for (char c : name().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                key.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return key.toString();
    }
}

package dev.opsdojo.calc.iam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.calc.iam.EcrPermissionCheck.Decision;
import dev.opsdojo.calc.iam.EcrPermissionCheck.Outcome;
import dev.opsdojo.calc.iam.EcrPermissionCheck.Result;
import dev.opsdojo.calc.iam.EcrPermissionCheck.Warning;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The policies under src/test/resources/dev/opsdojo/calc/iam, each checked against a repository with the outcome IAM's
 * rules give: explicit Deny wins, then any matching Allow, else implicit deny; actions ignore case, ARNs do not;
 * ecr:GetAuthorizationToken must be allowed on "*". Push needs the token plus BatchCheckLayerAvailability,
 * InitiateLayerUpload, UploadLayerPart, CompleteLayerUpload, PutImage and BatchGetImage on the repository; pull needs
 * the token plus BatchGetImage and GetDownloadUrlForLayer.
 */
class EcrPermissionCheckTest {
    static final String APP = "arn:aws:ecr:ap-northeast-2:123456789012:repository/app";
    static final String ALL_ON_REPOSITORY = "ecr:BatchCheckLayerAvailability;ecr:InitiateLayerUpload;ecr:UploadLayerPart;"
            + "ecr:CompleteLayerUpload;ecr:PutImage;ecr:BatchGetImage;ecr:GetDownloadUrlForLayer";

    static String resource(String name) throws Exception {
        try (InputStream in = EcrPermissionCheckTest.class.getResourceAsStream("/dev/opsdojo/calc/iam/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Result check(String file, String repositoryArn) throws Exception {
        return EcrPermissionCheck.check(IamPolicy.parse(resource(file)), EcrRepositoryArn.parse(repositoryArn));
    }

    static Result check(String file) throws Exception {
        return check(file, APP);
    }

    static Outcome outcome(Result result, String action) {
        return result.outcomes().stream().filter(o -> o.requirement().action().equals(action)).findFirst().orElseThrow();
    }

    static List<Warning> warningsOf(Result result, int statement) {
        return result.warnings().stream().filter(w -> w.statement() == statement).toList();
    }

    static List<IamMessage> kinds(List<Warning> warnings) {
        return warnings.stream().map(w -> w.message().kind()).toList();
    }

    @ParameterizedTest(name = "{0} on {1}: push {2}, pull {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            minimal-push.json                   | app     | true  | false | ecr:GetDownloadUrlForLayer
            push-and-pull.json                  | app     | true  | true  | -
            missing-complete-layer-upload.json  | app     | false | true  | ecr:CompleteLayerUpload
            deny-put-image.json                 | app     | false | true  | ecr:PutImage
            deny-put-wildcard.json              | app     | false | true  | ecr:PutImage
            ecr-star-on-repository.json         | app     | true  | true  | -
            not-action.json                     | app     | true  | true  | -
            not-action-excluding-put-image.json | app     | false | true  | ecr:PutImage
            other-repository.json               | app     | false | false | ALL
            wrong-region.json                   | app     | false | false | ALL
            wrong-account.json                  | app     | false | false | ALL
            repository-prefix-wildcard.json     | app-api | true  | true  | -
            repository-prefix-wildcard.json     | app     | false | false | ALL
            token-on-repository.json            | app     | false | false | ecr:GetAuthorizationToken
            condition-on-push.json              | app     | false | false | ALL
            conditional-deny.json               | app     | true  | false | ecr:GetDownloadUrlForLayer
            action-star.json                    | app     | true  | true  | -
            split-statements.json               | app     | true  | false | ecr:GetDownloadUrlForLayer
            strings-not-arrays.json             | app     | true  | false | ecr:GetDownloadUrlForLayer
            case-insensitive-actions.json       | app     | true  | false | ecr:GetDownloadUrlForLayer
            case-sensitive-resource.json        | app     | false | false | ALL
            put-star-and-no-version.json        | app     | true  | false | ecr:GetDownloadUrlForLayer
            """)
    void eachPolicyGrantsWhatIamWouldGrant(String file, String repositoryName, boolean canPush, boolean canPull,
                                           String missing) throws Exception {
        Result result = check(file, "arn:aws:ecr:ap-northeast-2:123456789012:repository/" + repositoryName);

        assertThat(result.canPush()).as("can push").isEqualTo(canPush);
        assertThat(result.canPull()).as("can pull").isEqualTo(canPull);
        List<String> expectedMissing = missing == null ? List.of()
                : Arrays.asList((missing.equals("ALL") ? ALL_ON_REPOSITORY : missing).split(";"));
        assertThat(result.missing()).extracting(o -> o.requirement().action())
                .containsExactlyInAnyOrderElementsOf(expectedMissing);
    }

    @Test
    void anExplicitDenyWinsOverTheAllowAndNamesItsStatement() throws Exception {
        Outcome putImage = outcome(check("deny-put-image.json"), "ecr:PutImage");

        assertThat(putImage.decision()).isEqualTo(Decision.EXPLICITLY_DENIED);
        assertThat(putImage.statements()).containsExactly(3);
        assertThat(putImage.reason().kind()).isEqualTo(IamMessage.DENIED_BY);
        assertThat(putImage.reason().english()).contains("statement 3 (Sid NoNewImages)");
    }

    @Test
    void aDenyWithAWildcardActionDeniesEveryMatchingAction() throws Exception {
        Outcome putImage = outcome(check("deny-put-wildcard.json"), "ecr:PutImage");

        assertThat(putImage.decision()).isEqualTo(Decision.EXPLICITLY_DENIED);
        assertThat(putImage.statements()).containsExactly(3);
    }

    @Test
    void theTokenAllowedOnlyOnTheRepositoryIsMissingWithTheReason() throws Exception {
        Outcome token = outcome(check("token-on-repository.json"), "ecr:GetAuthorizationToken");

        assertThat(token.decision()).isEqualTo(Decision.NOT_ALLOWED);
        assertThat(token.resource()).isEqualTo("*");
        assertThat(token.reason().kind()).isEqualTo(IamMessage.TOKEN_SCOPED);
        assertThat(token.reason().english()).contains("\"" + APP + "\"").contains("\"Resource\": \"*\"");
    }

    @Test
    void anActionAllowedOnAnotherRepositoryNamesWhereItIsAllowed() throws Exception {
        Outcome putImage = outcome(check("wrong-region.json"), "ecr:PutImage");

        assertThat(putImage.decision()).isEqualTo(Decision.NOT_ALLOWED);
        assertThat(putImage.reason().kind()).isEqualTo(IamMessage.OTHER_RESOURCES);
        assertThat(putImage.reason().args()).contains("\"arn:aws:ecr:us-east-1:123456789012:repository/app\"", APP);
    }

    @Test
    void anActionNoStatementMentionsIsAnImplicitDeny() throws Exception {
        Outcome download = outcome(check("minimal-push.json"), "ecr:GetDownloadUrlForLayer");

        assertThat(download.decision()).isEqualTo(Decision.NOT_ALLOWED);
        assertThat(download.statements()).isEmpty();
        assertThat(download.reason().kind()).isEqualTo(IamMessage.NOT_ALLOWED);
    }

    @Test
    void anAllowUnderAConditionIsNotASurePermissionAndIsFlagged() throws Exception {
        Result result = check("condition-on-push.json");

        assertThat(outcome(result, "ecr:PutImage").decision()).isEqualTo(Decision.CONDITIONAL);
        assertThat(outcome(result, "ecr:PutImage").reason().kind()).isEqualTo(IamMessage.CONDITIONAL_ONLY);
        assertThat(kinds(warningsOf(result, 1))).containsExactly(IamMessage.CONDITION_ALLOW);
        assertThat(warningsOf(result, 1).get(0).message().args()).containsExactly("IpAddress");
    }

    @Test
    void aDenyUnderAConditionLeavesTheAllowButWarnsOfAPossibleDeny() throws Exception {
        Result result = check("conditional-deny.json");

        Outcome putImage = outcome(result, "ecr:PutImage");
        assertThat(putImage.decision()).isEqualTo(Decision.ALLOWED);
        assertThat(putImage.reason().kind()).isEqualTo(IamMessage.ALLOWED_POSSIBLY_DENIED);
        List<Warning> onDeny = warningsOf(result, 3);
        assertThat(kinds(onDeny)).containsExactly(IamMessage.CONDITION_DENY);
        assertThat(onDeny.get(0).sid()).isEqualTo("OnlyFromVpn");
        assertThat(onDeny.get(0).message().args()).containsExactly("NotIpAddress", "ecr:PutImage");
    }

    @Test
    void theMinimalPushPolicyFromTheDocsHasNoWarnings() throws Exception {
        assertThat(check("minimal-push.json").warnings()).isEmpty();
    }

    @Test
    void ecrStarOnTheRepositoryWarnsThatItCanDeleteImages() throws Exception {
        Result result = check("ecr-star-on-repository.json");

        assertThat(kinds(warningsOf(result, 1))).containsExactly(IamMessage.ECR_WILDCARD_RISKY);
        assertThat(warningsOf(result, 1).get(0).message().args().get(0)).isEqualTo("ecr:*");
        assertThat(warningsOf(result, 1).get(0).message().args().get(1)).contains("ecr:BatchDeleteImage");
        assertThat(warningsOf(result, 2)).isEmpty();
    }

    @Test
    void putStarWarnsThatItAlsoChangesLifecyclePoliciesAndAMissingVersionIsFlagged() throws Exception {
        Result result = check("put-star-and-no-version.json");

        assertThat(kinds(warningsOf(result, 0))).containsExactly(IamMessage.VERSION_MISSING);
        assertThat(kinds(warningsOf(result, 1))).containsExactly(IamMessage.ECR_WILDCARD_RISKY);
        assertThat(warningsOf(result, 1).get(0).message().args().get(1)).contains("ecr:PutLifecyclePolicy");
    }

    @Test
    void aWildcardInADenyIsNotOverBroad() throws Exception {
        assertThat(warningsOf(check("deny-put-wildcard.json"), 3)).isEmpty();
    }

    @Test
    void notActionWithAllowWarnsAndSoDoesResourceStarOnRepositoryActions() throws Exception {
        assertThat(kinds(warningsOf(check("not-action.json"), 1)))
                .containsExactlyInAnyOrder(IamMessage.NOT_ACTION_ALLOW, IamMessage.RESOURCE_STAR_REPOSITORY);
    }

    @Test
    void actionStarWarnsThatItGrantsEverything() throws Exception {
        assertThat(kinds(warningsOf(check("action-star.json"), 1)))
                .containsExactlyInAnyOrder(IamMessage.ACTION_STAR, IamMessage.RESOURCE_STAR_REPOSITORY);
    }

    @Test
    void aMisspelledEcrActionIsFlaggedAsGrantingNothing() throws Exception {
        IamPolicy policy = IamPolicy.parse("""
                {"Version":"2012-10-17","Statement":[
                 {"Effect":"Allow","Action":"ecr:PushImage","Resource":"%s"}]}""".formatted(APP));

        Result result = EcrPermissionCheck.check(policy, EcrRepositoryArn.parse(APP));

        assertThat(kinds(warningsOf(result, 1))).containsExactly(IamMessage.UNKNOWN_ECR_ACTION);
        assertThat(result.canPush()).isFalse();
    }

    @Test
    void allowWithNotResourceWarns() throws Exception {
        IamPolicy policy = IamPolicy.parse("""
                {"Version":"2012-10-17","Statement":[
                 {"Effect":"Allow","Action":"ecr:PutImage","NotResource":"arn:aws:ecr:*:*:repository/prod-*"}]}""");

        Result result = EcrPermissionCheck.check(policy, EcrRepositoryArn.parse(APP));

        assertThat(kinds(warningsOf(result, 1))).containsExactly(IamMessage.NOT_RESOURCE_ALLOW);
        assertThat(outcome(result, "ecr:PutImage").decision()).isEqualTo(Decision.ALLOWED);
    }
}

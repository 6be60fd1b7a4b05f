package dev.opsdojo.calc.cicd;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.opsdojo.calc.cicd.WorkflowOptions.Credentials;
import dev.opsdojo.calc.cicd.WorkflowOptions.DeployTarget;
import dev.opsdojo.calc.cicd.WorkflowOptions.Field;
import dev.opsdojo.calc.cicd.WorkflowOptions.TagStrategy;
import dev.opsdojo.calc.iam.EcrPermissionCheck;
import dev.opsdojo.calc.iam.EcrRepositoryArn;
import dev.opsdojo.calc.iam.IamPolicy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The generated workflow, read back with a YAML parser, and the generated policies. */
class WorkflowGeneratorTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private static WorkflowOptions options(Credentials credentials, TagStrategy tags, DeployTarget deploy) {
        return new WorkflowOptions("eu-central-1", "111122223333", "shop/api", credentials, "ci-push", "acme/shop",
                "main", tags, deploy, "prod", "api");
    }

    private static JsonNode workflow(WorkflowOptions o) throws Exception {
        return YAML.readTree(WorkflowGenerator.workflow(o));
    }

    private static JsonNode steps(JsonNode workflow) {
        return workflow.path("jobs").path("build-and-push").path("steps");
    }

    private static List<String> uses(JsonNode workflow) {
        List<String> uses = new ArrayList<>();
        steps(workflow).forEach(s -> {
            if (s.has("uses")) {
                uses.add(s.get("uses").asText());
            }
        });
        return uses;
    }

    private static String runs(JsonNode workflow) {
        StringBuilder runs = new StringBuilder();
        steps(workflow).forEach(s -> runs.append(s.path("run").asText("")).append('\n'));
        return runs.toString();
    }

    @Test
    void aShaBuildRunsOnPushesToTheBranch() throws Exception {
        JsonNode on = workflow(options(Credentials.OIDC_ROLE, TagStrategy.GIT_SHA, DeployTarget.NONE)).path("on");

        assertThat(on.path("push").path("branches")).extracting(JsonNode::asText).containsExactly("main");
        assertThat(on.path("push").has("tags")).isFalse();
    }

    @Test
    void aSemverBuildRunsOnVersionTagsOnly() throws Exception {
        JsonNode push = workflow(options(Credentials.OIDC_ROLE, TagStrategy.SEMVER, DeployTarget.NONE)).path("on").path("push");

        assertThat(push.has("branches")).isFalse();
        assertThat(push.path("tags")).extracting(JsonNode::asText).containsExactly("v*.*.*");
    }

    @Test
    void oidcAsksForAnIdTokenAndAssumesTheRole() throws Exception {
        JsonNode wf = workflow(options(Credentials.OIDC_ROLE, TagStrategy.GIT_SHA, DeployTarget.NONE));

        assertThat(wf.path("permissions").path("id-token").asText()).isEqualTo("write");
        assertThat(wf.path("permissions").path("contents").asText()).isEqualTo("read");
        JsonNode with = steps(wf).get(1).path("with");
        assertThat(with.path("role-to-assume").asText()).isEqualTo("arn:aws:iam::111122223333:role/ci-push");
        assertThat(with.has("aws-access-key-id")).isFalse();
    }

    @Test
    void accessKeysComeFromSecretsAndNeedNoIdToken() throws Exception {
        JsonNode wf = workflow(options(Credentials.ACCESS_KEYS, TagStrategy.GIT_SHA, DeployTarget.NONE));

        assertThat(wf.path("permissions").has("id-token")).isFalse();
        JsonNode with = steps(wf).get(1).path("with");
        assertThat(with.path("aws-access-key-id").asText()).isEqualTo("${{ secrets.AWS_ACCESS_KEY_ID }}");
        assertThat(with.path("aws-secret-access-key").asText()).isEqualTo("${{ secrets.AWS_SECRET_ACCESS_KEY }}");
        assertThat(with.has("role-to-assume")).isFalse();
    }

    @Test
    void theStepsUseTheCurrentOfficialActionsInPipelineOrder() throws Exception {
        JsonNode wf = workflow(options(Credentials.OIDC_ROLE, TagStrategy.GIT_SHA, DeployTarget.NONE));

        assertThat(uses(wf)).containsExactly("actions/checkout@v6", "aws-actions/configure-aws-credentials@v6",
                "aws-actions/amazon-ecr-login@v2");
        assertThat(steps(wf)).extracting(s -> s.path("name").asText()).containsExactly("Check out the code",
                "Configure AWS credentials (OIDC, no stored keys)", "Log in to Amazon ECR", "Build the image",
                "Tag the image", "Push the image");
        assertThat(wf.path("env").path("ECR_REPOSITORY").asText()).isEqualTo("shop/api");
        assertThat(wf.path("env").path("AWS_REGION").asText()).isEqualTo("eu-central-1");
    }

    @ParameterizedTest
    @EnumSource(TagStrategy.class)
    void imagesAreBuiltTaggedAndPushedWithImmutableTagsNeverLatest(TagStrategy strategy) throws Exception {
        String runs = runs(workflow(options(Credentials.OIDC_ROLE, strategy, DeployTarget.NONE)));

        assertThat(runs).contains("docker build -t \"$ECR_REPOSITORY:build\" .");
        assertThat(runs).doesNotContain("latest");
        if (strategy != TagStrategy.SEMVER) {
            assertThat(runs).contains("docker tag \"$ECR_REPOSITORY:build\" \"$IMAGE:$GITHUB_SHA\"")
                    .contains("docker push \"$REGISTRY/$ECR_REPOSITORY:$GITHUB_SHA\"");
        }
        if (strategy != TagStrategy.GIT_SHA) {
            assertThat(runs).contains("docker push \"$REGISTRY/$ECR_REPOSITORY:${GITHUB_REF_NAME#v}\"");
        } else {
            assertThat(runs).doesNotContain("GITHUB_REF_NAME");
        }
    }

    @Test
    void ecsDeployRendersTheTaskDefinitionWithTheNewImageAndDeploysIt() throws Exception {
        JsonNode wf = workflow(options(Credentials.OIDC_ROLE, TagStrategy.GIT_SHA, DeployTarget.ECS));

        assertThat(uses(wf)).endsWith("aws-actions/amazon-ecs-render-task-definition@v1",
                "aws-actions/amazon-ecs-deploy-task-definition@v2");
        JsonNode deploy = steps(wf).get(steps(wf).size() - 1).path("with");
        assertThat(deploy.path("cluster").asText()).isEqualTo("prod");
        assertThat(deploy.path("service").asText()).isEqualTo("api");
        assertThat(steps(wf).get(steps(wf).size() - 2).path("with").path("image").asText())
                .isEqualTo("${{ steps.tag.outputs.image }}");
    }

    @Test
    void eksDeploySetsTheImageWithKubectl() throws Exception {
        String runs = runs(workflow(options(Credentials.OIDC_ROLE, TagStrategy.GIT_SHA, DeployTarget.EKS)));

        assertThat(runs).contains("aws eks update-kubeconfig --name prod").contains("kubectl set image deployment/api")
                .contains("kubectl rollout status deployment/api");
    }

    @ParameterizedTest
    @EnumSource(DeployTarget.class)
    void theGeneratedPolicyPassesTheIamCheckerForPush(DeployTarget deploy) throws Exception {
        WorkflowOptions o = options(Credentials.OIDC_ROLE, TagStrategy.BOTH, deploy);

        EcrPermissionCheck.Result result = EcrPermissionCheck.check(IamPolicy.parse(WorkflowGenerator.minimalPolicy(o)),
                EcrRepositoryArn.parse("arn:aws:ecr:eu-central-1:111122223333:repository/shop/api"));

        assertThat(result.canPush()).isTrue();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void theTrustPolicyLimitsTheRoleToTheRepositoryBranchAndSts() throws Exception {
        JsonNode trust = JSON.readTree(WorkflowGenerator.trustPolicy(options(Credentials.OIDC_ROLE, TagStrategy.GIT_SHA,
                DeployTarget.NONE)));

        JsonNode s = trust.path("Statement").get(0);
        assertThat(s.path("Principal").path("Federated").asText())
                .isEqualTo("arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com");
        assertThat(s.path("Action").asText()).isEqualTo("sts:AssumeRoleWithWebIdentity");
        JsonNode equals = s.path("Condition").path("StringEquals");
        assertThat(equals.path("token.actions.githubusercontent.com:aud").asText()).isEqualTo("sts.amazonaws.com");
        assertThat(equals.path("token.actions.githubusercontent.com:sub").asText())
                .isEqualTo("repo:acme/shop:ref:refs/heads/main");
    }

    @Test
    void versionTagBuildsNeedATagSubjectInTheTrustPolicy() throws Exception {
        JsonNode trust = JSON.readTree(WorkflowGenerator.trustPolicy(options(Credentials.OIDC_ROLE, TagStrategy.BOTH,
                DeployTarget.NONE)));

        JsonNode like = trust.path("Statement").get(0).path("Condition").path("StringLike")
                .path("token.actions.githubusercontent.com:sub");
        assertThat(like).extracting(JsonNode::asText)
                .containsExactly("repo:acme/shop:ref:refs/heads/main", "repo:acme/shop:ref:refs/tags/v*");
    }

    @Test
    void malformedFieldsAreNamed() {
        WorkflowOptions bad = new WorkflowOptions("Seoul", "1234", "My App", Credentials.OIDC_ROLE, "", "acme",
                "main branch", TagStrategy.GIT_SHA, DeployTarget.ECS, "", "api");

        assertThat(bad.problems()).containsExactly(Field.REGION, Field.ACCOUNT_ID, Field.REPOSITORY_NAME, Field.ROLE_NAME,
                Field.GITHUB_REPOSITORY, Field.BRANCH, Field.CLUSTER_NAME);
    }

    @Test
    void theDefaultsAreValidAndTheRoleFieldsAreIgnoredForAccessKeys() {
        assertThat(WorkflowOptions.defaults().problems()).isEmpty();
        WorkflowOptions keys = new WorkflowOptions("eu-central-1", "111122223333", "api", Credentials.ACCESS_KEYS, "",
                "", "main", TagStrategy.GIT_SHA, DeployTarget.NONE, "", "");
        assertThat(keys.problems()).isEmpty();
    }
}

package dev.opsdojo.calc.cicd;

import dev.opsdojo.calc.iam.EcrRepositoryArn;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the workflow generator needs: where the image goes, how the job gets AWS credentials, which branch builds,
 * how images are tagged and where they are deployed. {@link #problems()} lists the fields that would produce a broken
 * workflow.
 */
public record WorkflowOptions(String region, String accountId, String repositoryName, Credentials credentials,
                              String roleName, String githubRepository, String branch, TagStrategy tagStrategy,
                              DeployTarget deployTarget, String clusterName, String serviceName) {
    /** OIDC role assumption (recommended) or long-lived access keys kept in repository secrets. */
    public enum Credentials { OIDC_ROLE, ACCESS_KEYS }

    /** GIT_SHA tags every build with the commit; SEMVER builds only version tags vX.Y.Z; BOTH does both. */
    public enum TagStrategy { GIT_SHA, SEMVER, BOTH }

    public enum DeployTarget { NONE, ECS, EKS }

    /** The fields {@link #problems()} can name. */
    public enum Field { REGION, ACCOUNT_ID, REPOSITORY_NAME, ROLE_NAME, GITHUB_REPOSITORY, BRANCH, CLUSTER_NAME, SERVICE_NAME }

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(?:-[a-z]+)+-\\d{1,2}");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern ROLE = Pattern.compile("[\\w+=,.@-]{1,64}");
    private static final Pattern GITHUB_REPOSITORY = Pattern.compile("[A-Za-z0-9-]+/[A-Za-z0-9._-]+");
    private static final Pattern BRANCH = Pattern.compile("[A-Za-z0-9._/-]+");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");

    public static WorkflowOptions defaults() {
        return new WorkflowOptions("ap-northeast-2", "123456789012", "my-app", Credentials.OIDC_ROLE,
                "github-actions-ecr-push", "my-org/my-app", "main", TagStrategy.GIT_SHA, DeployTarget.NONE,
                "my-cluster", "my-app");
    }

    /** The fields that are empty or malformed, in form order; empty when the workflow can be generated. */
    public List<Field> problems() {
        List<Field> problems = new ArrayList<>();
        check(problems, Field.REGION, REGION.matcher(text(region)).matches());
        check(problems, Field.ACCOUNT_ID, ACCOUNT.matcher(text(accountId)).matches());
        check(problems, Field.REPOSITORY_NAME, EcrRepositoryArn.validName(text(repositoryName)));
        if (credentials == Credentials.OIDC_ROLE) {
            check(problems, Field.ROLE_NAME, ROLE.matcher(text(roleName)).matches());
            check(problems, Field.GITHUB_REPOSITORY, GITHUB_REPOSITORY.matcher(text(githubRepository)).matches());
        }
        check(problems, Field.BRANCH, BRANCH.matcher(text(branch)).matches() && !text(branch).contains(".."));
        if (deployTarget != DeployTarget.NONE) {
            check(problems, Field.CLUSTER_NAME, NAME.matcher(text(clusterName)).matches());
            check(problems, Field.SERVICE_NAME, NAME.matcher(text(serviceName)).matches());
        }
        return problems;
    }

    public String repositoryArn() {
        return "arn:aws:ecr:" + region + ":" + accountId + ":repository/" + repositoryName;
    }

    public String registry() {
        return accountId + ".dkr.ecr." + region + ".amazonaws.com";
    }

    public String roleArn() {
        return "arn:aws:iam::" + accountId + ":role/" + roleName;
    }

    private static void check(List<Field> problems, Field field, boolean ok) {
        if (!ok) {
            problems.add(field);
        }
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}

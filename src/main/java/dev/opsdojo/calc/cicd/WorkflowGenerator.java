package dev.opsdojo.calc.cicd;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsdojo.calc.cicd.WorkflowOptions.Credentials;
import dev.opsdojo.calc.cicd.WorkflowOptions.DeployTarget;
import dev.opsdojo.calc.cicd.WorkflowOptions.TagStrategy;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the GitHub Actions workflow that builds an image and pushes it to Amazon ECR, with the matching minimal IAM
 * policy for the job's role and, for OIDC, the role's trust policy.
 *
 * <p>The workflow follows the pipeline stages: checkout, credentials, registry login, build, tag, push and (optionally)
 * deploy. It uses the current major versions of the official actions: {@code actions/checkout@v6},
 * {@code aws-actions/configure-aws-credentials@v6}, {@code aws-actions/amazon-ecr-login@v2} and, for ECS,
 * {@code aws-actions/amazon-ecs-render-task-definition@v1} with {@code amazon-ecs-deploy-task-definition@v2}.
 * Images are tagged only with immutable tags (the commit SHA, the version from a {@code v1.2.3} git tag, or both),
 * never with {@code latest}, so the repository can use {@code imageTagMutability: IMMUTABLE}.
 */
public final class WorkflowGenerator {
    public static final String CHECKOUT = "actions/checkout@v6";
    public static final String CONFIGURE_CREDENTIALS = "aws-actions/configure-aws-credentials@v6";
    public static final String ECR_LOGIN = "aws-actions/amazon-ecr-login@v2";
    public static final String ECS_RENDER = "aws-actions/amazon-ecs-render-task-definition@v1";
    public static final String ECS_DEPLOY = "aws-actions/amazon-ecs-deploy-task-definition@v2";
    static final String OIDC_HOST = "token.actions.githubusercontent.com";
    static final String ECS_TASK_EXECUTION_ROLE = "ecsTaskExecutionRole";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE)
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));

    private WorkflowGenerator() {
    }

    /** The file name the workflow is saved under: {@code .github/workflows/} plus this. */
    public static String fileName(WorkflowOptions o) {
        return "ecr-push.yml";
    }

    /** The workflow YAML. The options must have no {@link WorkflowOptions#problems()}. */
    public static String workflow(WorkflowOptions o) {
        boolean oidc = o.credentials() == Credentials.OIDC_ROLE;
        boolean semver = o.tagStrategy() != TagStrategy.GIT_SHA;
        boolean sha = o.tagStrategy() != TagStrategy.SEMVER;
        StringBuilder y = new StringBuilder();
        y.append("name: Build and push to Amazon ECR\n\n");
        y.append("on:\n  push:\n");
        if (sha) {
            y.append("    branches: ['").append(o.branch().strip()).append("']\n");
        }
        if (semver) {
            y.append("    tags: ['v*.*.*']\n");
        }
        y.append("\npermissions:\n");
        if (oidc) {
            y.append("  id-token: write   # lets the job ask GitHub for an OIDC token to assume the AWS role\n");
        }
        y.append("  contents: read\n\n");
        y.append("env:\n");
        y.append("  AWS_REGION: ").append(o.region().strip()).append('\n');
        y.append("  ECR_REPOSITORY: ").append(o.repositoryName().strip()).append("\n\n");
        y.append("jobs:\n  build-and-push:\n    runs-on: ubuntu-latest\n    steps:\n");

        step(y, "Check out the code", null, CHECKOUT);

        if (oidc) {
            step(y, "Configure AWS credentials (OIDC, no stored keys)", null, CONFIGURE_CREDENTIALS);
            y.append("        with:\n");
            y.append("          role-to-assume: ").append(o.roleArn()).append('\n');
            y.append("          aws-region: ${{ env.AWS_REGION }}\n");
        } else {
            step(y, "Configure AWS credentials (long-lived access keys)", null, CONFIGURE_CREDENTIALS);
            y.append("        with:\n");
            y.append("          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}\n");
            y.append("          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n");
            y.append("          aws-region: ${{ env.AWS_REGION }}\n");
        }

        step(y, "Log in to Amazon ECR", "login-ecr", ECR_LOGIN);

        y.append("\n      - name: Build the image\n");
        y.append("        run: docker build -t \"$ECR_REPOSITORY:build\" .\n");

        y.append("\n      - name: Tag the image\n        id: tag\n");
        y.append("        env:\n          REGISTRY: ${{ steps.login-ecr.outputs.registry }}\n");
        y.append("        run: |\n");
        y.append("          IMAGE=\"$REGISTRY/$ECR_REPOSITORY\"\n");
        if (sha) {
            y.append("          docker tag \"$ECR_REPOSITORY:build\" \"$IMAGE:$GITHUB_SHA\"\n");
        }
        if (o.tagStrategy() == TagStrategy.BOTH) {
            y.append("          DEPLOY_TAG=\"$GITHUB_SHA\"\n");
            y.append("          if [ \"$GITHUB_REF_TYPE\" = \"tag\" ]; then\n");
            y.append("            docker tag \"$ECR_REPOSITORY:build\" \"$IMAGE:${GITHUB_REF_NAME#v}\"\n");
            y.append("          fi\n");
        } else if (semver) {
            y.append("          DEPLOY_TAG=\"${GITHUB_REF_NAME#v}\"\n");
            y.append("          docker tag \"$ECR_REPOSITORY:build\" \"$IMAGE:$DEPLOY_TAG\"\n");
        } else {
            y.append("          DEPLOY_TAG=\"$GITHUB_SHA\"\n");
        }
        y.append("          echo \"image=$IMAGE:$DEPLOY_TAG\" >> \"$GITHUB_OUTPUT\"\n");

        y.append("\n      - name: Push the image\n");
        y.append("        env:\n          REGISTRY: ${{ steps.login-ecr.outputs.registry }}\n");
        y.append("        run: |\n");
        if (sha) {
            y.append("          docker push \"$REGISTRY/$ECR_REPOSITORY:$GITHUB_SHA\"\n");
        }
        if (o.tagStrategy() == TagStrategy.BOTH) {
            y.append("          if [ \"$GITHUB_REF_TYPE\" = \"tag\" ]; then\n");
            y.append("            docker push \"$REGISTRY/$ECR_REPOSITORY:${GITHUB_REF_NAME#v}\"\n");
            y.append("          fi\n");
        } else if (semver) {
            y.append("          docker push \"$REGISTRY/$ECR_REPOSITORY:${GITHUB_REF_NAME#v}\"\n");
        }

        if (o.deployTarget() == DeployTarget.ECS) {
            y.append("\n      - name: Put the new image into the ECS task definition\n        id: task-def\n");
            y.append("        uses: ").append(ECS_RENDER).append('\n');
            y.append("        with:\n");
            y.append("          task-definition: .aws/task-definition.json\n");
            y.append("          container-name: ").append(o.repositoryName().strip().replace('/', '-')).append('\n');
            y.append("          image: ${{ steps.tag.outputs.image }}\n");
            y.append("\n      - name: Deploy to Amazon ECS\n");
            y.append("        uses: ").append(ECS_DEPLOY).append('\n');
            y.append("        with:\n");
            y.append("          task-definition: ${{ steps.task-def.outputs.task-definition }}\n");
            y.append("          cluster: ").append(o.clusterName().strip()).append('\n');
            y.append("          service: ").append(o.serviceName().strip()).append('\n');
            y.append("          wait-for-service-stability: true\n");
        } else if (o.deployTarget() == DeployTarget.EKS) {
            y.append("\n      - name: Point kubectl at the EKS cluster\n");
            y.append("        run: aws eks update-kubeconfig --name ").append(o.clusterName().strip())
                    .append(" --region \"$AWS_REGION\"\n");
            y.append("\n      - name: Deploy to Amazon EKS\n");
            y.append("        env:\n          IMAGE: ${{ steps.tag.outputs.image }}\n");
            y.append("        run: |\n");
            y.append("          kubectl set image deployment/").append(o.serviceName().strip()).append(' ')
                    .append(o.repositoryName().strip().replace('/', '-')).append("=\"$IMAGE\"\n");
            y.append("          kubectl rollout status deployment/").append(o.serviceName().strip())
                    .append(" --timeout=5m\n");
        }
        return y.toString().replace("steps:\n\n", "steps:\n");
    }

    private static void step(StringBuilder y, String name, String id, String uses) {
        y.append("\n      - name: ").append(name).append('\n');
        if (id != null) {
            y.append("        id: ").append(id).append('\n');
        }
        y.append("        uses: ").append(uses).append('\n');
    }

    /**
     * The least-privilege identity policy for the job: the push actions the ECR User Guide lists on the repository,
     * {@code ecr:GetAuthorizationToken} on {@code "*"}, and what the deploy step needs (ECS: register the task
     * definition, update and describe the service, pass the task execution role; EKS: describe the cluster for
     * {@code update-kubeconfig}).
     */
    public static String minimalPolicy(WorkflowOptions o) {
        ObjectNode root = JSON.createObjectNode();
        root.put("Version", "2012-10-17");
        ArrayNode statements = root.putArray("Statement");
        ObjectNode push = statements.addObject();
        push.put("Sid", "PushToRepository");
        push.put("Effect", "Allow");
        ArrayNode actions = push.putArray("Action");
        for (String a : List.of("ecr:BatchCheckLayerAvailability", "ecr:InitiateLayerUpload", "ecr:UploadLayerPart",
                "ecr:CompleteLayerUpload", "ecr:PutImage", "ecr:BatchGetImage")) {
            actions.add(a);
        }
        push.put("Resource", o.repositoryArn());
        ObjectNode login = statements.addObject();
        login.put("Sid", "LogInToTheRegistry");
        login.put("Effect", "Allow");
        login.put("Action", "ecr:GetAuthorizationToken");
        login.put("Resource", "*");
        if (o.deployTarget() == DeployTarget.ECS) {
            ObjectNode register = statements.addObject();
            register.put("Sid", "RegisterTaskDefinition");
            register.put("Effect", "Allow");
            register.put("Action", "ecs:RegisterTaskDefinition");
            register.put("Resource", "*");
            ObjectNode service = statements.addObject();
            service.put("Sid", "UpdateTheService");
            service.put("Effect", "Allow");
            service.putArray("Action").add("ecs:UpdateService").add("ecs:DescribeServices");
            service.put("Resource", "arn:aws:ecs:" + o.region() + ":" + o.accountId() + ":service/"
                    + o.clusterName().strip() + "/" + o.serviceName().strip());
            ObjectNode pass = statements.addObject();
            pass.put("Sid", "PassTheTaskExecutionRole");
            pass.put("Effect", "Allow");
            pass.put("Action", "iam:PassRole");
            pass.put("Resource", "arn:aws:iam::" + o.accountId() + ":role/" + ECS_TASK_EXECUTION_ROLE);
            pass.putObject("Condition").putObject("StringEquals").put("iam:PassedToService", "ecs-tasks.amazonaws.com");
        } else if (o.deployTarget() == DeployTarget.EKS) {
            ObjectNode describe = statements.addObject();
            describe.put("Sid", "FindTheCluster");
            describe.put("Effect", "Allow");
            describe.put("Action", "eks:DescribeCluster");
            describe.put("Resource", "arn:aws:eks:" + o.region() + ":" + o.accountId() + ":cluster/" + o.clusterName().strip());
        }
        return write(root);
    }

    /** The OIDC subjects the role must accept: the branch for SHA builds, version tags for SemVer builds. */
    public static List<String> oidcSubjects(WorkflowOptions o) {
        List<String> subjects = new ArrayList<>();
        String repo = "repo:" + o.githubRepository().strip();
        if (o.tagStrategy() != TagStrategy.SEMVER) {
            subjects.add(repo + ":ref:refs/heads/" + o.branch().strip());
        }
        if (o.tagStrategy() != TagStrategy.GIT_SHA) {
            subjects.add(repo + ":ref:refs/tags/v*");
        }
        return subjects;
    }

    /**
     * The trust policy of the OIDC role: only GitHub's OIDC provider in this account, only tokens meant for STS
     * ({@code aud} = {@code sts.amazonaws.com}) and only from this repository's branch or version tags ({@code sub}).
     */
    public static String trustPolicy(WorkflowOptions o) {
        ObjectNode root = JSON.createObjectNode();
        root.put("Version", "2012-10-17");
        ObjectNode s = root.putArray("Statement").addObject();
        s.put("Effect", "Allow");
        s.putObject("Principal").put("Federated", "arn:aws:iam::" + o.accountId() + ":oidc-provider/" + OIDC_HOST);
        s.put("Action", "sts:AssumeRoleWithWebIdentity");
        ObjectNode condition = s.putObject("Condition");
        ObjectNode equals = condition.putObject("StringEquals");
        equals.put(OIDC_HOST + ":aud", "sts.amazonaws.com");
        List<String> subjects = oidcSubjects(o);
        boolean exact = subjects.size() == 1 && !subjects.get(0).contains("*");
        if (exact) {
            equals.put(OIDC_HOST + ":sub", subjects.get(0));
        } else {
            ArrayNode like = condition.putObject("StringLike").putArray(OIDC_HOST + ":sub");
            subjects.forEach(like::add);
        }
        return write(root);
    }

    private static String write(ObjectNode root) {
        try {
            return JSON.writer(PRETTY).writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.opsdojo.calc.cicd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.opsdojo.calc.cicd.WorkflowCheck.Finding;
import dev.opsdojo.calc.cicd.WorkflowCheck.Item;
import dev.opsdojo.calc.cicd.WorkflowCheck.Status;
import dev.opsdojo.calc.cicd.WorkflowOptions.Credentials;
import dev.opsdojo.calc.cicd.WorkflowOptions.DeployTarget;
import dev.opsdojo.calc.cicd.WorkflowOptions.TagStrategy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The "check my workflow" checklist. */
class WorkflowCheckTest {
    private static Finding item(List<Finding> findings, Item item) {
        return findings.stream().filter(f -> f.item() == item).findFirst().orElseThrow();
    }

    private static final String GOOD = """
            on:
              push:
                branches: [main]
            permissions:
              id-token: write
              contents: read
            jobs:
              build:
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v6
                  - uses: aws-actions/configure-aws-credentials@v6
                    with:
                      role-to-assume: arn:aws:iam::111122223333:role/ci
                      aws-region: eu-central-1
                  - id: ecr
                    uses: aws-actions/amazon-ecr-login@v2
                  - run: |
                      docker build -t "${{ steps.ecr.outputs.registry }}/api:${{ github.sha }}" .
                      docker push "${{ steps.ecr.outputs.registry }}/api:${{ github.sha }}"
            """;

    @Test
    void aCompleteOidcWorkflowPassesEveryCheck() throws Exception {
        assertThat(WorkflowCheck.check(GOOD)).extracting(Finding::status).containsOnly(Status.PASS);
    }

    @Test
    void everyGeneratedWorkflowPassesExceptTheWarningForAccessKeys() throws Exception {
        for (Credentials credentials : Credentials.values()) {
            for (TagStrategy tags : TagStrategy.values()) {
                for (DeployTarget deploy : DeployTarget.values()) {
                    WorkflowOptions o = new WorkflowOptions("eu-central-1", "111122223333", "api", credentials, "ci",
                            "acme/api", "main", tags, deploy, "prod", "api");
                    List<Finding> findings = WorkflowCheck.check(WorkflowGenerator.workflow(o));
                    assertThat(item(findings, Item.NO_LONG_LIVED_KEYS).status())
                            .isEqualTo(credentials == Credentials.ACCESS_KEYS ? Status.WARN : Status.PASS);
                    assertThat(findings).filteredOn(f -> f.item() != Item.NO_LONG_LIVED_KEYS)
                            .extracting(Finding::status).doesNotContain(Status.FAIL, Status.WARN);
                }
            }
        }
    }

    @Test
    void assumingARoleWithoutIdTokenWriteFails() throws Exception {
        List<Finding> findings = WorkflowCheck.check(GOOD.replace("  id-token: write\n", ""));

        assertThat(item(findings, Item.OIDC_PERMISSION).status()).isEqualTo(Status.FAIL);
    }

    @Test
    void idTokenWriteOnTheJobIsEnough() throws Exception {
        String jobLevel = GOOD.replace("permissions:\n  id-token: write\n  contents: read\n", "")
                .replace("    runs-on: ubuntu-latest\n", "    runs-on: ubuntu-latest\n    permissions:\n      id-token: write\n");

        assertThat(item(WorkflowCheck.check(jobLevel), Item.OIDC_PERMISSION).status()).isEqualTo(Status.PASS);
    }

    @Test
    void onlyTheLatestTagFailsAndLatestBesideAShaWarns() throws Exception {
        String onlyLatest = GOOD.replace("${{ github.sha }}", "latest");
        String both = GOOD.replace("      docker push", "      docker push \"r/api:latest\"\n          docker push");

        assertThat(item(WorkflowCheck.check(onlyLatest), Item.IMMUTABLE_TAGS).status()).isEqualTo(Status.FAIL);
        assertThat(item(WorkflowCheck.check(both), Item.IMMUTABLE_TAGS).status()).isEqualTo(Status.WARN);
    }

    @Test
    void echoingASecretFailsAndNamesTheLine() throws Exception {
        String leaky = GOOD.replace("      docker push", "      echo \"key ${{ secrets.AWS_SECRET_ACCESS_KEY }}\"\n          docker push");

        Finding finding = item(WorkflowCheck.check(leaky), Item.NO_SECRETS_ECHOED);

        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.detail()).isEqualTo("echo \"key ${{ secrets.AWS_SECRET_ACCESS_KEY }}\"");
    }

    @Test
    void actionsOnABranchOrWithoutARefAreUnpinned() throws Exception {
        String unpinned = GOOD.replace("actions/checkout@v6", "actions/checkout@main")
                .replace("aws-actions/amazon-ecr-login@v2", "aws-actions/amazon-ecr-login");

        Finding finding = item(WorkflowCheck.check(unpinned), Item.PINNED_ACTIONS);

        assertThat(finding.status()).isEqualTo(Status.FAIL);
        assertThat(finding.detail()).isEqualTo("actions/checkout@main, aws-actions/amazon-ecr-login");
    }

    @Test
    void aWorkflowWithoutTheAwsStepsFailsThoseChecks() throws Exception {
        String bare = """
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - run: make
                """;

        List<Finding> findings = WorkflowCheck.check(bare);

        assertThat(item(findings, Item.CHECKOUT).status()).isEqualTo(Status.FAIL);
        assertThat(item(findings, Item.CREDENTIALS).status()).isEqualTo(Status.FAIL);
        assertThat(item(findings, Item.OIDC_PERMISSION).status()).isEqualTo(Status.NOT_APPLICABLE);
        assertThat(item(findings, Item.ECR_LOGIN).status()).isEqualTo(Status.FAIL);
        assertThat(item(findings, Item.BUILD).status()).isEqualTo(Status.FAIL);
        assertThat(item(findings, Item.PUSH).status()).isEqualTo(Status.FAIL);
    }

    @Test
    void buildPushActionCountsAsBuildAndPushWhenPushIsTrue() throws Exception {
        String withAction = GOOD.substring(0, GOOD.indexOf("      - run: |")) + """
                      - uses: docker/build-push-action@v6
                        with:
                          push: true
                          tags: ${{ steps.ecr.outputs.registry }}/api:${{ github.sha }}
                """;

        List<Finding> findings = WorkflowCheck.check(withAction);

        assertThat(item(findings, Item.BUILD).status()).isEqualTo(Status.PASS);
        assertThat(item(findings, Item.PUSH).status()).isEqualTo(Status.PASS);
        assertThat(item(findings, Item.IMMUTABLE_TAGS).status()).isEqualTo(Status.PASS);
    }

    @Test
    void brokenYamlIsAnErrorWithItsLine() {
        WorkflowCheck.NotAWorkflowException e = catchThrowableOfType(WorkflowCheck.NotAWorkflowException.class,
                () -> WorkflowCheck.check("jobs:\n  build:\n    steps: [\n"));

        assertThat(e.malformedYaml()).isTrue();
        assertThat(e.line()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void yamlWithoutJobsIsNotAWorkflow() {
        WorkflowCheck.NotAWorkflowException e = catchThrowableOfType(WorkflowCheck.NotAWorkflowException.class,
                () -> WorkflowCheck.check("name: hello\n"));

        assertThat(e.malformedYaml()).isFalse();
    }
}

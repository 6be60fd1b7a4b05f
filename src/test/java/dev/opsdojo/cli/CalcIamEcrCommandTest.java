package dev.opsdojo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code opsdojo calc iam-ecr} run in-process on the test policies. */
class CalcIamEcrCommandTest {
    private static final String APP = "arn:aws:ecr:ap-northeast-2:123456789012:repository/app";
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        CommandLine cli = new CommandLine(new RootCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Path policy(String name) throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/dev/opsdojo/calc/iam/" + name)) {
            Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    @Test
    void jsonSaysThePushPolicyCanPushButNotPullAndWhatPullLacks() throws Exception {
        int exit = run("calc", "iam-ecr", policy("minimal-push.json").toString(), "--repository", APP, "--json");

        assertThat(exit).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("canPush").asBoolean()).isTrue();
        assertThat(json.get("canPull").asBoolean()).isFalse();
        assertThat(json.get("missing")).hasSize(1);
        JsonNode missing = json.get("missing").get(0);
        assertThat(missing.get("action").asText()).isEqualTo("ecr:GetDownloadUrlForLayer");
        assertThat(missing.get("resource").asText()).isEqualTo(APP);
        assertThat(missing.get("neededFor")).extracting(JsonNode::asText).containsExactly("pull");
        assertThat(missing.get("decision").asText()).isEqualTo("not-allowed");
        assertThat(json.get("warnings")).isEmpty();
        assertThat(json.get("actions")).hasSize(8);
    }

    @Test
    void anExplicitDenyIsReportedWithItsStatement() throws Exception {
        run("calc", "iam-ecr", policy("deny-put-image.json").toString(), "--repository", APP, "--json");

        JsonNode missing = new ObjectMapper().readTree(out.toString()).get("missing").get(0);
        assertThat(missing.get("action").asText()).isEqualTo("ecr:PutImage");
        assertThat(missing.get("decision").asText()).isEqualTo("explicitly-denied");
        assertThat(missing.get("statements")).extracting(JsonNode::asInt).containsExactly(3);
    }

    @Test
    void warningsCarryTheStatementNumber() throws Exception {
        run("calc", "iam-ecr", policy("ecr-star-on-repository.json").toString(), "--repository", APP, "--json");

        JsonNode warning = new ObjectMapper().readTree(out.toString()).get("warnings").get(0);
        assertThat(warning.get("statement").asInt()).isEqualTo(1);
        assertThat(warning.get("kind").asText()).isEqualTo("ECR_WILDCARD_RISKY");
        assertThat(warning.get("message").asText()).contains("ecr:*");
    }

    @Test
    void theTextReportSaysYesOrNo() throws Exception {
        int exit = run("calc", "iam-ecr", policy("token-on-repository.json").toString(), "--repository", APP);

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("Can push:   no").contains("Can pull:   no")
                .contains("ecr:GetAuthorizationToken");
    }

    @Test
    void malformedJsonIsExitTwoWithFileLineAndColumn() throws Exception {
        Path file = policy("malformed-missing-comma.json");

        int exit = run("calc", "iam-ecr", file.toString(), "--repository", APP);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).startsWith(file + ":6:7: Malformed JSON");
    }

    @Test
    void aResourceBasedPolicyIsExitTwoWithTheReason() throws Exception {
        Path file = policy("repository-policy-with-principal.json");

        int exit = run("calc", "iam-ecr", file.toString(), "--repository", APP);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).startsWith(file + ":7:7: This looks like a resource-based policy");
    }

    @Test
    void aMissingFileIsExitTwoNamingTheFile() {
        Path file = dir.resolve("nope.json");

        int exit = run("calc", "iam-ecr", file.toString(), "--repository", APP);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains(file + ": no such file");
    }

    @Test
    void aRepositoryThatIsNotAnEcrArnIsExitTwoNamingTheFlag() throws Exception {
        int exit = run("calc", "iam-ecr", policy("minimal-push.json").toString(), "--repository", "my-app");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--repository").contains("not an ECR repository ARN");
    }
}

package dev.opsdojo.calc.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EcrRepositoryArnTest {
    @Test
    void aRepositoryArnSplitsIntoItsParts() {
        EcrRepositoryArn arn = EcrRepositoryArn.parse(" arn:aws:ecr:ap-northeast-2:123456789012:repository/team/api ");

        assertThat(arn.partition()).isEqualTo("aws");
        assertThat(arn.region()).isEqualTo("ap-northeast-2");
        assertThat(arn.accountId()).isEqualTo("123456789012");
        assertThat(arn.repositoryName()).isEqualTo("team/api");
        assertThat(arn.arn()).isEqualTo("arn:aws:ecr:ap-northeast-2:123456789012:repository/team/api");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "arn:aws:ecr:ap-northeast-2:123456789012:repository/App",
            "arn:aws:ecr:ap-northeast-2:12345:repository/app",
            "arn:aws:s3:::my-bucket",
            "arn:aws:ecr:ap-northeast-2:123456789012:repository/*",
            "arn:aws:ecr:ap-northeast-2:123456789012:repository/a",
            "arn:aws:ecr:ap-northeast-2:123456789012:repository/app/",
            "my-app",
            ""})
    void anythingElseIsRejected(String text) {
        assertThatThrownBy(() -> EcrRepositoryArn.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}

package dev.opsdojo.calc.iam;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.calc.iam.EcrActions.EcrAction;
import org.junit.jupiter.api.Test;

/** The bundled ECR action list from the Service Authorization Reference. */
class EcrActionsTest {
    @Test
    void everyPushAndPullActionAndTheDangerousOnesAreListed() {
        assertThat(EcrActions.all()).extracting(EcrAction::name).contains("GetAuthorizationToken",
                "BatchCheckLayerAvailability", "InitiateLayerUpload", "UploadLayerPart", "CompleteLayerUpload", "PutImage",
                "BatchGetImage", "GetDownloadUrlForLayer", "DeleteRepository", "SetRepositoryPolicy", "BatchDeleteImage",
                "PutLifecyclePolicy");
    }

    @Test
    void deletingAndPolicyChangingActionsAreRiskyAndPushActionsAreNot() {
        assertThat(EcrActions.matching("ecr:DeleteRepository").get(0).risky()).isTrue();
        assertThat(EcrActions.matching("ecr:SetRepositoryPolicy").get(0).risky()).isTrue();
        assertThat(EcrActions.matching("ecr:PutImage").get(0).risky()).isFalse();
        assertThat(EcrActions.matching("ecr:UploadLayerPart").get(0).risky()).isFalse();
    }

    @Test
    void theTokenIsTheOnlyPushActionWithoutRepositoryScope() {
        assertThat(EcrActions.matching("ecr:GetAuthorizationToken").get(0).repositoryScoped()).isFalse();
        assertThat(EcrActions.matching("ecr:PutImage").get(0).repositoryScoped()).isTrue();
    }

    @Test
    void aWildcardExpandsToTheActionsItMatches() {
        assertThat(EcrActions.matching("ecr:*")).hasSameSizeAs(EcrActions.all());
        assertThat(EcrActions.matching("ecr:Put*")).extracting(EcrAction::name)
                .contains("PutImage", "PutLifecyclePolicy").allMatch(n -> n.startsWith("Put"));
        assertThat(EcrActions.matching("ecr:PushImage")).isEmpty();
    }
}

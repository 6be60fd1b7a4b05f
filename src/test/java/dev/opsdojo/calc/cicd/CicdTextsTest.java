package dev.opsdojo.calc.cicd;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every explanation exists in both languages. */
class CicdTextsTest {
    @ParameterizedTest
    @EnumSource(PipelineStage.class)
    void everyStageIsExplainedInEnglishAndKorean(PipelineStage stage) {
        for (String language : new String[] {"en", "ko"}) {
            CicdTexts.Stage text = CicdTexts.stage(stage, language);
            assertThat(text.title()).isNotBlank();
            assertThat(text.does()).isNotBlank();
            assertThat(text.needs()).isNotEmpty();
            assertThat(text.mistakes()).isNotEmpty();
        }
        assertThat(CicdTexts.stage(stage, "ko").does()).isNotEqualTo(CicdTexts.stage(stage, "en").does());
    }

    @Test
    void theCredentialsStageNamesWhatOidcNeeds() {
        String needs = String.join("\n", CicdTexts.stage(PipelineStage.CREDENTIALS, "en").needs());

        assertThat(needs).contains("id-token: write").contains("token.actions.githubusercontent.com")
                .contains("sts.amazonaws.com").contains("repo:OWNER/REPO:ref:refs/heads/main");
    }

    @Test
    void onlyLatestIsNotImmutableFriendly() {
        assertThat(CicdTexts.tagStrategies("ko")).hasSize(4)
                .allMatch(t -> t.immutableFriendly() != t.id().equals("LATEST"));
    }

    @Test
    void theImmutabilityNoteAndTheAccessKeyReasonsExistInBothLanguages() {
        assertThat(CicdTexts.immutability("en")).contains("IMMUTABLE");
        assertThat(CicdTexts.immutability("ko")).contains("IMMUTABLE");
        assertThat(CicdTexts.accessKeyReasons("en")).hasSameSizeAs(CicdTexts.accessKeyReasons("ko")).hasSize(4);
    }
}

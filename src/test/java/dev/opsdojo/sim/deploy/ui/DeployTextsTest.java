package dev.opsdojo.sim.deploy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.sim.deploy.DeployMessage;
import dev.opsdojo.sim.deploy.DeployResult;
import dev.opsdojo.sim.deploy.DeployState;
import dev.opsdojo.sim.deploy.Fault;
import dev.opsdojo.ui.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every message of the model, role, phase and outcome is worded in both languages, with the model's arguments. */
class DeployTextsTest {
    private static final I18n EN = new I18n("en");
    private static final I18n KO = new I18n("ko");

    private static TreeSet<String> placeholders(String pattern) {
        TreeSet<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @ParameterizedTest
    @EnumSource(DeployMessage.Kind.class)
    void everyMessageKindHasBothLanguagesWithTheModelsArguments(DeployMessage.Kind kind) {
        String key = "sim.deploy.msg." + kind.id();
        assertThat(EN.get(key)).doesNotStartWith("!");
        assertThat(KO.get(key)).doesNotStartWith("!");
        assertThat(placeholders(KO.get(key))).isEqualTo(placeholders(kind.englishPattern()));
    }

    @ParameterizedTest
    @EnumSource(DeployMessage.Kind.class)
    void theEnglishScreenSaysWhatTheCommandLineSays(DeployMessage.Kind kind) {
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < placeholders(kind.englishPattern()).size(); i++) {
            args.add(i + 1);
        }
        DeployMessage m = DeployMessage.of(12, kind, args.toArray());
        assertThat(DeployTexts.message(EN, m)).isEqualTo(m.english());
    }

    @Test
    void namesFromScenarioFilesAreSaidInWords() {
        DeployMessage broken = DeployMessage.of(3, DeployMessage.Kind.RELEASE_BROKEN, "v2", "crash-loop");
        assertThat(DeployTexts.message(EN, broken)).isEqualTo("The new version v2 is now broken: crash-loop at start-up.");
        assertThat(DeployTexts.message(KO, broken)).contains("시작하자마자 크래시 반복");
        DeployMessage started = DeployMessage.of(30, DeployMessage.Kind.ROLLOUT_STARTED, "v2", "blue-green", 2);
        assertThat(DeployTexts.message(KO, started)).isEqualTo("v2 롤아웃 시작: 블루/그린, 리비전 2.");
    }

    @ParameterizedTest
    @EnumSource(DeployState.Role.class)
    void everyRoleHasAName(DeployState.Role role) {
        DeployState.ReplicaSetView rs = new DeployState.ReplicaSetView("rs", 1, 0, "v1", role, 1, 1, 1, 1);
        assertThat(DeployTexts.role(EN, rs, dev.opsdojo.sim.deploy.Strategy.Canary.DEFAULT)).doesNotContain("!");
        assertThat(DeployTexts.role(KO, rs, dev.opsdojo.sim.deploy.Strategy.Canary.DEFAULT)).doesNotContain("!");
    }

    @Test
    void blueGreenReplicaSetsAreBlueAndGreen() {
        var blue = new DeployState.ReplicaSetView("a", 1, 0, "v1", DeployState.Role.ACTIVE, 10, 10, 10, 10);
        var green = new DeployState.ReplicaSetView("b", 2, 1, "v2", DeployState.Role.PREVIEW, 10, 3, 3, 3);
        assertThat(DeployTexts.role(EN, blue, dev.opsdojo.sim.deploy.Strategy.BlueGreen.DEFAULT)).isEqualTo("Blue · active");
        assertThat(DeployTexts.role(KO, green, dev.opsdojo.sim.deploy.Strategy.BlueGreen.DEFAULT)).isEqualTo("그린 · 미리보기");
    }

    @ParameterizedTest
    @EnumSource(DeployState.PodPhase.class)
    void everyPhaseHasAName(DeployState.PodPhase phase) {
        assertThat(DeployTexts.phase(EN, phase)).doesNotStartWith("!");
        assertThat(DeployTexts.phase(KO, phase)).doesNotStartWith("!");
    }

    @ParameterizedTest
    @EnumSource(DeployResult.Outcome.class)
    void everyOutcomeHasAName(DeployResult.Outcome outcome) {
        assertThat(DeployTexts.outcome(EN, outcome)).doesNotStartWith("!");
        assertThat(DeployTexts.outcome(KO, outcome)).doesNotStartWith("!");
    }

    @ParameterizedTest
    @EnumSource(Fault.Kind.class)
    void everyFaultHasAName(Fault.Kind kind) {
        assertThat(DeployTexts.fault(KO, kind)).doesNotStartWith("!");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rolling", "recreate", "blue-green", "canary", "ab"})
    void everyStrategyHasAName(String name) {
        assertThat(DeployTexts.strategy(KO, name)).doesNotStartWith("!");
    }
}

package dev.opsdojo.sim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.sim.session.Snapshot.Decision;
import dev.opsdojo.ui.I18n;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Controller decisions read as sentences in both languages; unknown kinds still read. */
class DecisionTextTest {

    /** Every kind the session emits, with arguments of the documented types. */
    static Stream<Arguments> everyKind() {
        List<Decision> decisions = List.of(
                new Decision(0, "HPA", "hpaScale", List.of(3, 6, 92, 50)),
                new Decision(0, "HPA", "hpaHold", List.of(6, 48, 50, "tolerance")),
                new Decision(0, "HPA", "hpaLimited", List.of(40, 12, "maxReplicas")),
                new Decision(0, "scheduler", "podPending", List.of("web-9", "insufficientCpu")),
                new Decision(0, "scheduler", "podScheduled", List.of("web-9", "node-3")),
                new Decision(0, "kubelet", "podReady", List.of("web-9")),
                new Decision(0, "ReplicaSet", "podReplaced", List.of("web-1", "web-9")),
                new Decision(0, "kubelet", "podKilled", List.of("web-1")),
                new Decision(0, "CA", "nodeAdded", List.of("node-4")),
                new Decision(0, "CA", "nodeReady", List.of("node-4")),
                new Decision(0, "CA", "nodeRemoved", List.of("node-4")),
                new Decision(0, "node-lifecycle", "nodeNotReady", List.of("node-2", 40)),
                new Decision(0, "node-lifecycle", "podsEvicted", List.of("node-2", 3, 300)),
                new Decision(0, "CA", "caScaleUp", List.of(3, 4, 2)),
                new Decision(0, "CA", "caScaleDown", List.of("node-4", "", 600, 3, 5, 4)),
                new Decision(0, "HPA", "hpaNoMetrics", List.of("", "", 4)),
                new Decision(0, "ReplicaSet", "podCreated", List.of("pod-7", "", 3, 4)),
                new Decision(0, "ReplicaSet", "podDeleted", List.of("pod-7", "", 5, 4)),
                new Decision(0, "kubelet", "podGone", List.of("pod-7", "node-2")),
                new Decision(0, "CA", "caScaleUpBlocked", List.of("", "", 6, 10, 10)),
                new Decision(0, "CA", "caPodTooBig", List.of("pod-7", "")),
                new Decision(0, "CA", "caNodeUnneeded", List.of("node-4", "", 20, 15, 50)),
                new Decision(0, "failure", "nodeKilled", List.of("node-4", "", 7)),
                new Decision(0, "failure", "podSlowed", List.of("pod-7", "node-2", 5)),
                new Decision(0, "kubelet", "podCrashed", List.of("pod-7", "node-2", 2, 20)),
                new Decision(0, "chaos", "chaosKill", List.of("web-5")));
        return Stream.of("en", "ko").flatMap(lang -> decisions.stream().map(d -> Arguments.of(lang, d)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("everyKind")
    void everyKindHasATextThatUsesEveryArgument(String lang, Decision decision) {
        I18n i18n = new I18n(lang);
        String text = DecisionText.format(i18n, decision);

        assertThat(i18n.get("sim.decision." + decision.kind())).doesNotStartWith("!");
        assertThat(text).doesNotContain("{").doesNotContain("!sim.");
        for (Object argument : decision.arguments()) {
            if (argument instanceof String s && !i18n.get("sim.reason." + s).startsWith("!")) {
                assertThat(text).contains(i18n.get("sim.reason." + s));
            } else if (argument instanceof Double d) {
                assertThat(text).contains(String.valueOf(Math.round(d)));
            } else {
                assertThat(text).contains(String.valueOf(argument));
            }
        }
    }

    @Test
    void theHpaScaleUpReadsLikeTheIssueExample() {
        String text = DecisionText.format(new I18n("en"), new Decision(12, "HPA", "hpaScale", List.of(3, 6, 92, 50)));

        assertThat(text).startsWith("HPA: 3 → 6 replicas because average CPU 92% / target 50%");
    }

    @Test
    void oneEvictedPodIsSingular() {
        I18n en = new I18n("en");

        assertThat(DecisionText.format(en, new Decision(0, "n", "podsEvicted", List.of("node-2", 1, 300)))).contains("1 pod evicted");
        assertThat(DecisionText.format(en, new Decision(0, "n", "podsEvicted", List.of("node-2", 4, 300)))).contains("4 pods evicted");
    }

    @Test
    void anUnknownKindFallsBackToControllerWordsAndArguments() {
        String text = DecisionText.format(new I18n("en"), new Decision(0, "VPA", "resizeRecommended", List.of("web-1", 750)));

        assertThat(text).isEqualTo("VPA: resize recommended (web-1, 750)");
    }

    @Test
    void aKnownReasonIsExplainedAndAnUnknownOneShownAsIs() {
        I18n en = new I18n("en");

        assertThat(DecisionText.format(en, new Decision(0, "s", "podPending", List.of("web-3", "insufficientCpu"))))
                .isEqualTo("Pod web-3 is Pending: " + en.get("sim.reason.insufficientCpu"));
        assertThat(DecisionText.format(en, new Decision(0, "s", "podPending", List.of("web-3", "taint node.kubernetes.io/x"))))
                .isEqualTo("Pod web-3 is Pending: taint node.kubernetes.io/x");
    }
}

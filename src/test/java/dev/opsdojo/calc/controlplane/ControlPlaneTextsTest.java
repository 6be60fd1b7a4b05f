package dev.opsdojo.calc.controlplane;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsdojo.calc.controlplane.Requirement.Timing;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every learner-facing text exists in English and Korean, carries a documentation source, and fills its numbers in. */
class ControlPlaneTextsTest {
    private static final List<String> OFFICIAL_SOURCES = List.of("https://kubernetes.io/docs/", "https://github.com/kubernetes/kubernetes/");

    @Test
    void everyBilingualTextHasEnglishAndKorean() {
        List<String> missing = new ArrayList<>();
        collectMissing(ControlPlaneTexts.tree(), "", missing);

        assertThat(missing).isEmpty();
    }

    private static void collectMissing(JsonNode node, String path, List<String> missing) {
        if (node.has("en") || node.has("ko")) {
            for (String lang : List.of("en", "ko")) {
                if (!node.path(lang).isTextual() || node.path(lang).asText().isBlank()) {
                    missing.add(path + "." + lang);
                }
            }
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> collectMissing(e.getValue(), path + "." + e.getKey(), missing));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectMissing(node.get(i), path + "[" + i + "]", missing);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko"})
    void everyComponentCapabilityAndScenarioIsDescribedWithAnOfficialSource(String lang) {
        ControlPlaneTexts texts = ControlPlaneTexts.load(lang);
        for (Component component : Component.values()) {
            assertThat(texts.componentName(component)).isNotBlank();
            assertOfficial(texts.componentDescription(component));
        }
        for (Capability capability : Capability.values()) {
            assertThat(texts.capabilityName(capability)).isNotBlank();
            assertOfficial(texts.capabilityWorks(capability));
        }
        for (Scenario scenario : Scenario.values()) {
            assertThat(texts.scenarioName(scenario)).isNotBlank();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko"})
    void everyReasonTheModelCanGiveHasATextWithItsNodesFilledIn(String lang) {
        ControlPlaneTexts texts = ControlPlaneTexts.load(lang);
        CapabilityModel model = new CapabilityModel();
        List<Outage> outages = new ArrayList<>();
        for (Scenario scenario : Scenario.values()) {
            outages.add(scenario.outage());
        }
        for (Component component : List.of(Component.NODE, Component.KUBELET, Component.KUBE_PROXY, Component.CONTAINER_RUNTIME)) {
            outages.add(Outage.of(Part.onNode(component, 1), Part.onNode(component, 2)));
            outages.add(Outage.of(Part.onNode(component, 1), Part.onNode(component, 2), Part.onNode(component, 3)));
        }
        for (Outage outage : outages) {
            for (Verdict verdict : model.evaluate(outage).values()) {
                for (Verdict.Unmet unmet : verdict.unmet()) {
                    ControlPlaneTexts.Sourced reason = texts.reason(verdict.capability(), unmet);
                    assertThat(reason.text()).isNotBlank().doesNotContain("{");
                    assertOfficial(reason);
                    if (unmet.extent() != Verdict.Extent.ALL) {
                        unmet.nodes().forEach(n -> assertThat(reason.text()).contains("node-" + n));
                    }
                }
            }
        }
    }

    @Test
    void theNodeEvictionTimelineQuotesTheV132Defaults() {
        String text = ControlPlaneTexts.load("en").timing(Timing.NODE_EVICTION).text();

        assertThat(text).contains("v1.32", "10 s", "50 s", "40 s before v1.32", "300 s", "about 350 s", "removed in v1.27");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ko"})
    void everyTimingIsFilledInAndSourced(String lang) {
        for (Timing timing : Timing.values()) {
            ControlPlaneTexts.Sourced text = ControlPlaneTexts.load(lang).timing(timing);
            assertThat(text.text()).doesNotContain("{");
            assertOfficial(text);
        }
    }

    @Test
    void theJourneyGoesFromKubectlThroughTheApiServerToKubeProxy() {
        List<JourneyStep> steps = ControlPlaneTexts.load("en").journey();

        assertThat(steps).hasSize(9);
        assertThat(steps.get(0)).extracting(JourneyStep::actor, JourneyStep::target).containsExactly(Component.KUBECTL, Component.API_SERVER);
        assertThat(steps.get(1)).extracting(JourneyStep::actor, JourneyStep::target).containsExactly(Component.API_SERVER, Component.ETCD);
        assertThat(steps.get(4).actor()).isEqualTo(Component.SCHEDULER);
        assertThat(steps.get(steps.size() - 1).actor()).isEqualTo(Component.KUBE_PROXY);
        assertThat(steps).extracting(JourneyStep::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void inTheJourneyOnlyTheApiServerWritesToEtcd() {
        for (JourneyStep step : ControlPlaneTexts.load("ko").journey()) {
            if (step.target() == Component.ETCD) {
                assertThat(step.actor()).isEqualTo(Component.API_SERVER);
            }
            assertThat(step.actor().talksTo()).as("step %d", step.number()).contains(step.target());
            assertThat(step.source()).startsWith("https://kubernetes.io/docs/");
        }
    }

    @Test
    void koreanAndEnglishJourneysHaveTheSameStructure() {
        List<JourneyStep> en = ControlPlaneTexts.load("en").journey();
        List<JourneyStep> ko = ControlPlaneTexts.load("ko").journey();

        assertThat(ko).extracting(JourneyStep::actor).isEqualTo(en.stream().map(JourneyStep::actor).toList());
        assertThat(ko.get(0).title()).isNotEqualTo(en.get(0).title());
    }

    @Test
    void anUnknownLanguageFallsBackToEnglish() {
        assertThat(ControlPlaneTexts.load("fr").capabilityName(Capability.KUBECTL_READ))
                .isEqualTo(ControlPlaneTexts.load("en").capabilityName(Capability.KUBECTL_READ));
    }

    private static void assertOfficial(ControlPlaneTexts.Sourced text) {
        assertThat(text.text()).isNotBlank();
        assertThat(OFFICIAL_SOURCES).anyMatch(prefix -> text.source().startsWith(prefix));
    }
}

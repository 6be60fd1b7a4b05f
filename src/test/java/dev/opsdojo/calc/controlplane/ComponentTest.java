package dev.opsdojo.calc.controlplane;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The wiring of the diagram: everything goes through the API server, and only it talks to etcd. */
class ComponentTest {
    @Test
    void onlyTheApiServerTalksToEtcd() {
        assertThat(Arrays.stream(Component.values()).filter(c -> c.talksTo().contains(Component.ETCD)))
                .containsExactly(Component.API_SERVER);
    }

    @ParameterizedTest
    @EnumSource(value = Component.class, names = {"KUBECTL", "SCHEDULER", "CONTROLLER_MANAGER", "CLOUD_CONTROLLER_MANAGER", "KUBELET", "KUBE_PROXY"})
    void clientsControllersAndNodeAgentsTalkToTheApiServer(Component component) {
        assertThat(component.talksTo()).contains(Component.API_SERVER);
    }

    @Test
    void theControllersAndTheSchedulerNeedTheApiServerAndEtcd() {
        for (Component c : EnumSet.of(Component.SCHEDULER, Component.CONTROLLER_MANAGER, Component.CLOUD_CONTROLLER_MANAGER)) {
            assertThat(c.controlPlaneDependencies()).containsExactlyInAnyOrder(Component.API_SERVER, Component.ETCD);
        }
        assertThat(Component.API_SERVER.controlPlaneDependencies()).containsExactly(Component.ETCD);
    }

    @Test
    void aNodeComponentMustBeOnANodeAndAControlPlaneComponentMustNot() {
        assertThat(Part.onNode(Component.KUBELET, 2).node()).isEqualTo(2);
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> Part.onNode(Component.KUBELET, 0));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> new Part(Component.ETCD, 1));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> Part.controlPlane(Component.KUBECTL));
    }

    @Test
    void aStoppedNodeStopsEveryComponentOnIt() {
        Outage outage = Outage.of(Part.onNode(Component.NODE, 3));

        assertThat(outage.isStopped(Component.KUBE_PROXY, 3)).isTrue();
        assertThat(outage.isStopped(Component.KUBE_PROXY, 2)).isFalse();
    }

    @Test
    void togglingAPartTwiceStartsItAgain() {
        Part scheduler = Part.controlPlane(Component.SCHEDULER);

        assertThat(Outage.NONE.toggle(scheduler).isStopped(Component.SCHEDULER)).isTrue();
        assertThat(Outage.NONE.toggle(scheduler).toggle(scheduler)).isEqualTo(Outage.NONE);
    }
}

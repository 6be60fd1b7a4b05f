package dev.opsdojo.calc.controlplane;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.calc.controlplane.Requirement.Timing;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What still works when parts of a three-node cluster stop. The expected statuses are read from the Kubernetes
 * documentation (components overview, nodes, taint-based evictions, controllers), not from the model.
 */
class CapabilityModelTest {
    private final CapabilityModel model = new CapabilityModel();

    private Status status(Scenario scenario, Capability capability) {
        return model.evaluate(capability, scenario.outage()).status();
    }

    @ParameterizedTest
    @EnumSource(Capability.class)
    void withNothingStoppedEveryCapabilityWorks(Capability capability) {
        Verdict verdict = model.evaluate(capability, Outage.NONE);

        assertThat(verdict.status()).isEqualTo(Status.WORKS);
        assertThat(verdict.unmet()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource({
            // etcd is the API server's only store: reads, writes and every reconciliation stop; the data path does not care.
            "ETCD, RUNNING_PODS_SERVE, WORKS",
            "ETCD, SERVICES_ROUTE, WORKS",
            "ETCD, CONTAINER_RESTART, WORKS",
            "ETCD, KUBECTL_READ, STOPS",
            "ETCD, KUBECTL_WRITE, STOPS",
            "ETCD, DELETED_POD_REPLACED, STOPS",
            "ETCD, NODE_FAILURE_RECOVERY, STOPS",
            // Everything goes through the API server; running containers and kube-proxy rules do not.
            "API_SERVER, RUNNING_PODS_SERVE, WORKS",
            "API_SERVER, SERVICES_ROUTE, WORKS",
            "API_SERVER, CONTAINER_RESTART, WORKS",
            "API_SERVER, KUBECTL_READ, STOPS",
            "API_SERVER, NEW_PODS_START, STOPS",
            "API_SERVER, ENDPOINTS_UPDATED, STOPS",
            // The scheduler only assigns nodes: pods are created but stay Pending.
            "SCHEDULER, RUNNING_PODS_SERVE, WORKS",
            "SCHEDULER, KUBECTL_WRITE, WORKS",
            "SCHEDULER, DEPLOYMENT_ROLLOUT, WORKS",
            "SCHEDULER, NEW_PODS_SCHEDULED, STOPS",
            "SCHEDULER, DELETED_POD_REPLACED, DEGRADED",
            "SCHEDULER, NODE_FAILURE_RECOVERY, DEGRADED",
            // The controllers (Deployment, ReplicaSet, node lifecycle, HPA, EndpointSlice) live in kube-controller-manager.
            "CONTROLLER_MANAGER, KUBECTL_WRITE, WORKS",
            "CONTROLLER_MANAGER, NEW_PODS_SCHEDULED, WORKS",
            "CONTROLLER_MANAGER, RUNNING_PODS_SERVE, WORKS",
            "CONTROLLER_MANAGER, DEPLOYMENT_ROLLOUT, STOPS",
            "CONTROLLER_MANAGER, DELETED_POD_REPLACED, STOPS",
            "CONTROLLER_MANAGER, NODE_FAILURE_RECOVERY, STOPS",
            "CONTROLLER_MANAGER, HPA_SCALING, STOPS",
            "CONTROLLER_MANAGER, ENDPOINTS_UPDATED, STOPS",
            // cloud-controller-manager: only the cloud integrations stop.
            "CLOUD_CONTROLLER_MANAGER, LOAD_BALANCER_PROVISIONED, STOPS",
            "CLOUD_CONTROLLER_MANAGER, DEPLOYMENT_ROLLOUT, WORKS",
            "CLOUD_CONTROLLER_MANAGER, SERVICES_ROUTE, WORKS",
            "CLOUD_CONTROLLER_MANAGER, NEW_PODS_SCHEDULED, WORKS",
            // The kubelet on one node: that node cannot start or restart containers; the other two can.
            "KUBELET_ON_NODE_1, KUBECTL_WRITE, WORKS",
            "KUBELET_ON_NODE_1, SERVICES_ROUTE, WORKS",
            "KUBELET_ON_NODE_1, NODE_FAILURE_RECOVERY, WORKS",
            "KUBELET_ON_NODE_1, RUNNING_PODS_SERVE, DEGRADED",
            "KUBELET_ON_NODE_1, CONTAINER_RESTART, DEGRADED",
            "KUBELET_ON_NODE_1, NEW_PODS_START, DEGRADED",
            // kube-proxy on one node: existing rules stay, changes do not reach that node.
            "KUBE_PROXY_ON_NODE_1, RUNNING_PODS_SERVE, WORKS",
            "KUBE_PROXY_ON_NODE_1, NEW_PODS_START, WORKS",
            "KUBE_PROXY_ON_NODE_1, SERVICES_ROUTE, DEGRADED",
            "KUBE_PROXY_ON_NODE_1, ENDPOINTS_UPDATED, DEGRADED",
            // The runtime on one node: the kubelet there can neither start nor restart containers.
            "RUNTIME_ON_NODE_1, KUBECTL_READ, WORKS",
            "RUNTIME_ON_NODE_1, DEPLOYMENT_ROLLOUT, WORKS",
            "RUNTIME_ON_NODE_1, CONTAINER_RESTART, DEGRADED",
            "RUNTIME_ON_NODE_1, NEW_PODS_START, DEGRADED",
            // A whole node: its pods are lost and recreated elsewhere; the control plane is unaffected.
            "NODE_1, KUBECTL_WRITE, WORKS",
            "NODE_1, NODE_FAILURE_RECOVERY, WORKS",
            "NODE_1, RUNNING_PODS_SERVE, DEGRADED",
            "NODE_1, NEW_PODS_SCHEDULED, DEGRADED",
            // Combinations.
            "WHOLE_CONTROL_PLANE, RUNNING_PODS_SERVE, WORKS",
            "WHOLE_CONTROL_PLANE, SERVICES_ROUTE, WORKS",
            "WHOLE_CONTROL_PLANE, CONTAINER_RESTART, WORKS",
            "WHOLE_CONTROL_PLANE, KUBECTL_READ, STOPS",
            "WHOLE_CONTROL_PLANE, LOAD_BALANCER_PROVISIONED, STOPS",
            "SCHEDULER_AND_NODE_1, NODE_FAILURE_RECOVERY, DEGRADED",
            "SCHEDULER_AND_NODE_1, NEW_PODS_SCHEDULED, STOPS",
    })
    void eachFailureScenarioSaysWhatStillWorksAndWhatStops(Scenario scenario, Capability capability, Status expected) {
        assertThat(status(scenario, capability)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void everyScenarioStopsOrDegradesSomethingAndLeavesSomethingWorking(Scenario scenario) {
        List<Status> statuses = model.evaluate(scenario.outage()).values().stream().map(Verdict::status).toList();

        assertThat(statuses).contains(Status.WORKS);
        assertThat(statuses).anyMatch(s -> s != Status.WORKS);
    }

    @Test
    void theApiServerDependsOnEtcdSoStoppingEtcdNamesEtcdAsTheCause() {
        Verdict verdict = model.evaluate(Capability.DEPLOYMENT_ROLLOUT, Scenario.ETCD.outage());

        assertThat(verdict.unmet()).extracting(Verdict.Unmet::requirement)
                .containsExactly(new Requirement.Runs(Component.ETCD, Status.STOPS));
    }

    @Test
    void aStoppedNodeComponentIsReportedWithTheNodeItIsOn() {
        Verdict verdict = model.evaluate(Capability.CONTAINER_RESTART, Outage.of(Part.onNode(Component.KUBELET, 2)));

        assertThat(verdict.unmet()).singleElement().satisfies(u -> {
            assertThat(u.nodes()).containsExactly(2);
            assertThat(u.extent()).isEqualTo(Verdict.Extent.SOME);
        });
    }

    @Test
    void oneFailedNodeOfThreeIsRecoveredOnTheEvictionTimeline() {
        Verdict verdict = model.evaluate(Capability.NODE_FAILURE_RECOVERY, Scenario.NODE_1.outage());

        assertThat(verdict.status()).isEqualTo(Status.WORKS);
        assertThat(verdict.timings()).containsExactly(Timing.NODE_EVICTION);
    }

    @Test
    void twoFailedNodesOfThreeAreAnUnhealthyZoneSoASmallClusterStopsEvicting() {
        // 2/3 ≈ 0.67 ≥ --unhealthy-zone-threshold 0.55, and 3 ≤ --large-cluster-size-threshold 50.
        Outage outage = Outage.of(Part.onNode(Component.NODE, 1), Part.onNode(Component.KUBELET, 2));

        Verdict verdict = model.evaluate(Capability.NODE_FAILURE_RECOVERY, outage);

        assertThat(verdict.status()).isEqualTo(Status.STOPS);
        assertThat(verdict.unmet()).singleElement().extracting(Verdict.Unmet::extent).isEqualTo(Verdict.Extent.ZONE);
    }

    @Test
    void aLargeClusterKeepsEvictingWhenMostOfItsNodesFail() {
        CapabilityModel large = new CapabilityModel(60);
        List<Part> parts = new ArrayList<>();
        for (int node = 1; node <= 40; node++) {
            parts.add(Part.onNode(Component.NODE, node));
        }

        assertThat(large.evaluate(Capability.NODE_FAILURE_RECOVERY, Outage.of(parts)).status()).isEqualTo(Status.WORKS);
    }

    @Test
    void everyNodeDownStopsRunningPodsFromServing() {
        Outage outage = Outage.of(Part.onNode(Component.NODE, 1), Part.onNode(Component.NODE, 2), Part.onNode(Component.NODE, 3));

        assertThat(model.evaluate(Capability.RUNNING_PODS_SERVE, outage).status()).isEqualTo(Status.STOPS);
    }

    @Test
    void crashLoopBackOffIsShownWhileContainersCanStillBeRestarted() {
        assertThat(model.evaluate(Capability.CONTAINER_RESTART, Outage.NONE).timings()).containsExactly(Timing.CRASH_LOOP_BACKOFF);
    }

    @Property
    void stoppingMorePartsNeverMakesACapabilityWorkBetter(@ForAll("outages") Set<Part> smaller, @ForAll("outages") Set<Part> extra) {
        Set<Part> larger = new HashSet<>(smaller);
        larger.addAll(extra);

        for (Capability capability : Capability.values()) {
            Status before = model.evaluate(capability, Outage.of(smaller)).status();
            Status after = model.evaluate(capability, Outage.of(larger)).status();
            assertThat(after.worse(before)).as(capability + " " + smaller + " + " + extra).isEqualTo(after);
        }
    }

    @Property
    void theControlPlaneIsNotInTheDataPath(@ForAll("controlPlaneOutages") Set<Part> stopped) {
        for (Capability capability : List.of(Capability.RUNNING_PODS_SERVE, Capability.SERVICES_ROUTE, Capability.CONTAINER_RESTART)) {
            assertThat(model.evaluate(capability, Outage.of(stopped)).status()).as(capability.name()).isEqualTo(Status.WORKS);
        }
    }

    @Property
    void everyCapabilityThatDoesNotWorkNamesACauseOfItsStatus(@ForAll("outages") Set<Part> stopped) {
        for (Verdict verdict : model.evaluate(Outage.of(stopped)).values()) {
            if (verdict.status() != Status.WORKS) {
                assertThat(verdict.unmet()).extracting(Verdict.Unmet::status).contains(verdict.status());
            }
        }
    }

    @Provide
    Arbitrary<Set<Part>> outages() {
        return Arbitraries.of(allParts()).set().ofMaxSize(8);
    }

    @Provide
    Arbitrary<Set<Part>> controlPlaneOutages() {
        return Arbitraries.of(allParts().stream().filter(p -> p.node() == 0).toList()).set();
    }

    private static List<Part> allParts() {
        List<Part> parts = new ArrayList<>();
        for (Component component : Component.values()) {
            if (!component.stoppable()) {
                continue;
            }
            if (component.plane() == Component.Plane.CONTROL_PLANE) {
                parts.add(Part.controlPlane(component));
            } else {
                for (int node = 1; node <= CapabilityModel.DEFAULT_WORKER_NODES; node++) {
                    parts.add(Part.onNode(component, node));
                }
            }
        }
        return parts;
    }
}

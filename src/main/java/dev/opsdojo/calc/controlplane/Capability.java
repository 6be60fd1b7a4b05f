package dev.opsdojo.calc.controlplane;

import static dev.opsdojo.calc.controlplane.Component.CLOUD_CONTROLLER_MANAGER;
import static dev.opsdojo.calc.controlplane.Component.CONTAINER_RUNTIME;
import static dev.opsdojo.calc.controlplane.Component.CONTROLLER_MANAGER;
import static dev.opsdojo.calc.controlplane.Component.KUBELET;
import static dev.opsdojo.calc.controlplane.Component.KUBE_PROXY;
import static dev.opsdojo.calc.controlplane.Component.NODE;
import static dev.opsdojo.calc.controlplane.Component.SCHEDULER;
import static dev.opsdojo.calc.controlplane.Status.DEGRADED;
import static dev.opsdojo.calc.controlplane.Status.STOPS;
import static dev.opsdojo.calc.controlplane.Status.WORKS;

import dev.opsdojo.calc.controlplane.Requirement.OnNodes;
import dev.opsdojo.calc.controlplane.Requirement.Runs;
import dev.opsdojo.calc.controlplane.Requirement.Timing;
import java.util.List;
import java.util.Optional;

/**
 * What a learner may ask of a cluster in a failure, each with the components it needs. The rules follow the
 * architecture: traffic to running pods never passes through the control plane (the kubelet and the runtime keep
 * containers running, kube-proxy's rules route Services); every change of desired state needs the API server and
 * etcd; each reconciling step needs the controller that does it (Deployment/ReplicaSet, node lifecycle, HPA and
 * EndpointSlice controllers in kube-controller-manager; the service controller in cloud-controller-manager) and,
 * to place new pods, the scheduler. Recreating a failed node's pods stops when most nodes are unhealthy, because the
 * node controller then stops evicting in a small cluster.
 */
public enum Capability {
    RUNNING_PODS_SERVE(null,
            OnNodes.of("node", DEGRADED, STOPS, Timing.NODE_EVICTION, NODE),
            OnNodes.of("kubelet", DEGRADED, DEGRADED, Timing.NODE_EVICTION, KUBELET),
            OnNodes.of("runtime", DEGRADED, DEGRADED, Timing.NOT_READY_EVICTION, CONTAINER_RUNTIME)),
    SERVICES_ROUTE(null,
            OnNodes.of("node", DEGRADED, STOPS, null, NODE),
            OnNodes.of("kubeProxy", DEGRADED, DEGRADED, null, KUBE_PROXY)),
    KUBECTL_READ(null, new Runs(Component.API_SERVER, STOPS)),
    KUBECTL_WRITE(null, new Runs(Component.API_SERVER, STOPS)),
    DEPLOYMENT_ROLLOUT(null, new Runs(CONTROLLER_MANAGER, STOPS)),
    NEW_PODS_SCHEDULED(null,
            new Runs(SCHEDULER, STOPS),
            OnNodes.of("schedulable", DEGRADED, STOPS, null, NODE, KUBELET, CONTAINER_RUNTIME)),
    NEW_PODS_START(null,
            new Runs(Component.API_SERVER, STOPS),
            OnNodes.of("runsPods", DEGRADED, STOPS, null, NODE, KUBELET, CONTAINER_RUNTIME)),
    CONTAINER_RESTART(Timing.CRASH_LOOP_BACKOFF,
            OnNodes.of("restarts", DEGRADED, STOPS, null, NODE, KUBELET, CONTAINER_RUNTIME)),
    DELETED_POD_REPLACED(null,
            new Runs(CONTROLLER_MANAGER, STOPS),
            new Runs(SCHEDULER, DEGRADED),
            OnNodes.of("runsPods", DEGRADED, DEGRADED, null, NODE, KUBELET, CONTAINER_RUNTIME)),
    NODE_FAILURE_RECOVERY(Timing.NODE_EVICTION,
            new Runs(CONTROLLER_MANAGER, STOPS),
            new Runs(SCHEDULER, DEGRADED),
            OnNodes.of("recovery", WORKS, STOPS, STOPS, null, NODE, KUBELET, CONTAINER_RUNTIME)),
    HPA_SCALING(null,
            new Runs(CONTROLLER_MANAGER, STOPS),
            new Runs(SCHEDULER, DEGRADED),
            OnNodes.of("runsPods", DEGRADED, DEGRADED, null, NODE, KUBELET, CONTAINER_RUNTIME)),
    LOAD_BALANCER_PROVISIONED(null, new Runs(CLOUD_CONTROLLER_MANAGER, STOPS)),
    ENDPOINTS_UPDATED(null,
            new Runs(CONTROLLER_MANAGER, STOPS),
            OnNodes.of("kubeProxy", DEGRADED, STOPS, null, KUBE_PROXY));

    private final Optional<Timing> timing;
    private final List<Requirement> requirements;

    Capability(Timing timing, Requirement... requirements) {
        this.timing = Optional.ofNullable(timing);
        this.requirements = List.of(requirements);
    }

    /** The requirements as declared (without the API server and etcd that control-plane components imply). */
    public List<Requirement> requirements() {
        return requirements;
    }

    /** The clock that governs this capability even when it works (e.g. crash-loop back-off). */
    public Optional<Timing> timing() {
        return timing;
    }
}

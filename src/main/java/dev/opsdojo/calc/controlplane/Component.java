package dev.opsdojo.calc.controlplane;

import java.util.EnumSet;
import java.util.Set;

/**
 * The parts of a Kubernetes cluster the explorer draws. Every component reaches cluster state through the
 * kube-apiserver; only the kube-apiserver talks to etcd. Node components exist once per worker node.
 */
public enum Component {
    KUBECTL(Plane.CLIENT),
    API_SERVER(Plane.CONTROL_PLANE),
    ETCD(Plane.CONTROL_PLANE),
    SCHEDULER(Plane.CONTROL_PLANE),
    CONTROLLER_MANAGER(Plane.CONTROL_PLANE),
    CLOUD_CONTROLLER_MANAGER(Plane.CONTROL_PLANE),
    /** The worker machine itself: stopping it stops everything on it. */
    NODE(Plane.NODE),
    KUBELET(Plane.NODE),
    KUBE_PROXY(Plane.NODE),
    CONTAINER_RUNTIME(Plane.NODE),
    POD(Plane.NODE);

    /** Where a component runs. */
    public enum Plane { CLIENT, CONTROL_PLANE, NODE }

    private final Plane plane;

    Component(Plane plane) {
        this.plane = plane;
    }

    public Plane plane() {
        return plane;
    }

    /** Whether the learner can stop this part in "Break it" (kubectl and pods are not services one stops). */
    public boolean stoppable() {
        return this != KUBECTL && this != POD;
    }

    /**
     * The components this one sends requests to. Everything goes through the API server; only the API server
     * talks to etcd; the kubelet also drives the container runtime on its node (through the CRI).
     */
    public Set<Component> talksTo() {
        return switch (this) {
            case KUBECTL, SCHEDULER, CONTROLLER_MANAGER, CLOUD_CONTROLLER_MANAGER, KUBE_PROXY -> EnumSet.of(API_SERVER);
            case API_SERVER -> EnumSet.of(ETCD, KUBELET);
            case KUBELET -> EnumSet.of(API_SERVER, CONTAINER_RUNTIME);
            case CONTAINER_RUNTIME -> EnumSet.of(POD);
            case ETCD, NODE, POD -> EnumSet.noneOf(Component.class);
        };
    }

    /**
     * The control-plane components this one cannot do its control-plane work without: the controllers and the
     * scheduler read and write objects only through the API server, which stores them only in etcd.
     */
    public Set<Component> controlPlaneDependencies() {
        return switch (this) {
            case SCHEDULER, CONTROLLER_MANAGER, CLOUD_CONTROLLER_MANAGER -> EnumSet.of(API_SERVER, ETCD);
            case API_SERVER -> EnumSet.of(ETCD);
            default -> EnumSet.noneOf(Component.class);
        };
    }
}

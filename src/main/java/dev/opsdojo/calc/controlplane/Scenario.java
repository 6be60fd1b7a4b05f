package dev.opsdojo.calc.controlplane;

import java.util.Arrays;
import java.util.List;

/** The "Break it" presets: one per component one can stop (node components on node 1), and a few combinations. */
public enum Scenario {
    ETCD(Part.controlPlane(Component.ETCD)),
    API_SERVER(Part.controlPlane(Component.API_SERVER)),
    SCHEDULER(Part.controlPlane(Component.SCHEDULER)),
    CONTROLLER_MANAGER(Part.controlPlane(Component.CONTROLLER_MANAGER)),
    CLOUD_CONTROLLER_MANAGER(Part.controlPlane(Component.CLOUD_CONTROLLER_MANAGER)),
    KUBELET_ON_NODE_1(Part.onNode(Component.KUBELET, 1)),
    KUBE_PROXY_ON_NODE_1(Part.onNode(Component.KUBE_PROXY, 1)),
    RUNTIME_ON_NODE_1(Part.onNode(Component.CONTAINER_RUNTIME, 1)),
    NODE_1(Part.onNode(Component.NODE, 1)),
    WHOLE_CONTROL_PLANE(Part.controlPlane(Component.API_SERVER), Part.controlPlane(Component.ETCD),
            Part.controlPlane(Component.SCHEDULER), Part.controlPlane(Component.CONTROLLER_MANAGER),
            Part.controlPlane(Component.CLOUD_CONTROLLER_MANAGER)),
    SCHEDULER_AND_NODE_1(Part.controlPlane(Component.SCHEDULER), Part.onNode(Component.NODE, 1));

    private final List<Part> parts;

    Scenario(Part... parts) {
        this.parts = Arrays.asList(parts);
    }

    public Outage outage() {
        return Outage.of(parts);
    }

    /** Whether this preset stops exactly one part. */
    public boolean single() {
        return parts.size() == 1;
    }
}

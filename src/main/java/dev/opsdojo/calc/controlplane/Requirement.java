package dev.opsdojo.calc.controlplane;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Something a capability needs to be running, and how badly the capability suffers without it. */
public sealed interface Requirement {
    /** The id that names this requirement in the texts (a component name, or a node requirement's id). */
    String id();

    /**
     * A control-plane component must run. Its own control-plane dependencies (API server, etcd) are needed with
     * the same severity: "everything goes through the API server".
     */
    record Runs(Component component, Status ifStopped) implements Requirement {
        public Runs {
            if (component.plane() != Component.Plane.CONTROL_PLANE || ifStopped == Status.WORKS) {
                throw new IllegalArgumentException(component + " " + ifStopped);
            }
        }

        @Override
        public String id() {
            return component.name();
        }
    }

    /**
     * Every worker node should have all of {@code components} running ({@link Component#NODE} standing for the
     * machine itself). When some nodes lack one the capability is {@code ifSomeNodes}; when every node lacks one
     * (or is down) it is {@code ifAllNodes}; when at least {@link K8sDefaults#UNHEALTHY_ZONE_THRESHOLD} of the
     * nodes fail it (or are down) it is {@code ifUnhealthyZone}, for rules that depend on the node controller's
     * eviction rate limits. A requirement that does not name NODE is met on a node that is down: the node requirement
     * answers for that. {@code timing}: the clock that starts when this requirement fails.
     */
    record OnNodes(String id, Set<Component> components, Status ifSomeNodes, Status ifUnhealthyZone, Status ifAllNodes,
            Optional<Timing> timing) implements Requirement {
        public OnNodes {
            components = Set.copyOf(components);
            if (components.isEmpty() || components.stream().anyMatch(c -> c.plane() != Component.Plane.NODE || !c.stoppable())
                    || ifSomeNodes.worse(ifUnhealthyZone) != ifUnhealthyZone || ifUnhealthyZone.worse(ifAllNodes) != ifAllNodes
                    || ifAllNodes == Status.WORKS) {
                throw new IllegalArgumentException(id + ": " + components + " " + ifSomeNodes + "/" + ifUnhealthyZone + "/" + ifAllNodes);
            }
        }

        static OnNodes of(String id, Status ifSome, Status ifAll, Timing timing, Component... components) {
            return new OnNodes(id, EnumSet.of(components[0], components), ifSome, ifSome, ifAll, Optional.ofNullable(timing));
        }

        static OnNodes of(String id, Status ifSome, Status ifUnhealthyZone, Status ifAll, Timing timing, Component... components) {
            return new OnNodes(id, EnumSet.of(components[0], components), ifSome, ifUnhealthyZone, ifAll, Optional.ofNullable(timing));
        }
    }

    /** A clock the documentation gives for how a failure plays out. */
    enum Timing {
        /** The kubelet restarts a crashed container after 10 s, 20 s, 40 s … at most 300 s. */
        CRASH_LOOP_BACKOFF,
        /** A silent node: NotReady after the grace period, its pods evicted 300 s after that. */
        NODE_EVICTION,
        /** A node whose kubelet reports it not ready: tainted at once, its pods evicted 300 s later. */
        NOT_READY_EVICTION
    }
}

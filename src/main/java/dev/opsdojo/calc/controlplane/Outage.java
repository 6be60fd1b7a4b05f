package dev.opsdojo.calc.controlplane;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** The parts a learner has stopped. A stopped worker node counts as all of its components stopped. */
public record Outage(Set<Part> stopped) {
    public static final Outage NONE = new Outage(Set.of());

    public Outage {
        stopped = Set.copyOf(stopped);
    }

    public static Outage of(Part... parts) {
        return new Outage(Set.of(parts));
    }

    public static Outage of(Collection<Part> parts) {
        return new Outage(Set.copyOf(parts));
    }

    /** Whether a control-plane component is stopped. */
    public boolean isStopped(Component controlPlaneComponent) {
        return stopped.contains(Part.controlPlane(controlPlaneComponent));
    }

    /** Whether a node component is unavailable on a node: stopped itself, or its whole node stopped. */
    public boolean isStopped(Component nodeComponent, int node) {
        return stopped.contains(Part.onNode(Component.NODE, node)) || stopped.contains(Part.onNode(nodeComponent, node));
    }

    /** This outage with one more part stopped, or with it started again if it was stopped. */
    public Outage toggle(Part part) {
        Set<Part> next = new LinkedHashSet<>(stopped);
        if (!next.remove(part)) {
            next.add(part);
        }
        return new Outage(next);
    }

    public boolean contains(Part part) {
        return stopped.contains(part);
    }
}

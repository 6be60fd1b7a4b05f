package dev.opsdojo.calc.controlplane;

/**
 * One stoppable thing in the cluster: a control-plane component ({@code node == 0}) or a node component on worker
 * node {@code node} (1-based), where {@link Component#NODE} is the whole machine.
 */
public record Part(Component component, int node) {
    public Part {
        if (component == null || !component.stoppable()) {
            throw new IllegalArgumentException("not a stoppable component: " + component);
        }
        boolean onNode = component.plane() == Component.Plane.NODE;
        if (onNode ? node < 1 : node != 0) {
            throw new IllegalArgumentException(component + " cannot be on node " + node);
        }
    }

    public static Part controlPlane(Component component) {
        return new Part(component, 0);
    }

    public static Part onNode(Component component, int node) {
        return new Part(component, node);
    }
}

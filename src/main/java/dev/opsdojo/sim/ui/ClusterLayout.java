package dev.opsdojo.sim.ui;

/**
 * Where the cluster view draws things: a "Pending" strip on top, then the nodes as equal boxes in a wrapping grid,
 * each with a header (name and CPU-requests bar) over its pods in rows. The pod square is the largest of
 * {@link #POD_SIZES} whose layout fits the height (see {@link #fit}); when none fits, the bottom is clipped.
 * Used both to draw and to find what a click hit, so the two always agree.
 */
final class ClusterLayout {
    static final double[] POD_SIZES = {24, 20, 16, 12, 9, 7, 5, 4, 3};
    static final double PAD = 6;
    static final double MAX_NODE_WIDTH = 300;
    /** Room for the "Pending: n" label before the pending pods. */
    static final double PENDING_LABEL = 90;

    final double width;
    final double podSize;
    final double podGap;
    final double gap;
    final double header;
    final int columns;
    final double nodeWidth;
    final double nodeHeight;
    final int podsPerRow;
    final double pendingHeight;
    final int podsPerPendingRow;
    final int nodeCount;
    final double height;

    private ClusterLayout(double width, double podSize, int columns, int nodeCount, int maxPodsPerNode, int pendingPods) {
        this.width = width;
        this.podSize = podSize;
        this.nodeCount = nodeCount;
        this.columns = columns;
        this.podGap = podSize >= 9 ? 3 : podSize >= 5 ? 2 : 1;
        this.gap = podSize >= 7 ? 8 : 4;
        this.header = podSize >= 7 ? 24 : 14;
        double cell = podSize + podGap;
        this.nodeWidth = Math.max(1, Math.min(MAX_NODE_WIDTH, (width - gap * (columns - 1)) / columns));
        this.podsPerRow = Math.max(1, (int) Math.floor((nodeWidth - 2 * PAD + podGap) / cell));
        int rows = Math.max(1, (maxPodsPerNode + podsPerRow - 1) / podsPerRow);
        this.nodeHeight = header + rows * cell - podGap + PAD;
        this.podsPerPendingRow = Math.max(1, (int) Math.floor((width - 2 * PAD - PENDING_LABEL + podGap) / cell));
        int pendingRows = Math.max(1, (pendingPods + podsPerPendingRow - 1) / podsPerPendingRow);
        this.pendingHeight = Math.max(22, PAD + pendingRows * cell - podGap + PAD);
        int nodeRows = nodeCount == 0 ? 0 : (nodeCount + columns - 1) / columns;
        this.height = pendingHeight + gap + nodeRows * (nodeHeight + gap);
    }

    /**
     * The largest pod size that fits {@code availableHeight}: for each size, from as many columns as boxes wide
     * enough for a node name (110 px, or 6 pods) towards narrower boxes (down to 3 pods wide). When nothing fits,
     * the last (smallest, narrowest) layout tried.
     */
    static ClusterLayout fit(double width, double availableHeight, int nodeCount, int maxPodsPerNode, int pendingPods) {
        ClusterLayout last = null;
        for (double size : POD_SIZES) {
            double podGap = size >= 9 ? 3 : size >= 5 ? 2 : 1;
            double gap = size >= 7 ? 8 : 4;
            double cell = size + podGap;
            double named = Math.max(110, 6 * cell + 2 * PAD);
            double narrowest = 3 * cell - podGap + 2 * PAD;
            int first = Math.max(1, Math.min(Math.max(1, nodeCount), (int) Math.floor((width + gap) / (named + gap))));
            for (int columns = first; columns <= Math.max(first, nodeCount); columns++) {
                ClusterLayout layout = new ClusterLayout(width, size, columns, nodeCount, maxPodsPerNode, pendingPods);
                if (columns > first && layout.nodeWidth < narrowest) {
                    break;
                }
                last = layout;
                if (layout.height <= availableHeight) {
                    return layout;
                }
            }
        }
        return last;
    }

    /** Node names are drawn only in the taller header. */
    boolean showsNames() {
        return header >= 20;
    }

    double nodeX(int node) {
        return (node % columns) * (nodeWidth + gap);
    }

    double nodeY(int node) {
        return pendingHeight + gap + (node / columns) * (nodeHeight + gap);
    }

    double podX(int node, int pod) {
        return nodeX(node) + PAD + (pod % podsPerRow) * (podSize + podGap);
    }

    double podY(int node, int pod) {
        return nodeY(node) + header + (pod / podsPerRow) * (podSize + podGap);
    }

    /** The pending strip's pods start after its label. */
    double pendingPodX(int pod) {
        return PAD + PENDING_LABEL + (pod % podsPerPendingRow) * (podSize + podGap);
    }

    double pendingPodY(int pod) {
        return PAD + (pod / podsPerPendingRow) * (podSize + podGap);
    }

    /** What a point hits: a pod in a node, a node, a pending pod, or nothing ({@code podsInNode} gives each node's pod count). */
    Hit hit(double x, double y, int[] podsInNode, int pendingPods) {
        for (int p = 0; p < pendingPods; p++) {
            if (inside(x, y, pendingPodX(p), pendingPodY(p), podSize, podSize)) {
                return new Hit(-1, p);
            }
        }
        for (int n = 0; n < Math.min(nodeCount, podsInNode.length); n++) {
            if (!inside(x, y, nodeX(n), nodeY(n), nodeWidth, nodeHeight)) {
                continue;
            }
            for (int p = 0; p < podsInNode[n]; p++) {
                if (inside(x, y, podX(n, p), podY(n, p), podSize, podSize)) {
                    return new Hit(n, p);
                }
            }
            return new Hit(n, -1);
        }
        return null;
    }

    private static boolean inside(double x, double y, double left, double top, double w, double h) {
        return x >= left && x < left + w && y >= top && y < top + h;
    }

    /** {@code node} -1 means the pending strip; {@code pod} -1 means the node itself. */
    record Hit(int node, int pod) {
    }
}

package dev.opsdojo.sim.ui;

import dev.opsdojo.sim.session.Snapshot;
import dev.opsdojo.sim.session.Snapshot.NodeState;
import dev.opsdojo.sim.session.Snapshot.NodeView;
import dev.opsdojo.sim.session.Snapshot.PodView;
import dev.opsdojo.ui.I18n;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The cluster on one canvas: nodes as rounded boxes with their pods as squares coloured by load, pods no node could
 * take in a "Pending" strip on top. Redraws only when the snapshot, the size, the selection or the theme changed.
 * A click selects the pod or node under the mouse ({@link Selection}).
 */
final class ClusterView extends Region {
    /** What the learner clicked: a pod (with its node, if on one) or a node. */
    record Selection(String podId, String nodeName) {
    }

    private final Canvas canvas = new Canvas();
    private final Palette palette;
    private final I18n i18n;
    private final Font nodeFont = Font.font(11);
    private final Font smallFont = Font.font(9);
    private Snapshot snapshot;
    private Snapshot drawn;
    private Selection selection;
    private Selection drawnSelection;
    private int drawnPalette = -1;
    private double drawnWidth = -1;
    private double drawnHeight = -1;
    private ClusterLayout layout;
    private Consumer<Selection> onSelect = s -> { };

    ClusterView(Palette palette, I18n i18n) {
        this.palette = palette;
        this.i18n = i18n;
        getChildren().add(canvas);
        getStyleClass().add("sim-cluster");
        setFocusTraversable(true);
        canvas.setOnMouseClicked(e -> {
            requestFocus();
            select(hit(e.getX(), e.getY()));
        });
        setMinSize(200, 120);
    }

    void setOnSelect(Consumer<Selection> onSelect) {
        this.onSelect = onSelect;
    }

    Selection selection() {
        return selection;
    }

    void select(Selection selection) {
        this.selection = selection;
        onSelect.accept(selection);
        redraw();
    }

    /** The layout of the last drawing (null before it), for tests that click a pod. */
    ClusterLayout clusterLayout() {
        return layout;
    }

    Canvas canvas() {
        return canvas;
    }

    void show(Snapshot snapshot) {
        this.snapshot = snapshot;
        redraw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.floor(getWidth()));
        canvas.setHeight(Math.floor(getHeight()));
        redraw();
    }

    Selection hit(double x, double y) {
        if (snapshot == null || layout == null) {
            return null;
        }
        List<NodeView> nodes = snapshot.nodes();
        int[] counts = new int[nodes.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = nodes.get(i).pods().size();
        }
        ClusterLayout.Hit hit = layout.hit(x, y, counts, snapshot.pendingPods().size());
        if (hit == null) {
            return null;
        }
        if (hit.node() < 0) {
            return new Selection(snapshot.pendingPods().get(hit.pod()).id(), null);
        }
        NodeView node = nodes.get(hit.node());
        return hit.pod() < 0 ? new Selection(null, node.name()) : new Selection(node.pods().get(hit.pod()).id(), node.name());
    }

    void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (snapshot == drawn && selection == drawnSelection && palette.version() == drawnPalette && w == drawnWidth && h == drawnHeight) {
            return;
        }
        drawn = snapshot;
        drawnSelection = selection;
        drawnPalette = palette.version();
        drawnWidth = w;
        drawnHeight = h;
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, w, h);
        if (snapshot == null || w < 10) {
            return;
        }
        int maxPods = 0;
        for (NodeView node : snapshot.nodes()) {
            maxPods = Math.max(maxPods, node.pods().size());
        }
        layout = ClusterLayout.fit(w - 1, h - 1, snapshot.nodes().size(), maxPods, snapshot.pendingPods().size());
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.LEFT);
        drawPending(g);
        for (int n = 0; n < snapshot.nodes().size(); n++) {
            drawNode(g, n, snapshot.nodes().get(n));
        }
        g.setLineDashes((double[]) null);
    }

    private void drawPending(GraphicsContext g) {
        List<PodView> pending = snapshot.pendingPods();
        g.setFill(palette.get(Palette.Swatch.SUBTLE));
        g.fillRoundRect(0.5, 0.5, layout.width, layout.pendingHeight, 8, 8);
        g.setStroke(palette.get(Palette.Swatch.BORDER));
        g.setLineWidth(1);
        g.setLineDashes(4, 3);
        g.strokeRoundRect(0.5, 0.5, layout.width, layout.pendingHeight, 8, 8);
        g.setLineDashes((double[]) null);
        g.setFont(nodeFont);
        g.setFill(pending.isEmpty() ? palette.get(Palette.Swatch.MUTED) : palette.get(Palette.Swatch.WARNING));
        g.fillText(i18n.format("sim.cluster.pending", pending.size()), ClusterLayout.PAD, Math.max(ClusterLayout.PAD - 1, layout.pendingHeight / 2 - 7), ClusterLayout.PENDING_LABEL - 8);
        for (int p = 0; p < pending.size(); p++) {
            drawPod(g, pending.get(p), layout.pendingPodX(p), layout.pendingPodY(p), false);
        }
    }

    private void drawNode(GraphicsContext g, int index, NodeView node) {
        double x = layout.nodeX(index) + 0.5;
        double y = layout.nodeY(index) + 0.5;
        double w = layout.nodeWidth;
        double h = layout.nodeHeight;
        boolean notReady = node.state() == NodeState.NOT_READY;
        boolean provisioning = node.state() == NodeState.PROVISIONING;
        g.setGlobalAlpha(notReady ? 0.45 : 1);
        g.setFill(palette.get(provisioning ? Palette.Swatch.BG : Palette.Swatch.SUBTLE));
        g.fillRoundRect(x, y, w, h, 10, 10);
        boolean selected = selection != null && selection.podId() == null && node.name().equals(selection.nodeName());
        g.setStroke(palette.get(selected ? Palette.Swatch.ACCENT : notReady ? Palette.Swatch.DANGER : Palette.Swatch.BORDER));
        g.setLineWidth(selected ? 2.5 : 1);
        if (provisioning) {
            g.setLineDashes(5, 4);
        }
        g.strokeRoundRect(x, y, w, h, 10, 10);
        g.setLineDashes((double[]) null);
        g.setLineWidth(1);
        if (layout.showsNames()) {
            g.setFont(nodeFont);
            g.setFill(palette.get(Palette.Swatch.FG));
            String name = node.name();
            if (notReady) {
                name += " · " + i18n.get("sim.node.notReady");
            } else if (provisioning) {
                name += " · " + i18n.get("sim.node.provisioning");
            }
            g.fillText(name, x + ClusterLayout.PAD, y + 3, w - 2 * ClusterLayout.PAD);
        }
        double barY = y + layout.header - (layout.showsNames() ? 7 : 6);
        double barW = w - 2 * ClusterLayout.PAD;
        g.setFill(palette.get(Palette.Swatch.BORDER));
        g.fillRect(x + ClusterLayout.PAD, barY, barW, 3);
        double share = node.cpuAllocatableMillicores() <= 0 ? 0
                : Math.min(1, (double) node.cpuRequestedMillicores() / node.cpuAllocatableMillicores());
        g.setFill(palette.get(Palette.Swatch.ACCENT));
        g.fillRect(x + ClusterLayout.PAD, barY, barW * share, 3);
        List<PodView> pods = node.pods();
        for (int p = 0; p < pods.size(); p++) {
            drawPod(g, pods.get(p), layout.podX(index, p) + 0.5, layout.podY(index, p) + 0.5, notReady);
        }
        g.setGlobalAlpha(1);
        if (notReady && layout.header < 20) {
            g.setFont(smallFont);
            g.setFill(palette.get(Palette.Swatch.DANGER));
            g.fillText(i18n.get("sim.node.notReady"), x + ClusterLayout.PAD, y + 2, w - 2 * ClusterLayout.PAD);
        }
    }

    private void drawPod(GraphicsContext g, PodView pod, double x, double y, boolean dimmed) {
        double s = layout.podSize;
        double alpha = dimmed ? 0.45 : 1;
        switch (pod.phase()) {
            case PENDING -> {
                g.setStroke(palette.get(Palette.Swatch.MUTED));
                g.setLineDashes(2, 2);
                g.strokeRect(x, y, s - 1, s - 1);
                g.setLineDashes((double[]) null);
            }
            case STARTING -> {
                g.setStroke(palette.get(Palette.Swatch.ACCENT));
                g.setLineWidth(s >= 9 ? 2 : 1);
                g.strokeRect(x + 0.5, y + 0.5, s - 2, s - 2);
                g.setLineWidth(1);
            }
            case READY -> {
                g.setFill(palette.load(pod.load()));
                g.fillRect(x, y, s, s);
                if (pod.slow() && s >= 5) {
                    g.setFill(palette.get(Palette.Swatch.FG));
                    double d = Math.max(2, s / 3);
                    g.fillOval(x + (s - d) / 2, y + (s - d) / 2, d, d);
                }
            }
            case TERMINATING -> {
                g.setGlobalAlpha(alpha * 0.3);
                g.setFill(palette.load(pod.load()));
                g.fillRect(x, y, s, s);
                g.setGlobalAlpha(alpha);
            }
            case DEAD -> {
                g.setStroke(palette.get(Palette.Swatch.DANGER));
                g.setLineWidth(s >= 9 ? 2 : 1);
                g.strokeLine(x, y, x + s, y + s);
                g.strokeLine(x + s, y, x, y + s);
                g.setLineWidth(1);
            }
        }
        if (selection != null && pod.id().equals(selection.podId())) {
            g.setStroke(palette.get(Palette.Swatch.FG));
            g.setLineWidth(2);
            g.strokeRect(x - 2, y - 2, s + 4, s + 4);
            g.setLineWidth(1);
        }
    }
}

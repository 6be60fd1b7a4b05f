package dev.opsdojo.sim.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.sim.session.Snapshot;
import dev.opsdojo.sim.session.Snapshot.NodeState;
import dev.opsdojo.sim.session.Snapshot.NodeView;
import dev.opsdojo.sim.session.Snapshot.PodPhase;
import dev.opsdojo.sim.session.Snapshot.PodView;
import dev.opsdojo.ui.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The cluster canvas at the largest size: 100 nodes with 1,000 pods. */
@ExtendWith(ApplicationExtension.class)
class ClusterViewTest {
    private ClusterView view;

    @Start
    void start(Stage stage) {
        view = new ClusterView(new Palette(), new I18n("en"));
        view.setPrefSize(560, 480);
        stage.setScene(new Scene(new StackPane(view)));
        stage.sizeToScene();
        stage.show();
    }

    private static Snapshot cluster(int nodes, int podsPerNode, double load) {
        List<NodeView> nodeViews = new ArrayList<>();
        int id = 0;
        for (int n = 0; n < nodes; n++) {
            List<PodView> pods = new ArrayList<>();
            for (int p = 0; p < podsPerNode; p++) {
                pods.add(new PodView("pod-" + (id++), PodPhase.values()[p % PodPhase.values().length], load, p == 3, 1, 0));
            }
            nodeViews.add(new NodeView("node-" + n, n == 1 ? NodeState.NOT_READY : NodeState.READY, 4000, 3000, pods));
        }
        Snapshot.Totals totals = new Snapshot.Totals(0, 0, 0, 0, 0, 0, 1, 0, id, id, nodes);
        return new Snapshot(0, 60, false, nodeViews, List.of(), totals, List.of(), List.of(), 0);
    }

    @Test
    void aThousandPodsOnAHundredNodesDrawInWellUnderAFrame(FxRobot robot) {
        Snapshot a = cluster(100, 10, 0.2);
        Snapshot b = cluster(100, 10, 0.9);
        AtomicLong nanos = new AtomicLong();
        robot.interact(() -> {
            view.show(a);
            long start = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                view.show(i % 2 == 0 ? b : a);
            }
            nanos.set(System.nanoTime() - start);
        });

        // recording the drawing on the FX thread; 16.7 ms is a whole frame at 60 fps
        assertThat(nanos.get() / 20 / 1e6).isLessThan(8.0);
        assertThat(view.clusterLayout().height).isLessThanOrEqualTo(480);
    }

    @Test
    void clickingAPodSelectsItAndItsNode(FxRobot robot) {
        robot.interact(() -> view.show(cluster(3, 4, 0.5)));
        ClusterLayout layout = view.clusterLayout();
        double half = layout.podSize / 2;

        robot.clickOn(view.canvas().localToScreen(layout.podX(2, 1) + half, layout.podY(2, 1) + half));

        // node 2 holds pods 8 … 11; its second pod is pod-9
        assertThat(view.selection()).isEqualTo(new ClusterView.Selection("pod-9", "node-2"));
    }
}

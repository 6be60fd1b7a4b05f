package dev.opsdojo.app;

import dev.opsdojo.sim.deploy.DeployPresets;
import dev.opsdojo.sim.deploy.DeployScenario;
import dev.opsdojo.sim.deploy.ui.DeploySimulatorPage;
import dev.opsdojo.sim.session.SessionFactory;
import dev.opsdojo.sim.ui.ScaleOutSimulatorPage;
import dev.opsdojo.ui.I18n;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import org.controlsfx.control.SegmentedButton;

/**
 * The Simulators section: the scale-out simulator and the deployment-strategy simulator, one shown at a time, with a
 * segmented switch at the right of the shown page's title (ids {@code simKind-scale-out}, {@code simKind-deploy}).
 * Each page is built when first shown and kept while the section is open, so switching back finds the run where it
 * was (the hidden one's time is paused); leaving the section closes both.
 */
final class SimulatorsSection {
    static final String SCALE_OUT = "scale-out";
    static final String DEPLOY = "deploy";
    static final List<String> KINDS = List.of(SCALE_OUT, DEPLOY);

    private final I18n i18n;
    private final SessionFactory simulations;
    private final Function<DeployScenario, String> manifests;
    private final Consumer<String> remember;
    private final StackPane view = new StackPane();
    private final SegmentedButton switcher = new SegmentedButton();
    private final ToggleGroup group = new ToggleGroup();
    private ScaleOutSimulatorPage scaleOut;
    private DeploySimulatorPage deploy;
    private String current;

    /**
     * @param initial  the simulator to show first (the one remembered), scale-out when unknown
     * @param remember told the kind whenever the learner switches
     */
    SimulatorsSection(I18n i18n, SessionFactory simulations, Function<DeployScenario, String> manifests, String initial,
                      Consumer<String> remember) {
        this.i18n = i18n;
        this.simulations = simulations;
        this.manifests = manifests;
        this.remember = remember;
        this.current = initial != null && KINDS.contains(initial) ? initial : SCALE_OUT;
        view.setId("simulatorsSection");
        switcher.setId("simKind");
        switcher.getStyleClass().add("sim-kind-switch");
        for (String kind : KINDS) {
            ToggleButton b = new ToggleButton(i18n.get("sim.kind." + kind));
            b.setId("simKind-" + kind);
            b.setToggleGroup(group);
            b.setOnAction(e -> {
                b.setSelected(true);
                show(kind);
            });
            switcher.getButtons().add(b);
        }
    }

    /** The section's node, showing the current simulator (built now if it was not yet). */
    Node view() {
        show(current);
        return view;
    }

    /** Shows one simulator by its link name ({@code scale-out} or {@code deploy}); others are ignored. */
    void show(String kind) {
        if (kind == null || !KINDS.contains(kind)) {
            return;
        }
        if (!kind.equals(current)) {
            remember.accept(kind);
        }
        current = kind;
        switcher.getButtons().get(KINDS.indexOf(kind)).setSelected(true);
        if (kind.equals(DEPLOY)) {
            if (scaleOut != null) {
                scaleOut.suspend();
            }
            deploy().setSwitcher(switcher);
            view.getChildren().setAll(deploy().view());
        } else {
            if (deploy != null) {
                deploy.suspend();
            }
            scaleOut().setSwitcher(switcher);
            view.getChildren().setAll(scaleOut().view());
        }
    }

    String current() {
        return current;
    }

    ScaleOutSimulatorPage scaleOut() {
        if (scaleOut == null) {
            scaleOut = new ScaleOutSimulatorPage(i18n, simulations);
        }
        return scaleOut;
    }

    DeploySimulatorPage deploy() {
        if (deploy == null) {
            deploy = new DeploySimulatorPage(i18n, manifests, new DeployPresets(simulations.scenarioFolders()));
        }
        return deploy;
    }

    /** Stops both simulators' runs and timers. */
    void close() {
        if (scaleOut != null) {
            scaleOut.close();
            scaleOut = null;
        }
        if (deploy != null) {
            deploy.close();
            deploy = null;
        }
    }
}

package dev.opsdojo.sim.ui;

import dev.opsdojo.sim.session.Control;
import dev.opsdojo.sim.session.SessionFactory;
import dev.opsdojo.sim.session.SimulationSession;
import dev.opsdojo.sim.session.Snapshot;
import dev.opsdojo.ui.I18n;
import dev.opsdojo.ui.Styles;
import dev.opsdojo.ui.WidgetParams;
import java.util.List;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A lesson widget: the same preset twice, side by side, once scaled up (one pod with {@code replicas × cpu}
 * millicores) and once scaled out ({@code replicas} pods of {@code cpu} millicores), with the HPA off in both, so a
 * learner can play them together and kill a pod in each. Params: {@code preset} (default: the first preset),
 * {@code replicas} (2 to 20, default 4), {@code cpu} (100 to 4000 millicores, default 500), {@code speed} (1 to
 * 1000, default 10). The sessions start when the widget is shown and close when it leaves the scene.
 */
public final class ScaleCompareWidget {
    private final I18n i18n;
    private final SessionFactory sessions;
    private final String preset;
    private final int replicas;
    private final int cpuMillicores;
    private final double speed;
    private final Palette palette = new Palette();
    private final Side up;
    private final Side out;
    private final ToggleButton play = new ToggleButton();
    private final Label message = new Label();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            up.refresh();
            out.refresh();
        }
    };

    private ScaleCompareWidget(I18n i18n, SessionFactory sessions, String preset, int replicas, int cpuMillicores, double speed) {
        this.i18n = i18n;
        this.sessions = sessions;
        this.preset = preset;
        this.replicas = replicas;
        this.cpuMillicores = cpuMillicores;
        this.speed = speed;
        this.up = new Side("simCompareUp", i18n.format("sim.compare.up", Math.min(4000, replicas * cpuMillicores)));
        this.out = new Side("simCompareOut", i18n.format("sim.compare.out", replicas, cpuMillicores));
    }

    public static Node create(Map<String, String> params, I18n i18n, SessionFactory sessions) {
        List<String> presets = sessions.presets();
        String preset = params.getOrDefault("preset", presets.isEmpty() ? "" : presets.get(0)).strip();
        return new ScaleCompareWidget(i18n, sessions, preset, param(params, "replicas", 4, 2, 20),
                param(params, "cpu", 500, 100, 4000), param(params, "speed", 10, 1, 1000)).build();
    }

    /** A whole number within [low, high]; anything else gives the default, so a lesson's typo still works. */
    private static int param(Map<String, String> params, String key, int fallback, int low, int high) {
        return WidgetParams.wholeNumber(params, key, fallback, low, high);
    }

    private Node build() {
        Label title = new Label(i18n.get("sim.compare.title"));
        title.getStyleClass().add(Styles.H4);
        play.setId("simComparePlay");
        play.setText(i18n.get("sim.play"));
        play.selectedProperty().addListener((o, a, playing) -> {
            play.setText(i18n.get(playing ? "sim.pause" : "sim.play"));
            for (Side side : List.of(up, out)) {
                if (side.session != null) {
                    if (playing) {
                        side.session.play();
                    } else {
                        side.session.pause();
                    }
                }
            }
        });
        Button kill = new Button(i18n.get("sim.compare.kill"));
        kill.setId("simCompareKill");
        kill.setOnAction(e -> {
            up.apply(new Control.KillPod(null));
            out.apply(new Control.KillPod(null));
        });
        Button reset = new Button(i18n.get("sim.compare.reset"));
        reset.setId("simCompareReset");
        reset.setOnAction(e -> {
            stop();
            start();
        });
        message.setId("simCompareMessage");
        message.getStyleClass().add("danger");
        message.setWrapText(true);
        message.setManaged(false);
        message.setVisible(false);
        HBox buttons = new HBox(8, play, kill, reset);
        buttons.setAlignment(Pos.CENTER_LEFT);
        HBox sides = new HBox(12, up.box, out.box);
        HBox.setHgrow(up.box, Priority.ALWAYS);
        HBox.setHgrow(out.box, Priority.ALWAYS);
        VBox root = new VBox(8, title, buttons, message, sides, palette.holder());
        root.getStyleClass().add("sim-compare");
        root.setMaxWidth(820);
        root.sceneProperty().addListener((o, old, scene) -> {
            if (scene == null) {
                stop();
            } else if (old == null) {
                start();
            }
        });
        return root;
    }

    private void start() {
        try {
            up.open(1, Math.min(4000, replicas * cpuMillicores));
            out.open(replicas, cpuMillicores);
            message.setManaged(false);
            message.setVisible(false);
            timer.start();
        } catch (RuntimeException e) {
            stop();
            message.setText(i18n.format("sim.message.openFailed", preset, e.getMessage()));
            message.setManaged(true);
            message.setVisible(true);
        }
    }

    private void stop() {
        timer.stop();
        up.close();
        out.close();
        play.setSelected(false);
    }

    /** One half: a label, a small cluster and the totals that differ. */
    private final class Side {
        final VBox box;
        final ClusterView cluster = new ClusterView(palette, i18n);
        final Label p95 = new Label();
        final Label errors = new Label();
        final Label availability = new Label();
        final Label cost = new Label();
        SimulationSession session;
        Snapshot shown;

        Side(String id, String heading) {
            Label label = new Label(heading);
            label.getStyleClass().add(Styles.STRONG);
            label.setWrapText(true);
            cluster.setPrefHeight(130);
            cluster.setMinHeight(130);
            GridPane totals = new GridPane();
            totals.getStyleClass().add("sim-totals");
            String[] keys = {"sim.total.p95", "sim.total.errorRate", "sim.total.availability", "sim.total.cost"};
            Label[] values = {p95, errors, availability, cost};
            for (int i = 0; i < keys.length; i++) {
                Label name = new Label(i18n.get(keys[i]));
                name.getStyleClass().add(Styles.MUTED);
                values[i].setId(id + "-" + keys[i].substring("sim.total.".length()));
                values[i].getStyleClass().add("sim-value");
                totals.addRow(i, name, values[i]);
            }
            box = new VBox(6, label, cluster, totals);
            box.setId(id);
            box.getStyleClass().add("sim-compare-side");
        }

        void open(int podCount, int podCpu) {
            session = sessions.open(preset);
            session.apply(new Control.SetHpa(false, 50, 1, podCount));
            session.apply(new Control.SetPodCpu(podCpu));
            session.apply(new Control.SetReplicas(podCount));
            session.setSpeed(speed);
            shown = null;
        }

        void apply(Control control) {
            if (session != null) {
                session.apply(control);
            }
        }

        void close() {
            if (session != null) {
                session.close();
                session = null;
            }
        }

        void refresh() {
            if (session == null) {
                return;
            }
            Snapshot s = session.snapshot();
            if (s == shown) {
                return;
            }
            shown = s;
            cluster.show(s);
            Snapshot.Totals t = s.totals();
            java.util.Locale locale = i18n.locale();
            p95.setText(Double.isNaN(t.p95Ms()) ? "–" : String.format(locale, "%,.0f ms", t.p95Ms()));
            errors.setText(String.format(locale, "%.2f%%", t.errorRate() * 100));
            availability.setText(String.format(locale, "%.3f%%", t.availability() * 100));
            cost.setText(i18n.format("sim.total.costValue", t.costNodeHours()));
        }
    }
}

package dev.opsdojo.sim.ui;

import dev.opsdojo.sim.session.Control;
import dev.opsdojo.sim.session.SessionFactory;
import dev.opsdojo.sim.session.SimulationSession;
import dev.opsdojo.sim.session.Snapshot;
import dev.opsdojo.sim.session.Snapshot.Decision;
import dev.opsdojo.sim.session.Snapshot.NodeView;
import dev.opsdojo.sim.session.Snapshot.PodPhase;
import dev.opsdojo.sim.session.Snapshot.PodView;
import dev.opsdojo.sim.session.Snapshot.Totals;
import dev.opsdojo.ui.I18n;
import dev.opsdojo.ui.Styles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.DoubleFunction;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * The scale-out simulator: a live cluster (nodes with pods, pending pods, requests flowing), five charts, the
 * controls a learner plays with, and a side panel that explains each controller decision in the chosen language.
 * The session runs on its own thread; an {@link AnimationTimer} samples {@link SimulationSession#snapshot()} once
 * per frame and never blocks. F12 shows frame times and simulated events per second.
 *
 * <p>Decision texts: the session reports {@link Decision}s by kind; each is shown from the i18n key
 * {@code sim.decision.<kind>} with the arguments in this order (a text argument such as a reason is first looked up
 * as {@code sim.reason.<text>}: tolerance, stabilization, scaleUpLimit, minReplicas, maxReplicas, noMetrics,
 * insufficientCpu, noNodeFits, nodeNotReady, maxNodes, minNodes):
 * <table>
 *   <caption>Decision kinds and their arguments</caption>
 *   <tr><th>kind</th><th>arguments</th></tr>
 *   <tr><td>hpaScale</td><td>from, to, utilizationPercent, targetPercent</td></tr>
 *   <tr><td>hpaHold</td><td>replicas, utilizationPercent, targetPercent, reason</td></tr>
 *   <tr><td>hpaLimited</td><td>wanted, allowed, reason</td></tr>
 *   <tr><td>podPending</td><td>podId, reason</td></tr>
 *   <tr><td>podScheduled</td><td>podId, node</td></tr>
 *   <tr><td>podReady</td><td>podId</td></tr>
 *   <tr><td>podReplaced</td><td>oldPodId, newPodId</td></tr>
 *   <tr><td>podKilled</td><td>podId</td></tr>
 *   <tr><td>nodeAdded</td><td>node</td></tr>
 *   <tr><td>nodeReady</td><td>node</td></tr>
 *   <tr><td>nodeRemoved</td><td>node</td></tr>
 *   <tr><td>nodeNotReady</td><td>node, graceSeconds</td></tr>
 *   <tr><td>podsEvicted</td><td>node, count, tolerationSeconds</td></tr>
 *   <tr><td>caScaleUp</td><td>from, to, pendingPods</td></tr>
 *   <tr><td>caScaleDown</td><td>node, utilizationPercent</td></tr>
 *   <tr><td>chaosKill</td><td>podId</td></tr>
 * </table>
 * An unknown kind is shown as the controller, the kind in words and the arguments.
 */
public final class ScaleOutSimulatorPage {
    static final LogScale SPEED = new LogScale(1, 1000);
    static final LogScale USERS = new LogScale(1, 100_000);
    static final LogScale RATE = new LogScale(1, 100_000);
    static final int MAX_DECISIONS_SHOWN = 300;
    private static final double SLOW_FACTOR = 5;

    private final I18n i18n;
    private final SessionFactory sessions;
    private final Palette palette = new Palette();
    private final ClusterView cluster;
    private final FlowStrip flow;
    private final List<TimelineChart> charts = new ArrayList<>();
    private final TimelineChart p95Chart;
    private final FrameStats frames = new FrameStats();
    private final BorderPane root = new BorderPane();
    private final StackPane clusterStack = new StackPane();
    private final HBox switcherHolder = new HBox();
    private final Label overlay = new Label();
    private final Label message = new Label();
    private final Label timeLabel = new Label();
    private final Label speedValue = new Label();
    private final Label selectionLabel = new Label();
    private final ComboBox<String> preset = new ComboBox<>();
    private final ToggleButton play = new ToggleButton();
    private final Button step = new Button();
    private final ComboBox<Integer> stepSize = new ComboBox<>(FXCollections.observableArrayList(1, 10, 60));
    private final Slider speed = new Slider(0, 1, 0);
    private final Slider users = new Slider(0, 1, 0.5);
    private final Slider rate = new Slider(0, 1, 0.5);
    private final Slider replicas = new Slider(1, 200, 3);
    private final Slider podCpu = new Slider(100, 4000, 500);
    private final Slider nodes = new Slider(1, 100, 3);
    private final CheckBox hpaEnabled = new CheckBox();
    private final Slider hpaTarget = new Slider(10, 100, 50);
    private final Spinner<Integer> hpaMin = new Spinner<>(1, 1000, 1);
    private final Spinner<Integer> hpaMax = new Spinner<>(1, 1000, 10);
    private final CheckBox caEnabled = new CheckBox();
    private final Spinner<Integer> caMin = new Spinner<>(1, 100, 1);
    private final Spinner<Integer> caMax = new Spinner<>(1, 100, 10);
    private final Slider cache = new Slider(0, 100, 0);
    private final ToggleButton chaos = new ToggleButton();
    private final Spinner<Integer> chaosInterval = new Spinner<>(5, 600, 30, 5);
    private final ObservableList<Decision> decisionItems = FXCollections.observableArrayList();
    private final ListView<Decision> decisionList = new ListView<>(decisionItems);
    private final Label totalRequests = value("simTotalRequests");
    private final Label totalErrors = value("simTotalErrors");
    private final Label totalErrorRate = value("simTotalErrorRate");
    private final Label totalP95 = value("simTotalP95");
    private final Label totalAvailability = value("simTotalAvailability");
    private final Label totalCost = value("simTotalCost");
    private final Label totalReplicas = value("simTotalReplicas");
    private final Label totalNodes = value("simTotalNodes");
    private final Label totalTime = value("simTotalTime");
    private final AnimationTimer timer;
    private final EventHandler<KeyEvent> sceneKeys = this::sceneKey;
    private Scene keyScene;
    private SimulationSession session;
    private Snapshot shown;
    private Decision newestShown;
    private int decisionsShownCount = -1;
    private boolean syncing;
    private long lastFrameNanos = -1;
    private String flowLabel = "";
    private Supplier<Path> openChooser;
    private Supplier<Path> saveChooser;

    public ScaleOutSimulatorPage(I18n i18n, SessionFactory sessions) {
        this.i18n = i18n;
        this.sessions = sessions;
        this.cluster = new ClusterView(palette, i18n);
        this.flow = new FlowStrip(palette);
        cluster.setId("simCluster");
        cluster.setOnSelect(this::selected);
        charts.add(new TimelineChart("simChartRps", i18n.get("sim.chart.rps"), palette, p -> p.requestsPerSecond(), null,
                number(0), 10));
        p95Chart = new TimelineChart("simChartP95", i18n.get("sim.chart.p95"), palette, p -> p.p95Ms(), null, number(0), 10);
        charts.add(p95Chart);
        charts.add(new TimelineChart("simChartErrors", i18n.get("sim.chart.errors"), palette, p -> p.errorRate() * 100, null,
                v -> String.format(i18n.locale(), v < 10 ? "%.1f%%" : "%.0f%%", v), 1));
        charts.add(new TimelineChart("simChartReplicas", i18n.get("sim.chart.replicas"), palette, p -> p.readyReplicas(),
                p -> p.replicas(), number(0), 4));
        charts.add(new TimelineChart("simChartNodes", i18n.get("sim.chart.nodes"), palette, p -> p.nodes(), null, number(0), 4));
        build();
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame(now);
            }
        };
        timer.start();
        List<String> presets = sessions.presets();
        if (!presets.isEmpty()) {
            openPreset(presets.get(0));
        }
    }

    public Node view() {
        return root;
    }

    /** Opens a shipped preset (closing the current session); an unknown or broken preset shows a message instead. */
    public void openPreset(String name) {
        if (!name.equals(preset.getValue())) {
            syncing = true;
            preset.setValue(name);
            syncing = false;
        }
        try {
            replaceSession(sessions.open(name));
        } catch (RuntimeException e) {
            showError(i18n.format("sim.message.openFailed", name, messageOf(e)));
        }
    }

    /** Puts the shell's simulator switcher at the right of the title. */
    public void setSwitcher(Node switcher) {
        switcherHolder.getChildren().setAll(switcher);
    }

    /** Stops simulated time while another simulator is shown (the run itself is kept). */
    public void suspend() {
        if (session != null) {
            session.pause();
        }
    }

    /** Stops the frame timer and the session; the shell calls it when leaving the section. */
    public void close() {
        timer.stop();
        detachKeys();
        if (session != null) {
            session.close();
            session = null;
        }
    }

    /** Tests pick files here instead of through a FileChooser. */
    void chooseFilesWith(Supplier<Path> open, Supplier<Path> save) {
        this.openChooser = open;
        this.saveChooser = save;
    }

    SimulationSession session() {
        return session;
    }

    ClusterView cluster() {
        return cluster;
    }

    List<TimelineChart> charts() {
        return charts;
    }

    private static String messageOf(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    // ---------------------------------------------------------------- layout

    private void build() {
        root.getStyleClass().addAll("sim-page");
        root.setId("simPage");
        Label title = new Label(i18n.get("sim.title"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Label intro = new Label(i18n.get("sim.intro"));
        intro.getStyleClass().add(Styles.MUTED);
        intro.setWrapText(true);
        message.setId("simMessage");
        message.getStyleClass().add("sim-message");
        message.setWrapText(true);
        message.setManaged(false);
        message.setVisible(false);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        switcherHolder.setAlignment(Pos.CENTER_RIGHT);
        HBox titleRow = new HBox(12, title, grow, switcherHolder);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, titleRow, intro, toolbar(), message);
        top.getStyleClass().add("sim-top");
        root.setTop(top);

        overlay.setId("simDebugOverlay");
        overlay.getStyleClass().add("sim-overlay");
        overlay.setVisible(false);
        overlay.setMouseTransparent(true);
        StackPane.setAlignment(overlay, Pos.BOTTOM_RIGHT);
        clusterStack.getChildren().addAll(cluster, overlay);
        VBox.setVgrow(clusterStack, Priority.ALWAYS);
        VBox center = new VBox(6, flow, clusterStack, legend());
        center.getStyleClass().add("sim-center");
        center.getChildren().add(palette.holder());
        root.setCenter(center);
        root.setLeft(controls());
        root.setRight(sidePanel());
        HBox chartRow = new HBox(8);
        chartRow.setId("simCharts");
        chartRow.getStyleClass().add("sim-charts");
        for (TimelineChart chart : charts) {
            HBox.setHgrow(chart, Priority.ALWAYS);
            chart.setMaxWidth(Double.MAX_VALUE);
            chartRow.getChildren().add(chart);
        }
        chartRow.setPrefHeight(130);
        chartRow.setMinHeight(110);
        root.setBottom(chartRow);
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)) {
                play.fire();
                e.consume();
            }
        });
        cluster.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cluster.select(null);
                e.consume();
            }
        });
        root.sceneProperty().addListener((o, old, scene) -> {
            detachKeys();
            if (scene != null) {
                keyScene = scene;
                scene.addEventFilter(KeyEvent.KEY_PRESSED, sceneKeys);
            }
        });
    }

    private Node toolbar() {
        preset.setId("simPreset");
        preset.getItems().setAll(sessions.presets());
        preset.setConverter(new StringConverter<>() {
            @Override
            public String toString(String name) {
                if (name == null) {
                    return "";
                }
                String key = "sim.preset." + name;
                String label = i18n.get(key);
                return label.startsWith("!") ? name : label;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        preset.valueProperty().addListener((o, a, name) -> {
            if (!syncing && name != null) {
                openPreset(name);
            }
        });
        preset.setPromptText(i18n.get("sim.preset"));
        Button open = new Button(i18n.get("sim.open"));
        open.setId("simOpen");
        open.setOnAction(e -> openScenario());
        Button save = new Button(i18n.get("sim.save"));
        save.setId("simSave");
        save.setOnAction(e -> saveScenario());

        play.setId("simPlay");
        play.setText(i18n.get("sim.play"));
        play.setTooltip(new Tooltip(i18n.get("sim.playTip")));
        play.selectedProperty().addListener((o, a, playing) -> {
            play.setText(i18n.get(playing ? "sim.pause" : "sim.play"));
            if (syncing || session == null) {
                return;
            }
            if (playing) {
                session.play();
            } else {
                session.pause();
            }
        });
        step.setId("simStep");
        step.setText(i18n.get("sim.step"));
        step.setOnAction(e -> {
            if (session != null) {
                if (play.isSelected()) {
                    play.setSelected(false);
                }
                session.step(stepSize.getValue());
            }
        });
        stepSize.setId("simStepSize");
        stepSize.setValue(1);
        stepSize.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer seconds) {
                return seconds == null ? "" : i18n.format("sim.seconds", seconds);
            }

            @Override
            public Integer fromString(String text) {
                return Integer.valueOf(text.replaceAll("\\D", ""));
            }
        });
        stepSize.setTooltip(new Tooltip(i18n.get("sim.stepSize")));

        speed.setId("simSpeed");
        speed.setBlockIncrement(0.02);
        speed.setPrefWidth(170);
        speedValue.setId("simSpeedValue");
        speedValue.getStyleClass().add("sim-value");
        speedValue.setMinWidth(48);
        speed.valueProperty().addListener((o, a, b) -> speedValue.setText(i18n.format("sim.speedValue", speedOf())));
        commit(speed, () -> {
            if (session != null) {
                session.setSpeed(speedOf());
            }
        });
        speedValue.setText(i18n.format("sim.speedValue", speedOf()));
        Label speedLabel = new Label(i18n.get("sim.speed"));
        speedLabel.setLabelFor(speed);
        timeLabel.setId("simTime");
        timeLabel.getStyleClass().add("sim-value");

        HBox speedBox = new HBox(6, speedLabel, speed, speedValue);
        speedBox.setAlignment(Pos.CENTER_LEFT);
        HBox stepBox = new HBox(4, step, stepSize);
        stepBox.setAlignment(Pos.CENTER_LEFT);
        FlowPane bar = new FlowPane(10, 6, preset, open, save, Toolbars.separator(), play, stepBox, speedBox, Toolbars.separator(), timeLabel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("sim-toolbar");
        return bar;
    }

    private double speedOf() {
        return SPEED.valueAt(speed.getValue());
    }

    private Node controls() {
        VBox box = new VBox(10);
        box.getStyleClass().add("sim-controls");
        box.setId("simControls");

        users.setId("simUsers");
        rate.setId("simRate");
        for (Slider s : new Slider[] {users, rate}) {
            s.setBlockIncrement(0.02);
        }
        box.getChildren().add(section("sim.section.workload"));
        box.getChildren().add(sliderRow("sim.users", users, () -> String.format(i18n.locale(), "%,.0f", USERS.valueAt(users.getValue())),
                () -> apply(new Control.SetUsers((int) USERS.valueAt(users.getValue())))));
        box.getChildren().add(sliderRow("sim.rate", rate, () -> i18n.format("sim.rateValue", RATE.valueAt(rate.getValue())),
                () -> apply(new Control.SetRate(RATE.valueAt(rate.getValue())))));
        cache.setId("simCache");
        cache.setBlockIncrement(5);
        cache.setMajorTickUnit(5);
        cache.setMinorTickCount(0);
        cache.setSnapToTicks(true);
        box.getChildren().add(sliderRow("sim.cache", cache, () -> String.format(i18n.locale(), "%.0f%%", cache.getValue()),
                () -> apply(new Control.SetCacheHitRatio(cache.getValue() / 100))));

        box.getChildren().add(section("sim.section.scale"));
        replicas.setId("simReplicas");
        integerSlider(replicas, 1);
        box.getChildren().add(sliderRow("sim.replicas", replicas, () -> String.valueOf(Math.round(replicas.getValue())),
                () -> apply(new Control.SetReplicas((int) Math.round(replicas.getValue())))));
        podCpu.setId("simPodCpu");
        integerSlider(podCpu, 100);
        box.getChildren().add(sliderRow("sim.podCpu", podCpu, () -> i18n.format("sim.millicores", Math.round(podCpu.getValue())),
                () -> apply(new Control.SetPodCpu((int) Math.round(podCpu.getValue())))));
        nodes.setId("simNodes");
        integerSlider(nodes, 1);
        box.getChildren().add(sliderRow("sim.nodes", nodes, () -> String.valueOf(Math.round(nodes.getValue())),
                () -> apply(new Control.SetNodes((int) Math.round(nodes.getValue())))));

        box.getChildren().add(section("sim.section.hpa"));
        hpaEnabled.setId("simHpaEnabled");
        hpaEnabled.setText(i18n.get("sim.hpaEnabled"));
        hpaEnabled.selectedProperty().addListener((o, a, b) -> sendHpa());
        hpaTarget.setId("simHpaTarget");
        integerSlider(hpaTarget, 5);
        box.getChildren().add(hpaEnabled);
        box.getChildren().add(sliderRow("sim.hpaTarget", hpaTarget, () -> String.format(i18n.locale(), "%.0f%%", hpaTarget.getValue()),
                this::sendHpa));
        hpaMin.setId("simHpaMin");
        hpaMax.setId("simHpaMax");
        box.getChildren().add(spinnerRow("sim.hpaMin", hpaMin, "sim.hpaMax", hpaMax, this::sendHpa));

        box.getChildren().add(section("sim.section.ca"));
        caEnabled.setId("simCaEnabled");
        caEnabled.setText(i18n.get("sim.caEnabled"));
        caEnabled.selectedProperty().addListener((o, a, b) -> sendCa());
        caMin.setId("simCaMin");
        caMax.setId("simCaMax");
        box.getChildren().addAll(caEnabled, spinnerRow("sim.caMin", caMin, "sim.caMax", caMax, this::sendCa));

        box.getChildren().add(section("sim.section.chaos"));
        selectionLabel.setId("simSelection");
        selectionLabel.getStyleClass().add(Styles.MUTED);
        selectionLabel.setWrapText(true);
        selected(null);
        Button killPod = new Button(i18n.get("sim.killPod"));
        killPod.setId("simKillPod");
        killPod.setOnAction(e -> apply(new Control.KillPod(selectedPod())));
        Button killNode = new Button(i18n.get("sim.killNode"));
        killNode.setId("simKillNode");
        killNode.setOnAction(e -> apply(new Control.KillNode(selectedNode())));
        Button slow = new Button(i18n.get("sim.slowPod"));
        slow.setId("simSlowPod");
        slow.setTooltip(new Tooltip(i18n.get("sim.slowPodTip")));
        slow.setOnAction(e -> slowPod());
        for (Button b : new Button[] {killPod, killNode, slow}) {
            b.setMaxWidth(Double.MAX_VALUE);
            b.getStyleClass().add("sim-action");
        }
        chaos.setId("simChaos");
        chaos.setText(i18n.get("sim.chaos"));
        chaos.selectedProperty().addListener((o, a, b) -> sendChaos());
        chaosInterval.setId("simChaosInterval");
        chaosInterval.setEditable(true);
        chaosInterval.setPrefWidth(80);
        chaosInterval.valueProperty().addListener((o, a, b) -> {
            if (chaos.isSelected()) {
                sendChaos();
            }
        });
        Label every = new Label(i18n.get("sim.chaosInterval"));
        every.setLabelFor(chaosInterval);
        HBox chaosRow = new HBox(6, chaos, every, chaosInterval);
        chaosRow.setAlignment(Pos.CENTER_LEFT);
        box.getChildren().addAll(selectionLabel, new HBox(6, killPod, killNode), slow, chaosRow);

        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("sim-controls-scroll");
        scroll.setId("simControlsScroll");
        scroll.setPrefWidth(290);
        scroll.setMinWidth(240);
        return scroll;
    }

    private Label section(String key) {
        Label label = new Label(i18n.get(key));
        label.getStyleClass().addAll("md-h4", "sim-section");
        label.setWrapText(true);
        return label;
    }

    private static void integerSlider(Slider slider, double unit) {
        slider.setBlockIncrement(unit);
        slider.setMajorTickUnit(unit);
        slider.setMinorTickCount(0);
        slider.setSnapToTicks(true);
    }

    private Node sliderRow(String key, Slider slider, Supplier<String> shown, Runnable send) {
        Label name = new Label(i18n.get(key));
        name.setLabelFor(slider);
        name.setWrapText(true);
        Label valueLabel = new Label(shown.get());
        valueLabel.getStyleClass().add("sim-value");
        valueLabel.setMinWidth(Region.USE_PREF_SIZE);
        valueLabel.setId(slider.getId() + "Value");
        slider.valueProperty().addListener((o, a, b) -> valueLabel.setText(shown.get()));
        slider.setMaxWidth(Double.MAX_VALUE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(6, name, spacer, valueLabel);
        commit(slider, send);
        return new VBox(2, head, slider);
    }

    private Node spinnerRow(String minKey, Spinner<Integer> min, String maxKey, Spinner<Integer> max, Runnable send) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("sim-spinners");
        for (Spinner<Integer> s : List.of(min, max)) {
            s.setEditable(true);
            s.setPrefWidth(86);
            s.valueProperty().addListener((o, a, b) -> send.run());
        }
        Label minLabel = new Label(i18n.get(minKey));
        minLabel.setLabelFor(min);
        Label maxLabel = new Label(i18n.get(maxKey));
        maxLabel.setLabelFor(max);
        grid.addRow(0, minLabel, maxLabel);
        grid.addRow(1, min, max);
        return grid;
    }

    /** Sends when the learner lets go of the thumb or uses the keyboard, not for every pixel of a drag. */
    private void commit(Slider slider, Runnable send) {
        ChangeListener<Number> onValue = (o, a, b) -> {
            if (!slider.isValueChanging() && !syncing) {
                send.run();
            }
        };
        slider.valueProperty().addListener(onValue);
        slider.valueChangingProperty().addListener((o, was, now) -> {
            if (!now && !syncing) {
                send.run();
            }
        });
    }

    private Node legend() {
        FlowPane legend = new FlowPane(14, 4);
        legend.getStyleClass().add("sim-legend");
        legend.setId("simLegend");
        for (PodPhase phase : PodPhase.values()) {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("sim-legend-swatch", "sim-legend-" + phase.name().toLowerCase(Locale.ROOT));
            Label label = new Label(i18n.get("sim.phase." + phase.name().toLowerCase(Locale.ROOT)), swatch);
            legend.getChildren().add(label);
        }
        Region gradient = new Region();
        gradient.getStyleClass().addAll("sim-legend-swatch", "sim-legend-load");
        legend.getChildren().add(new Label(i18n.get("sim.legend.load"), gradient));
        Region slowSwatch = new Region();
        slowSwatch.getStyleClass().addAll("sim-legend-swatch", "sim-legend-slow");
        legend.getChildren().add(new Label(i18n.get("sim.legend.slow"), slowSwatch));
        Label hint = new Label(i18n.get("sim.legend.hint"));
        hint.getStyleClass().add(Styles.MUTED);
        legend.getChildren().add(hint);
        return legend;
    }

    private Node sidePanel() {
        GridPane totals = new GridPane();
        totals.getStyleClass().add("sim-totals");
        totals.setId("simTotals");
        String[] keys = {"sim.total.time", "sim.total.requests", "sim.total.errors", "sim.total.errorRate", "sim.total.p95",
                "sim.total.availability", "sim.total.replicas", "sim.total.nodes", "sim.total.cost"};
        Label[] values = {totalTime, totalRequests, totalErrors, totalErrorRate, totalP95, totalAvailability, totalReplicas,
                totalNodes, totalCost};
        for (int i = 0; i < keys.length; i++) {
            Label name = new Label(i18n.get(keys[i]));
            name.getStyleClass().add(Styles.MUTED);
            totals.addRow(i, name, values[i]);
        }
        Label explainTitle = new Label(i18n.get("sim.explain"));
        explainTitle.getStyleClass().addAll("md-h4", "sim-section");
        decisionList.setId("simDecisions");
        decisionList.getStyleClass().add("sim-decisions");
        decisionList.setPlaceholder(new Label(i18n.get("sim.explain.empty")));
        decisionList.setFocusTraversable(true);
        decisionList.setCellFactory(list -> new TimedLogCell<>(list, 80, Decision::tSeconds, d -> DecisionText.format(i18n, d),
                d -> false, "sim-decision-alert"));
        VBox.setVgrow(decisionList, Priority.ALWAYS);
        Label totalsTitle = new Label(i18n.get("sim.totals"));
        totalsTitle.getStyleClass().addAll("md-h4", "sim-section");
        VBox side = new VBox(8, totalsTitle, totals, explainTitle, decisionList);
        side.getStyleClass().add("sim-side");
        side.setPrefWidth(320);
        side.setMinWidth(260);
        return side;
    }

    private static Label value(String id) {
        Label label = new Label("–");
        label.setId(id);
        label.getStyleClass().add("sim-value");
        return label;
    }

    private DoubleFunction<String> number(int decimals) {
        return v -> String.format(i18n.locale(), "%,." + decimals + "f", v);
    }

    // ---------------------------------------------------------------- session

    private void replaceSession(SimulationSession next) {
        if (session != null) {
            session.close();
        }
        session = next;
        shown = null;
        newestShown = null;
        decisionsShownCount = -1;
        decisionItems.clear();
        cluster.select(null);
        hideMessage();
        syncControls();
    }

    /** Puts the controls where the new scenario starts, without sending anything back. */
    private void syncControls() {
        syncing = true;
        try {
            Snapshot snapshot = session.snapshot();
            ScenarioHints hints;
            try {
                hints = ScenarioHints.from(session.scenarioJson());
            } catch (RuntimeException e) {
                hints = ScenarioHints.NONE;
            }
            play.setSelected(session.playing());
            speed.setValue(SPEED.positionOf(session.speed()));
            speedValue.setText(i18n.format("sim.speedValue", speedOf()));
            users.setDisable(hints.workload() == ScenarioHints.Workload.OPEN);
            rate.setDisable(hints.workload() == ScenarioHints.Workload.CLOSED);
            hints.users().ifPresent(v -> users.setValue(USERS.positionOf(v)));
            hints.rate().ifPresent(v -> rate.setValue(RATE.positionOf(v)));
            Totals totals = snapshot.totals();
            set(replicas, hints.replicas(), totals.replicas());
            set(nodes, hints.nodes(), totals.nodes());
            hints.podCpuMillicores().ifPresent(podCpu::setValue);
            hints.cacheHitRatio().ifPresent(v -> cache.setValue(v * 100));
            hpaEnabled.setSelected(hints.hpaEnabled().orElse(false));
            hints.hpaTargetPercent().ifPresent(hpaTarget::setValue);
            hints.hpaMin().ifPresent(v -> hpaMin.getValueFactory().setValue((int) v));
            hints.hpaMax().ifPresent(v -> hpaMax.getValueFactory().setValue((int) v));
            caEnabled.setSelected(hints.caEnabled().orElse(false));
            hints.caMin().ifPresent(v -> caMin.getValueFactory().setValue((int) v));
            hints.caMax().ifPresent(v -> caMax.getValueFactory().setValue((int) v));
            hints.chaosMeanIntervalSeconds().ifPresent(v -> chaosInterval.getValueFactory().setValue((int) Math.max(5, Math.min(600, v))));
            chaos.setSelected(hints.chaosEnabled().orElse(false));
            OptionalDouble slo = hints.sloP95Ms();
            p95Chart.setLimit(slo.orElse(Double.NaN), i18n.get("sim.chart.slo"));
        } finally {
            syncing = false;
        }
    }

    private static void set(Slider slider, OptionalDouble hint, int fallback) {
        double v = hint.orElse(fallback);
        if (v > 0) {
            slider.setValue(Math.min(slider.getMax(), v));
        }
    }

    private void apply(Control control) {
        if (session != null && !syncing) {
            session.apply(control);
        }
    }

    private void sendHpa() {
        if (syncing) {
            return;
        }
        if (hpaMin.getValue() > hpaMax.getValue()) {
            syncing = true;
            hpaMax.getValueFactory().setValue(hpaMin.getValue());
            syncing = false;
        }
        apply(new Control.SetHpa(hpaEnabled.isSelected(), (int) Math.round(hpaTarget.getValue()), hpaMin.getValue(), hpaMax.getValue()));
    }

    private void sendCa() {
        if (syncing) {
            return;
        }
        if (caMin.getValue() > caMax.getValue()) {
            syncing = true;
            caMax.getValueFactory().setValue(caMin.getValue());
            syncing = false;
        }
        apply(new Control.SetClusterAutoscaler(caEnabled.isSelected(), caMin.getValue(), caMax.getValue()));
    }

    private void sendChaos() {
        apply(new Control.SetChaosMonkey(chaos.isSelected(), chaosInterval.getValue()));
    }

    private String selectedPod() {
        ClusterView.Selection s = cluster.selection();
        return s == null ? null : s.podId();
    }

    private String selectedNode() {
        ClusterView.Selection s = cluster.selection();
        return s == null || s.podId() != null ? null : s.nodeName();
    }

    private void selected(ClusterView.Selection selection) {
        if (selection == null) {
            selectionLabel.setText(i18n.get("sim.selection.none"));
        } else if (selection.podId() != null) {
            selectionLabel.setText(i18n.format("sim.selection.pod", selection.podId(),
                    selection.nodeName() == null ? i18n.get("sim.phase.pending") : selection.nodeName()));
        } else {
            selectionLabel.setText(i18n.format("sim.selection.node", selection.nodeName()));
        }
    }

    /** The selected pod, or the first ready pod; a slow pod is restored (factor 1), any other slowed down. */
    private void slowPod() {
        if (session == null) {
            return;
        }
        Snapshot snapshot = session.snapshot();
        String wanted = selectedPod();
        PodView target = null;
        for (NodeView node : snapshot.nodes()) {
            for (PodView pod : node.pods()) {
                if (wanted == null ? pod.phase() == PodPhase.READY && target == null : pod.id().equals(wanted)) {
                    target = pod;
                }
            }
        }
        if (target == null) {
            showError(i18n.get("sim.message.noPod"));
            return;
        }
        apply(new Control.SlowPod(target.id(), target.slow() ? 1 : SLOW_FACTOR));
    }

    private void openScenario() {
        Path file;
        if (openChooser != null) {
            file = openChooser.get();
        } else {
            FileChooser chooser = chooser();
            java.io.File chosen = chooser.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
            file = chosen == null ? null : chosen.toPath();
        }
        if (file == null) {
            return;
        }
        try {
            SimulationSession next = sessions.openFile(file);
            syncing = true;
            preset.setValue(null);
            syncing = false;
            replaceSession(next);
            showInfo(i18n.format("sim.message.opened", file.getFileName()));
        } catch (RuntimeException e) {
            showError(i18n.format("sim.message.openFailed", file.getFileName(), messageOf(e)));
        }
    }

    private void saveScenario() {
        if (session == null) {
            return;
        }
        Path file;
        if (saveChooser != null) {
            file = saveChooser.get();
        } else {
            FileChooser chooser = chooser();
            chooser.setInitialFileName((preset.getValue() == null ? "scenario" : preset.getValue()) + ".json");
            java.io.File chosen = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
            file = chosen == null ? null : chosen.toPath();
        }
        if (file == null) {
            return;
        }
        try {
            writeAtomically(file, session.scenarioJson());
            showInfo(i18n.format("sim.message.saved", file.getFileName()));
        } catch (IOException | RuntimeException e) {
            showError(i18n.format("sim.message.saveFailed", file.getFileName(), e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    private FileChooser chooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("sim.scenarioFiles"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("sim.scenarioFiles"), "*.json"));
        return chooser;
    }

    /** Written next to the target and moved over it, so a crash never leaves half a scenario. */
    static void writeAtomically(Path file, String text) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void showError(String text) {
        message.setText(text);
        message.getStyleClass().setAll("sim-message", "danger");
        message.setManaged(true);
        message.setVisible(true);
    }

    private void showInfo(String text) {
        message.setText(text);
        message.getStyleClass().setAll("sim-message");
        message.setManaged(true);
        message.setVisible(true);
    }

    private void hideMessage() {
        message.setManaged(false);
        message.setVisible(false);
    }

    // ---------------------------------------------------------------- keys

    private void sceneKey(KeyEvent e) {
        if (e.getCode() == KeyCode.F12) {
            overlay.setVisible(!overlay.isVisible());
            e.consume();
        }
    }

    private void detachKeys() {
        if (keyScene != null) {
            keyScene.removeEventFilter(KeyEvent.KEY_PRESSED, sceneKeys);
            keyScene = null;
        }
    }

    // ---------------------------------------------------------------- every frame

    private void frame(long now) {
        frames.frame(now);
        double wallSeconds = lastFrameNanos < 0 ? 0 : Math.min(0.1, (now - lastFrameNanos) / 1e9);
        lastFrameNanos = now;
        if (session == null) {
            return;
        }
        Snapshot snapshot = session.snapshot();
        boolean playing = session.playing();
        if (play.isSelected() != playing) {
            syncing = true;
            play.setSelected(playing);
            syncing = false;
        }
        if (snapshot != null && snapshot != shown) {
            shown = snapshot;
            cluster.show(snapshot);
            showTotals(snapshot);
            showDecisions(snapshot.decisions());
            for (TimelineChart chart : charts) {
                chart.show(snapshot.timeline(), snapshot.durationSeconds());
            }
        }
        cluster.redraw();
        if (snapshot != null) {
            flow.draw(snapshot.totals().currentRequestsPerSecond(), snapshot.totals().errorRate(), playing, wallSeconds, flowLabel);
        }
        if (overlay.isVisible()) {
            double smoothed = frames.smoothedMs();
            overlay.setText(i18n.format("sim.overlay", Double.isNaN(smoothed) ? 0 : smoothed, frames.worstMsLastSecond(),
                    snapshot == null ? 0 : snapshot.simulatedEventsPerWallSecond()));
        }
    }

    private void showTotals(Snapshot s) {
        Totals t = s.totals();
        Locale locale = i18n.locale();
        timeLabel.setText(i18n.format("sim.timeValue", Clock.format(s.tSeconds()), Clock.format(s.durationSeconds()))
                + (s.finished() ? "  " + i18n.get("sim.finished") : ""));
        flowLabel = i18n.format("sim.flow", t.currentRequestsPerSecond());
        totalTime.setText(Clock.format(s.tSeconds()) + " / " + Clock.format(s.durationSeconds()));
        totalRequests.setText(String.format(locale, "%,d", t.requests()));
        totalErrors.setText(String.format(locale, "%,d", t.errors()));
        totalErrorRate.setText(String.format(locale, "%.2f%%", t.errorRate() * 100));
        totalP95.setText(Double.isNaN(t.p95Ms()) ? "–" : String.format(locale, "%,.0f ms", t.p95Ms()));
        totalAvailability.setText(String.format(locale, "%.3f%%", t.availability() * 100));
        totalReplicas.setText(i18n.format("sim.total.replicasValue", t.readyReplicas(), t.replicas()));
        totalNodes.setText(String.valueOf(t.nodes()));
        totalCost.setText(i18n.format("sim.total.costValue", t.costNodeHours()));
        totalErrorRate.getStyleClass().remove("danger");
        if (t.errorRate() > 0.01) {
            totalErrorRate.getStyleClass().add("danger");
        }
    }

    /** Newest first; rebuilt only when the session reported something new. */
    private void showDecisions(List<Decision> decisions) {
        Decision newest = decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
        if (decisions.size() == decisionsShownCount && java.util.Objects.equals(newest, newestShown)) {
            return;
        }
        decisionsShownCount = decisions.size();
        newestShown = newest;
        List<Decision> reversed = new ArrayList<>(Math.min(decisions.size(), MAX_DECISIONS_SHOWN));
        for (int i = decisions.size() - 1; i >= 0 && reversed.size() < MAX_DECISIONS_SHOWN; i--) {
            reversed.add(decisions.get(i));
        }
        decisionItems.setAll(reversed);
    }
}

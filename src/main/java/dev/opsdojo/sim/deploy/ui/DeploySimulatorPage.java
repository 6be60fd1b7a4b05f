package dev.opsdojo.sim.deploy.ui;

import dev.opsdojo.sim.deploy.DeployAction;
import dev.opsdojo.sim.deploy.DeployDefaults;
import dev.opsdojo.sim.deploy.DeployMessage;
import dev.opsdojo.sim.deploy.DeployPresets;
import dev.opsdojo.sim.deploy.DeployResult.Outcome;
import dev.opsdojo.sim.deploy.DeploySample;
import dev.opsdojo.sim.deploy.DeployScenario;
import dev.opsdojo.sim.deploy.DeployScenarioWriter;
import dev.opsdojo.sim.deploy.DeployState;
import dev.opsdojo.sim.deploy.Fault;
import dev.opsdojo.sim.deploy.Strategy;
import dev.opsdojo.sim.deploy.Strategy.CanaryStep;
import dev.opsdojo.sim.deploy.DeployCompare;
import dev.opsdojo.sim.deploy.session.DeploySession;
import dev.opsdojo.sim.deploy.session.DeploySetup;
import dev.opsdojo.sim.ui.Clock;
import dev.opsdojo.sim.ui.TimedLogCell;
import dev.opsdojo.sim.ui.Toolbars;
import dev.opsdojo.sim.ui.LogScale;
import dev.opsdojo.sim.ui.Palette;
import dev.opsdojo.ui.I18n;
import dev.opsdojo.storage.AtomicFiles;
import dev.opsdojo.ui.Styles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import java.util.function.UnaryOperator;
import javafx.animation.AnimationTimer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.controlsfx.control.SegmentedButton;

/**
 * The deployment-strategy simulator: choose a strategy and its options, release v2 (or break it first), and watch
 * the ReplicaSets, where traffic goes, errors and latency per version, what the controller is doing and why, and the
 * totals a release is judged by; compare all strategies on the same release; read the manifests of the setup.
 *
 * <p>The run lives in a {@link DeploySession} on its own thread; an {@link AnimationTimer} takes its latest frame once
 * per screen frame and never waits. Changing the setup restarts the run from 0:00 (the screen says so); the "break
 * the new version" switch is applied again to the new run. Ids start with {@code deploy} (see the fields).
 */
public final class DeploySimulatorPage {
    static final LogScale SPEED = new LogScale(DeploySession.MIN_SPEED, DeploySession.MAX_SPEED);
    static final int MAX_EVENTS_SHOWN = 400;
    static final List<String> VIEWS = List.of("run", "compare", "manifests");
    static final List<String> SURGE_CHOICES = List.of("0", "1", "2", "25%", "50%", "100%");
    /** The preset chooser's first entry: the built-in scenario of the selected strategy. */
    static final String DEFAULT_PRESET = "";

    private final I18n i18n;
    private final Palette palette = new Palette();
    private final VersionColours colours = new VersionColours(palette);
    private final Function<DeployScenario, String> manifests;
    private final DeployPresets presets;
    private final ComboBox<String> preset = new ComboBox<>();
    private final Button openFile = new Button();
    private final Button saveFile = new Button();
    private Supplier<Path> openChooser;
    private Supplier<Path> saveChooser;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "opsdojo-deploy-compare");
        t.setDaemon(true);
        return t;
    });
    private final BorderPane root = new BorderPane();
    private final HBox switcherHolder = new HBox();
    private final Label message = new Label();
    private final ToggleGroup strategyGroup = new ToggleGroup();
    private final List<ToggleButton> strategyButtons = new ArrayList<>();
    private final ToggleGroup viewGroup = new ToggleGroup();
    private final List<ToggleButton> viewButtons = new ArrayList<>();
    private final StackPane body = new StackPane();
    private final BorderPane runView = new BorderPane();
    private final Node toolbar;

    // ---- live controls
    private final Button start = new Button();
    private final Button pauseRollout = new Button();
    private final Button promote = new Button();
    private final Button abort = new Button();
    private final Button undo = new Button();
    private final ComboBox<Integer> undoRevision = new ComboBox<>();
    private final ToggleButton play = new ToggleButton();
    private final Button step = new Button();
    private final ComboBox<Integer> stepSize = new ComboBox<>(FXCollections.observableArrayList(1, 10, 60));
    private final Slider speed = new Slider(0, 1, SPEED.positionOf(10));
    private final Label speedValue = new Label();
    private final Label timeLabel = new Label();
    private final ToggleButton breakSwitch = new ToggleButton();
    private final ComboBox<Fault.Kind> faultKind = new ComboBox<>();

    // ---- setup
    private final Spinner<Integer> replicas = new Spinner<>(1, 200, 10);
    private final Spinner<Integer> startup = new Spinner<>(0, 600, 10, 5);
    private final VBox rollingBox = new VBox(6);
    private final ComboBox<String> maxSurge = new ComboBox<>(FXCollections.observableArrayList(SURGE_CHOICES));
    private final ComboBox<String> maxUnavailable = new ComboBox<>(FXCollections.observableArrayList(SURGE_CHOICES));
    private final Spinner<Integer> minReady = new Spinner<>(0, 600, 0, 5);
    private final Spinner<Integer> progressDeadline = new Spinner<>(10, 3600, 600, 30);
    private final VBox recreateBox = new VBox(6);
    private final VBox canaryBox = new VBox(6);
    private final ComboBox<Strategy.TrafficRouting> routing = new ComboBox<>(FXCollections.observableArrayList(Strategy.TrafficRouting.values()));
    private final ComboBox<String> canaryPlan = new ComboBox<>();
    private final CheckBox analysis = new CheckBox();
    private final VBox blueGreenBox = new VBox(6);
    private final CheckBox autoPromote = new CheckBox();
    private final Spinner<Integer> scaleDownDelay = new Spinner<>(0, 600, 30, 10);
    private final VBox abBox = new VBox(6);
    private final ComboBox<Strategy.Split> split = new ComboBox<>(FXCollections.observableArrayList(Strategy.Split.values()));
    private final Spinner<Integer> bPercent = new Spinner<>(1, 99, 50, 5);

    // ---- what the run shows
    private final Label stepText = new Label();
    private final Label releaseHint = new Label();
    private final FlowPane canarySteps = new FlowPane(6, 4);
    private final Label analysisLabel = new Label();
    private final VBox stepBox = new VBox();
    private final ReplicaSetPane replicaSets;
    private final ScrollPane replicaScroll;
    private final ResultsPane results;
    private final ObservableList<DeployMessage> logItems = FXCollections.observableArrayList();
    private final ListView<DeployMessage> log = new ListView<>(logItems);
    private final List<SeriesChart> charts = new ArrayList<>();
    private final ComparePane compare;
    private final ManifestsPane manifestsPane;
    private final AnimationTimer timer;

    private DeployScenario scenario;
    private DeploySession session;
    private DeploySession.Frame shown;
    private int eventsShown = -1;
    private DeployMessage newestEvent;
    private List<Integer> revisionsShown = List.of();
    private int canaryStepShown = Integer.MIN_VALUE;
    private boolean syncing;
    private int legendPalette = -1;
    private String view = "run";
    /** The chooser's entry for what was last loaded (null after opening a file). */
    private String presetShown = DEFAULT_PRESET;

    /** Opens on the default rolling update, with no presets but the built-in ones. */
    public DeploySimulatorPage(I18n i18n, Function<DeployScenario, String> manifests) {
        this(i18n, manifests, DeployPresets.none());
    }

    /**
     * Opens on the default rolling update. {@code manifests} renders a scenario as YAML (null: no manifests view);
     * {@code presets} are the content folders' deployment scenarios the preset chooser offers after "Default".
     */
    public DeploySimulatorPage(I18n i18n, Function<DeployScenario, String> manifests, DeployPresets presets) {
        this.i18n = i18n;
        this.manifests = manifests;
        this.presets = Objects.requireNonNull(presets);
        this.replicaSets = new ReplicaSetPane(i18n, palette, colours);
        this.results = new ResultsPane(i18n);
        this.compare = new ComparePane(i18n, palette, colours, this::compareScenario, DeployCompare::runWithTimelines, background);
        this.manifestsPane = new ManifestsPane(i18n, () -> scenario, manifests == null ? s -> "" : manifests);
        this.replicaScroll = new ScrollPane(replicaSets);
        this.toolbar = toolbar();
        build();
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                onFrame();
            }
        };
        timer.start();
        open(DeployDefaults.scenario("rolling"));
    }

    public Node view() {
        return root;
    }

    /** Opens a strategy's built-in scenario (a {@code sim:deploy?strategy=NAME} link); an unknown name shows a message. */
    public void openStrategy(String name) {
        try {
            open(DeployDefaults.scenario(name));
            showPreset(DEFAULT_PRESET);
            showView("run");
        } catch (IllegalArgumentException e) {
            showError(i18n.format("sim.deploy.message.unknownStrategy", name));
        }
    }

    /** The strategy shown: rolling, recreate, blue-green, canary or ab. */
    public String strategy() {
        return DeploySetup.strategyOf(scenario);
    }

    /** Puts the shell's simulator switcher at the right of the title. */
    public void setSwitcher(Node switcher) {
        switcherHolder.getChildren().setAll(switcher);
    }

    /** Stops time while another simulator is shown (the run itself is kept). */
    public void suspend() {
        if (session != null) {
            session.pause();
        }
    }

    /** Stops the frame timer, the run and any comparison; the shell calls it when leaving the section. */
    public void close() {
        timer.stop();
        background.shutdownNow();
        if (session != null) {
            session.close();
            session = null;
        }
    }

    /**
     * Loads a preset by file name ({@code deploy-canary-bad}), or the selected strategy's built-in scenario for
     * {@link #DEFAULT_PRESET}: its strategy, options, release, fault and scripted actions, in a new run from 0:00.
     * A preset that cannot be read shows why and leaves the run as it was.
     */
    public void openPreset(String name) {
        if (name == null) {
            return;
        }
        if (name.equals(DEFAULT_PRESET)) {
            load(DeployDefaults.scenario(strategy()));
            showPreset(DEFAULT_PRESET);
            return;
        }
        DeployPresets.Preset p = presets.byName(name);
        try {
            if (p == null) {
                throw new IllegalArgumentException(name);
            }
            load(DeployPresets.read(p.file()));
            showPreset(name);
        } catch (IllegalArgumentException e) {
            showPreset(presetShown);
            showError(i18n.format("sim.deploy.message.openFailed", p == null ? name : p.file().getFileName(), e.getMessage()));
        }
    }

    // ---------------------------------------------------------------- for tests

    /** Tests pick scenario files here instead of through a FileChooser. */
    void chooseFilesWith(Supplier<Path> open, Supplier<Path> save) {
        this.openChooser = open;
        this.saveChooser = save;
    }

    String presetShown() {
        return preset.getValue();
    }

    DeploySession session() {
        return session;
    }

    DeploySession.Frame frame() {
        return session == null ? null : session.snapshot();
    }

    DeployScenario scenario() {
        return scenario;
    }

    ReplicaSetPane replicaSets() {
        return replicaSets;
    }

    ComparePane compare() {
        return compare;
    }

    ManifestsPane manifests() {
        return manifestsPane;
    }

    List<SeriesChart> charts() {
        return charts;
    }

    ListView<DeployMessage> log() {
        return log;
    }

    // ---------------------------------------------------------------- layout

    private void build() {
        root.getStyleClass().addAll("sim-page", "deploy-page");
        root.setId("deployPage");
        Label title = new Label(i18n.get("sim.deploy.title"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        switcherHolder.setAlignment(Pos.CENTER_RIGHT);
        HBox titleRow = new HBox(12, title, grow, switcherHolder);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        Label intro = new Label(i18n.get("sim.deploy.intro"));
        intro.getStyleClass().add(Styles.MUTED);
        intro.setWrapText(true);
        message.setId("deployMessage");
        message.getStyleClass().add("sim-message");
        message.setWrapText(true);
        hideMessage();

        SegmentedButton strategies = new SegmentedButton();
        strategies.setId("deployStrategy");
        for (String name : DeploySetup.STRATEGIES) {
            ToggleButton b = new ToggleButton(DeployTexts.strategy(i18n, name));
            b.setId("deployStrategy-" + name);
            b.setToggleGroup(strategyGroup);
            b.setOnAction(e -> chooseStrategy(name, b));
            strategyButtons.add(b);
        }
        strategies.getButtons().setAll(strategyButtons);
        SegmentedButton views = new SegmentedButton();
        views.setId("deployViews");
        for (String v : VIEWS) {
            ToggleButton b = new ToggleButton(i18n.get("sim.deploy.view." + v));
            b.setId("deployView-" + v);
            b.setToggleGroup(viewGroup);
            b.setOnAction(e -> showView(v));
            if (v.equals("manifests") && manifests == null) {
                b.setDisable(true);
                b.setTooltip(new Tooltip(i18n.get("sim.deploy.manifests.unavailable")));
            }
            viewButtons.add(b);
        }
        views.getButtons().setAll(viewButtons);
        Label strategyLabel = new Label(i18n.get("sim.deploy.strategy"));
        strategyLabel.setLabelFor(strategies);
        HBox scenarioBox = new HBox(6, presetChooser(), openFile, saveFile);
        scenarioBox.setAlignment(Pos.CENTER_LEFT);
        scenarioBox.setMinWidth(Region.USE_PREF_SIZE);
        HBox strategyBox = new HBox(10, strategyLabel, strategies);
        strategyBox.setAlignment(Pos.CENTER_LEFT);
        strategyBox.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane chooserRow = new FlowPane(18, 6, scenarioBox, strategyBox, views);
        chooserRow.setAlignment(Pos.CENTER_LEFT);
        chooserRow.getStyleClass().add("deploy-chooser");

        // The palette's swatches sit in the part that is always shown, so every view's canvases get theme colours.
        VBox top = new VBox(6, titleRow, intro, chooserRow, toolbar, message, palette.holder());
        top.getStyleClass().add("sim-top");
        root.setTop(top);

        runView.setLeft(setupColumn());
        runView.setCenter(centre());
        runView.setRight(sidePanel());
        runView.setBottom(chartRow());
        body.getChildren().setAll(runView);
        root.setCenter(body);
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE && "run".equals(view)
                    && !(e.getTarget() instanceof javafx.scene.control.TextInputControl)
                    && !(e.getTarget() instanceof javafx.scene.control.ButtonBase)) {
                play.fire();
                e.consume();
            }
        });
        viewButtons.get(0).setSelected(true);
    }

    private Node presetChooser() {
        preset.setId("deployPreset");
        List<String> names = new ArrayList<>();
        names.add(DEFAULT_PRESET);
        presets.list().forEach(p -> names.add(p.name()));
        preset.getItems().setAll(names);
        preset.setConverter(converter(this::presetTitle));
        preset.setValue(DEFAULT_PRESET);
        preset.setPromptText(i18n.get("sim.deploy.preset.file"));
        preset.setTooltip(new Tooltip(i18n.get("sim.deploy.presetTip")));
        preset.setMaxWidth(360);
        preset.valueProperty().addListener((o, a, name) -> {
            if (!syncing && name != null) {
                openPreset(name);
            }
        });
        openFile.setId("deployOpen");
        openFile.setText(i18n.get("sim.open"));
        openFile.setTooltip(new Tooltip(i18n.get("sim.deploy.openTip")));
        openFile.setOnAction(e -> openScenario());
        saveFile.setId("deploySave");
        saveFile.setText(i18n.get("sim.save"));
        saveFile.setTooltip(new Tooltip(i18n.get("sim.deploy.saveTip")));
        saveFile.setOnAction(e -> saveScenario());
        Label label = new Label(i18n.get("sim.deploy.preset"));
        label.setLabelFor(preset);
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(6, label, preset);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** "Default" for the built-in scenario; a preset by its translated title if there is one, else the file's title. */
    private String presetTitle(String name) {
        if (name.equals(DEFAULT_PRESET)) {
            return i18n.get("sim.deploy.preset.default");
        }
        String translated = i18n.get("sim.deploy.preset." + name);
        if (!translated.startsWith("!")) {
            return translated;
        }
        DeployPresets.Preset p = presets.byName(name);
        return p == null ? name : p.title();
    }

    private void showPreset(String name) {
        presetShown = name;
        syncing = true;
        try {
            preset.setValue(name);
        } finally {
            syncing = false;
        }
    }

    private void openScenario() {
        Path file;
        if (openChooser != null) {
            file = openChooser.get();
        } else {
            java.io.File chosen = fileChooser().showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
            file = chosen == null ? null : chosen.toPath();
        }
        if (file == null) {
            return;
        }
        DeployScenario next;
        try {
            next = DeployPresets.read(file);
        } catch (IllegalArgumentException e) {
            // The run and the setup stay as they were; every problem is listed with its line and key.
            showError(i18n.format("sim.deploy.message.openFailed", file.getFileName(), e.getMessage()));
            return;
        }
        load(next);
        showPreset(null);
        showInfo(i18n.format("sim.message.opened", file.getFileName()));
    }

    /** Writes the setup on screen (the break switch's fault included) as a deployment scenario file. */
    private void saveScenario() {
        if (scenario == null) {
            return;
        }
        Path file;
        if (saveChooser != null) {
            file = saveChooser.get();
        } else {
            FileChooser chooser = fileChooser();
            chooser.setInitialFileName((presetShown == null || presetShown.isEmpty() ? "deploy-" + strategy() : presetShown) + ".json");
            java.io.File chosen = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
            file = chosen == null ? null : chosen.toPath();
        }
        if (file == null) {
            return;
        }
        try {
            AtomicFiles.write(file, DeployScenarioWriter.write(screenScenario()).getBytes(StandardCharsets.UTF_8));
            showInfo(i18n.format("sim.message.saved", file.getFileName()));
        } catch (IOException | RuntimeException e) {
            showError(i18n.format("sim.message.saveFailed", file.getFileName(), e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    private FileChooser fileChooser() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("sim.scenarioFiles"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("sim.scenarioFiles"), "*.json"));
        return chooser;
    }

    private Node toolbar() {
        start.setId("deployStart");
        start.setText(i18n.get("sim.deploy.start"));
        start.setTooltip(new Tooltip(i18n.get("sim.deploy.startTip")));
        start.getStyleClass().add("accent");
        start.setOnAction(e -> {
            act(DeployAction.of(DeployAction.Kind.START));
            if (session != null && !session.playing()) {
                session.play();
            }
        });
        pauseRollout.setId("deployPause");
        pauseRollout.setText(i18n.get("sim.deploy.pause"));
        pauseRollout.setTooltip(new Tooltip(i18n.get("sim.deploy.pauseTip")));
        pauseRollout.setOnAction(e -> {
            DeploySession.Frame f = frame();
            act(DeployAction.of(f != null && f.state().paused() ? DeployAction.Kind.RESUME : DeployAction.Kind.PAUSE));
        });
        promote.setId("deployPromote");
        promote.setText(i18n.get("sim.deploy.promote"));
        promote.setTooltip(new Tooltip(i18n.get("sim.deploy.promoteTip")));
        promote.setOnAction(e -> act(DeployAction.of(DeployAction.Kind.PROMOTE)));
        abort.setId("deployAbort");
        abort.setText(i18n.get("sim.deploy.abort"));
        abort.setTooltip(new Tooltip(i18n.get("sim.deploy.abortTip")));
        abort.getStyleClass().add("danger");
        abort.setOnAction(e -> act(DeployAction.of(DeployAction.Kind.ABORT)));
        undo.setId("deployUndo");
        undo.setText(i18n.get("sim.deploy.undo"));
        undo.setTooltip(new Tooltip(i18n.get("sim.deploy.undoTip")));
        undo.setOnAction(e -> act(DeployAction.undo(undoRevision.getValue())));
        undoRevision.setId("deployUndoRevision");
        undoRevision.setTooltip(new Tooltip(i18n.get("sim.deploy.undoRevisionTip")));
        undoRevision.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer revision) {
                return revision == null ? "" : i18n.format("sim.deploy.revision", revision);
            }

            @Override
            public Integer fromString(String text) {
                return null;
            }
        });
        HBox undoBox = new HBox(4, undo, undoRevision);
        undoBox.setAlignment(Pos.CENTER_LEFT);

        play.setId("deployPlay");
        play.setText(i18n.get("sim.play"));
        play.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.feather.Feather.PLAY));
        play.setTooltip(new Tooltip(i18n.get("sim.deploy.playTip")));
        play.selectedProperty().addListener((o, a, playing) -> {
            play.setText(i18n.get(playing ? "sim.pause" : "sim.play"));
            play.setGraphic(new org.kordamp.ikonli.javafx.FontIcon(playing ? org.kordamp.ikonli.feather.Feather.PAUSE
                    : org.kordamp.ikonli.feather.Feather.PLAY));
            if (syncing || session == null) {
                return;
            }
            if (playing) {
                session.play();
            } else {
                session.pause();
            }
        });
        step.setId("deployStep");
        step.setText(i18n.get("sim.step"));
        step.setOnAction(e -> {
            if (session != null) {
                session.step(stepSize.getValue());
            }
        });
        stepSize.setId("deployStepSize");
        stepSize.setValue(10);
        stepSize.setTooltip(new Tooltip(i18n.get("sim.stepSize")));
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
        speed.setId("deploySpeed");
        speed.setBlockIncrement(0.02);
        speed.setPrefWidth(150);
        speedValue.setId("deploySpeedValue");
        speedValue.getStyleClass().add("sim-value");
        speedValue.setMinWidth(52);
        speed.valueProperty().addListener((o, a, b) -> {
            speedValue.setText(i18n.format("sim.speedValue", speedOf()));
            if (session != null) {
                session.setSpeed(speedOf());
            }
        });
        speedValue.setText(i18n.format("sim.speedValue", speedOf()));
        Label speedLabel = new Label(i18n.get("sim.speed"));
        speedLabel.setLabelFor(speed);
        timeLabel.setId("deployTime");
        timeLabel.getStyleClass().add("sim-value");
        timeLabel.setMinWidth(Region.USE_PREF_SIZE);

        breakSwitch.setId("deployBreak");
        breakSwitch.setText(i18n.get("sim.deploy.break"));
        breakSwitch.setTooltip(new Tooltip(i18n.get("sim.deploy.breakTip")));
        breakSwitch.getStyleClass().add("deploy-break");
        breakSwitch.selectedProperty().addListener((o, a, on) -> {
            if (!syncing) {
                sendBreak();
            }
        });
        faultKind.setId("deployFault");
        faultKind.getItems().setAll(DeploySetup.FAULTS);
        faultKind.setValue(Fault.Kind.ERRORS);
        faultKind.setConverter(new StringConverter<>() {
            @Override
            public String toString(Fault.Kind kind) {
                return kind == null ? "" : DeployTexts.fault(i18n, kind);
            }

            @Override
            public Fault.Kind fromString(String text) {
                return null;
            }
        });
        faultKind.setTooltip(new Tooltip(i18n.get("sim.deploy.faultTip")));
        faultKind.valueProperty().addListener((o, a, b) -> {
            if (!syncing && breakSwitch.isSelected()) {
                sendBreak();
            }
        });

        Label rolloutLabel = new Label(i18n.get("sim.deploy.rollout"));
        rolloutLabel.getStyleClass().add("deploy-toolbar-label");
        rolloutLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox actions = new HBox(6, rolloutLabel, start, pauseRollout, promote, abort, undoBox);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label timeTitle = new Label(i18n.get("sim.deploy.time"));
        timeTitle.getStyleClass().add("deploy-toolbar-label");
        timeTitle.setMinWidth(Region.USE_PREF_SIZE);
        HBox time = new HBox(6, timeTitle, play, step, stepSize, speedLabel, speed, speedValue, timeLabel);
        time.setAlignment(Pos.CENTER_LEFT);
        HBox breaking = new HBox(6, breakSwitch, faultKind);
        breaking.setAlignment(Pos.CENTER_LEFT);
        FlowPane first = new FlowPane(14, 6, actions, Toolbars.separator(), breaking);
        first.setAlignment(Pos.CENTER_LEFT);
        FlowPane second = new FlowPane(14, 6, time);
        second.setAlignment(Pos.CENTER_LEFT);
        VBox bar = new VBox(6, first, second);
        bar.getStyleClass().add("sim-toolbar");
        bar.setId("deployToolbar");
        return bar;
    }

    private double speedOf() {
        return SPEED.valueAt(speed.getValue());
    }

    private Node setupColumn() {
        VBox box = new VBox(8);
        box.getStyleClass().add("sim-controls");
        box.setId("deploySetup");
        Label note = new Label(i18n.get("sim.deploy.setupNote"));
        note.getStyleClass().addAll(Styles.MUTED, "deploy-setup-note");
        note.setWrapText(true);

        replicas.setId("deployReplicas");
        startup.setId("deployStartup");
        spinner(replicas, () -> change(s -> DeploySetup.withReplicas(s, replicas.getValue())));
        spinner(startup, () -> change(s -> DeploySetup.withStartupSeconds(s, startup.getValue())));
        box.getChildren().addAll(section("sim.deploy.section.setup"), note,
                field("sim.deploy.replicas", replicas), field("sim.deploy.startup", startup));

        // rolling
        maxSurge.setId("deployMaxSurge");
        maxUnavailable.setId("deployMaxUnavailable");
        minReady.setId("deployMinReady");
        progressDeadline.setId("deployProgressDeadline");
        for (ComboBox<String> c : List.of(maxSurge, maxUnavailable)) {
            c.setEditable(true);
            c.setPrefWidth(110);
            c.valueProperty().addListener((o, a, b) -> sendRolling());
        }
        spinner(minReady, this::sendRolling);
        spinner(progressDeadline, this::sendRolling);
        rollingBox.getChildren().addAll(section("sim.deploy.section.rolling"), hint("sim.deploy.rollingHint"),
                field("sim.deploy.maxSurge", maxSurge), field("sim.deploy.maxUnavailable", maxUnavailable),
                field("sim.deploy.minReady", minReady), field("sim.deploy.progressDeadline", progressDeadline));

        recreateBox.getChildren().addAll(section("sim.deploy.section.recreate"), hint("sim.deploy.recreateHint"));

        // canary
        routing.setId("deployRouting");
        routing.setConverter(converter(r -> i18n.get("sim.deploy.routing." + r.json())));
        routing.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                change(s -> DeploySetup.withCanaryRouting(s, b));
            }
        });
        canaryPlan.setId("deployCanaryPlan");
        canaryPlan.getItems().setAll(DeploySetup.CANARY_PLAN_ORDER);
        canaryPlan.setConverter(converter(p -> i18n.get("sim.deploy.plan." + p)));
        // A scenario's own steps leave no plan chosen: the box then says "custom" (the prompt is not shown by itself
        // once a value was cleared).
        canaryPlan.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String plan, boolean empty) {
                super.updateItem(plan, empty);
                setText(empty || plan == null ? canaryPlan.getPromptText() : canaryPlan.getConverter().toString(plan));
            }
        });
        canaryPlan.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                change(s -> DeploySetup.withCanarySteps(s, DeploySetup.CANARY_PLANS.get(b)));
            }
        });
        analysis.setId("deployAnalysis");
        analysis.setText(i18n.get("sim.deploy.analysis"));
        analysis.setWrapText(true);
        analysis.selectedProperty().addListener((o, a, b) -> change(s -> DeploySetup.withCanaryAnalysis(s, b)));
        canaryBox.getChildren().addAll(section("sim.deploy.section.canary"), field("sim.deploy.routing", routing),
                hint("sim.deploy.routingHint"), field("sim.deploy.plan", canaryPlan), analysis, hint("sim.deploy.analysisHint"));

        // blue/green
        autoPromote.setId("deployAutoPromote");
        autoPromote.setText(i18n.get("sim.deploy.autoPromote"));
        autoPromote.setWrapText(true);
        autoPromote.selectedProperty().addListener((o, a, b) -> change(s -> DeploySetup.withAutoPromotion(s, b)));
        scaleDownDelay.setId("deployScaleDownDelay");
        spinner(scaleDownDelay, () -> change(s -> DeploySetup.withScaleDownDelay(s, scaleDownDelay.getValue())));
        blueGreenBox.getChildren().addAll(section("sim.deploy.section.blueGreen"), autoPromote, hint("sim.deploy.autoPromoteHint"),
                field("sim.deploy.scaleDownDelay", scaleDownDelay));

        // A/B
        split.setId("deploySplit");
        split.setConverter(converter(v -> i18n.get("sim.deploy.split." + v.json())));
        split.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                change(s -> DeploySetup.withSplit(s, b));
            }
        });
        bPercent.setId("deployBPercent");
        spinner(bPercent, () -> change(s -> DeploySetup.withVariantBPercent(s, bPercent.getValue())));
        abBox.getChildren().addAll(section("sim.deploy.section.ab"), field("sim.deploy.split", split), field("sim.deploy.bPercent", bPercent),
                hint("sim.deploy.abHint"));

        box.getChildren().addAll(rollingBox, recreateBox, canaryBox, blueGreenBox, abBox);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("sim-controls-scroll");
        scroll.setId("deploySetupScroll");
        scroll.setPrefWidth(250);
        scroll.setMinWidth(220);
        return scroll;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private void spinner(Spinner<Integer> spinner, Runnable send) {
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        spinner.valueProperty().addListener((o, a, b) -> {
            if (!syncing) {
                send.run();
            }
        });
    }

    private Label section(String key) {
        Label label = new Label(i18n.get(key));
        label.getStyleClass().addAll("md-h4", "sim-section");
        label.setWrapText(true);
        return label;
    }

    private Label hint(String key) {
        Label label = new Label(i18n.get(key));
        label.getStyleClass().addAll(Styles.MUTED, "deploy-hint");
        label.setWrapText(true);
        return label;
    }

    /** A label above its control (option names such as progressDeadlineSeconds are long and have no spaces). */
    private Node field(String key, Region control) {
        Label name = new Label(i18n.get(key));
        name.setLabelFor(control);
        name.setWrapText(true);
        name.getStyleClass().add("deploy-field-label");
        control.setMaxWidth(Double.MAX_VALUE);
        return new VBox(2, name, control);
    }

    private Node centre() {
        stepText.setId("deployStepText");
        stepText.getStyleClass().add("deploy-step");
        stepText.setWrapText(true);
        stepText.setMinHeight(Region.USE_PREF_SIZE);
        releaseHint.setId("deployReleaseHint");
        releaseHint.getStyleClass().add(Styles.MUTED);
        releaseHint.setWrapText(true);
        canarySteps.setId("deployCanarySteps");
        canarySteps.getStyleClass().add("deploy-canary-steps");
        analysisLabel.setId("deployAnalysisStatus");
        analysisLabel.getStyleClass().add(Styles.MUTED);
        stepBox.getChildren().addAll(stepText, releaseHint, canarySteps);
        stepBox.setSpacing(4);
        stepBox.setId("deployStepBox");
        stepBox.getStyleClass().add("deploy-step-box");

        replicaScroll.setFitToWidth(true);
        replicaScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        replicaScroll.getStyleClass().add("deploy-rs-scroll");
        replicaScroll.setId("deployRsScroll");
        VBox.setVgrow(replicaScroll, Priority.ALWAYS);
        Label rsTitle = new Label(i18n.get("sim.deploy.replicaSets"));
        rsTitle.getStyleClass().addAll("md-h4", "sim-section");
        VBox centre = new VBox(8, stepBox, rsTitle, replicaScroll, legend());
        centre.getStyleClass().add("sim-center");
        return centre;
    }

    private Node legend() {
        FlowPane legend = new FlowPane(14, 4);
        legend.getStyleClass().add("sim-legend");
        legend.setId("deployLegend");
        for (DeployState.PodPhase phase : DeployState.PodPhase.values()) {
            Canvas sample = new Canvas(13, 13);
            Label label = new Label(DeployTexts.phase(i18n, phase), sample);
            label.setUserData(phase);
            legend.getChildren().add(label);
        }
        Label colours = new Label(i18n.get("sim.deploy.legend.colours"));
        colours.getStyleClass().add(Styles.MUTED);
        legend.getChildren().add(colours);
        return legend;
    }

    private void drawLegend() {
        Node legend = root.lookup("#deployLegend");
        if (!(legend instanceof FlowPane pane)) {
            return;
        }
        for (Node n : pane.getChildren()) {
            if (n instanceof Label l && l.getUserData() instanceof DeployState.PodPhase phase && l.getGraphic() instanceof Canvas c) {
                c.getGraphicsContext2D().clearRect(0, 0, 13, 13);
                PodTiles.drawTile(c.getGraphicsContext2D(), palette, colours.of(0), phase, 0.5, 0.5, 12);
            }
        }
    }

    private Node sidePanel() {
        Label resultsTitle = new Label(i18n.get("sim.deploy.results"));
        resultsTitle.getStyleClass().addAll("md-h4", "sim-section");
        Label logTitle = new Label(i18n.get("sim.deploy.log"));
        logTitle.getStyleClass().addAll("md-h4", "sim-section");
        log.setId("deployLog");
        log.getStyleClass().add("sim-decisions");
        log.setPlaceholder(new Label(i18n.get("sim.deploy.log.empty")));
        log.setCellFactory(list -> new TimedLogCell<>(list, 72, DeployMessage::timeSeconds, m -> DeployTexts.message(i18n, m),
                m -> alert(m.kind()), "deploy-log-alert"));
        VBox.setVgrow(log, Priority.ALWAYS);
        // One scrolling column: the results grow (an A/B test adds its verdict), the log takes the height left over
        // but never less than a readable few lines, and nothing spills onto the charts below.
        VBox content = new VBox(6, resultsTitle, results, logTitle, log);
        content.getStyleClass().add("deploy-side-content");
        ScrollPane side = new ScrollPane(content);
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        side.getStyleClass().addAll("sim-side", "sim-controls-scroll");
        side.setId("deploySide");
        side.setPrefWidth(340);
        side.setMinWidth(280);
        log.setMinHeight(170);
        Runnable fit = () -> log.setPrefHeight(Math.max(170, side.getViewportBounds().getHeight() - results.getHeight()
                - resultsTitle.getHeight() - logTitle.getHeight() - 24));
        side.viewportBoundsProperty().addListener((o, a, b) -> fit.run());
        results.heightProperty().addListener((o, a, b) -> fit.run());
        return side;
    }

    private static boolean alert(DeployMessage.Kind kind) {
        return switch (kind) {
            case ABORTED_BY_ANALYSIS, ABORTED, PROGRESS_DEADLINE_EXCEEDED, ANALYSIS_FAILED_MEASUREMENT, POD_CRASHED,
                 RELEASE_BROKEN, UNDO_REFUSED_PAUSED, UNDO_NO_REVISION, UNDO_NO_PREVIOUS -> true;
            default -> false;
        };
    }

    private Node chartRow() {
        DoubleFunction<String> pods = v -> String.format(i18n.locale(), "%,.0f", v);
        DoubleFunction<String> pct = v -> String.format(i18n.locale(), v != 0 && v < 10 ? "%.1f%%" : "%.0f%%", v);
        DoubleFunction<String> ms = v -> Double.isFinite(v) ? String.format(i18n.locale(), "%,.0f ms", v) : "–";
        charts.add(new SeriesChart("deployChartPods", i18n.get("sim.deploy.chart.pods"), palette, pods, 4, Double.NaN));
        charts.add(new SeriesChart("deployChartTraffic", i18n.get("sim.deploy.chart.traffic"), palette, pct, 100, 100));
        charts.add(new SeriesChart("deployChartErrors", i18n.get("sim.deploy.chart.errors"), palette, pct, 1, Double.NaN));
        charts.add(new SeriesChart("deployChartP95", i18n.get("sim.deploy.chart.p95"), palette, ms, 10, Double.NaN));
        HBox row = new HBox(8);
        row.setId("deployCharts");
        row.getStyleClass().add("sim-charts");
        for (SeriesChart chart : charts) {
            HBox.setHgrow(chart, Priority.ALWAYS);
            chart.setMaxWidth(Double.MAX_VALUE);
            row.getChildren().add(chart);
        }
        row.setPrefHeight(140);
        row.setMinHeight(118);
        return row;
    }

    // ---------------------------------------------------------------- views

    void showView(String name) {
        if (!VIEWS.contains(name) || name.equals("manifests") && manifests == null) {
            return;
        }
        view = name;
        viewButtons.get(VIEWS.indexOf(name)).setSelected(true);
        boolean run = name.equals("run");
        toolbar.setVisible(run);
        toolbar.setManaged(run);
        switch (name) {
            case "compare" -> {
                body.getChildren().setAll(compare);
                compare.refreshIfStale();
            }
            case "manifests" -> {
                body.getChildren().setAll(manifestsPane);
                manifestsPane.refresh();
            }
            default -> body.getChildren().setAll(runView);
        }
    }

    String currentView() {
        return view;
    }

    // ---------------------------------------------------------------- setup

    private void chooseStrategy(String name, ToggleButton pressed) {
        pressed.setSelected(true);
        if (name.equals(strategy())) {
            return;
        }
        DeployScenario next = DeployDefaults.scenario(name);
        try {
            next = DeploySetup.withStartupSeconds(DeploySetup.withReplicas(next, scenario.deployment().replicas()),
                    scenario.deployment().release().startupSeconds());
        } catch (IllegalArgumentException keepDefaults) {
            // the defaults of the new strategy stand
        }
        open(next);
        showPreset(DEFAULT_PRESET);
        refreshOtherViews();
    }

    /** Applies one setup change and restarts the run, or says why the value is refused and puts the controls back. */
    private void change(UnaryOperator<DeployScenario> edit) {
        if (syncing || scenario == null) {
            return;
        }
        DeployScenario next;
        try {
            next = edit.apply(scenario);
        } catch (IllegalArgumentException e) {
            showError(i18n.format("sim.deploy.message.refused", e.getMessage()));
            syncSetup();
            return;
        }
        if (next.equals(scenario)) {
            return;
        }
        boolean wasStarted = shown != null && (shown.state().started() || shown.state().timeSeconds() > 0);
        open(next);
        if (wasStarted) {
            showInfo(i18n.get("sim.deploy.message.restarted"));
        }
        refreshOtherViews();
    }

    private void sendRolling() {
        if (syncing) {
            return;
        }
        String surge = maxSurge.getValue() == null ? "" : maxSurge.getValue();
        String unavailable = maxUnavailable.getValue() == null ? "" : maxUnavailable.getValue();
        change(s -> DeploySetup.withRolling(s, surge, unavailable, minReady.getValue(), progressDeadline.getValue()));
    }

    private void refreshOtherViews() {
        if ("compare".equals(view)) {
            compare.refreshIfStale();
        } else if ("manifests".equals(view)) {
            manifestsPane.refresh();
        }
    }

    /** The setup the comparison runs: the current one, with the release broken if the switch is on. */
    private DeployScenario compareScenario() {
        return screenScenario();
    }

    /** The setup on screen: the scenario with the release fault the break switch shows. */
    private DeployScenario screenScenario() {
        Fault fault = screenFault();
        return fault.equals(scenario.deployment().release().fault()) ? scenario : DeploySetup.withReleaseFault(scenario, fault);
    }

    /** The break switch's fault: the scenario's own when it is of the chosen kind, else that kind's typical one; none when off. */
    private Fault screenFault() {
        if (!breakSwitch.isSelected() || faultKind.getValue() == null) {
            return Fault.NONE;
        }
        Fault own = scenario == null ? Fault.NONE : scenario.deployment().release().fault();
        return own.bad() && own.kind() == faultKind.getValue() ? own : Fault.typical(faultKind.getValue());
    }

    /** A whole new scenario (a preset or a file): the break switch shows its release's fault, then a new run starts. */
    private void load(DeployScenario next) {
        Fault fault = next.deployment().release().fault();
        syncing = true;
        try {
            breakSwitch.setSelected(fault.bad());
            if (fault.bad()) {
                faultKind.setValue(fault.kind());
            }
        } finally {
            syncing = false;
        }
        open(next);
        refreshOtherViews();
    }

    /** A new run of this scenario, paused at 0:00, at the chosen speed; the break switch is applied again. */
    private void open(DeployScenario next) {
        if (session != null) {
            session.close();
        }
        scenario = next;
        colours.setBlueGreen(next.deployment().strategy() instanceof Strategy.BlueGreen);
        session = new DeploySession(next);
        session.setSpeed(speedOf());
        Fault fault = screenFault();
        if (!fault.equals(next.deployment().release().fault())) {
            session.apply(DeployAction.breakRelease(fault));
        }
        shown = null;
        eventsShown = -1;
        newestEvent = null;
        revisionsShown = List.of();
        canaryStepShown = Integer.MIN_VALUE;
        logItems.clear();
        hideMessage();
        syncSetup();
        syncing = true;
        play.setSelected(false);
        syncing = false;
        buildCanaryChips();
    }

    /** Puts the setup controls where the scenario is, without sending anything back. */
    private void syncSetup() {
        syncing = true;
        try {
            String name = strategy();
            strategyButtons.get(DeploySetup.STRATEGIES.indexOf(name)).setSelected(true);
            replicas.getValueFactory().setValue(scenario.deployment().replicas());
            startup.getValueFactory().setValue((int) Math.round(scenario.deployment().release().startupSeconds()));
            Strategy s = scenario.deployment().strategy();
            show(rollingBox, s instanceof Strategy.Rolling);
            show(recreateBox, s instanceof Strategy.Recreate);
            show(canaryBox, s instanceof Strategy.Canary);
            show(blueGreenBox, s instanceof Strategy.BlueGreen);
            show(abBox, s instanceof Strategy.AbTest);
            if (s instanceof Strategy.Rolling r) {
                maxSurge.setValue(r.maxSurge());
                maxUnavailable.setValue(r.maxUnavailable());
                minReady.getValueFactory().setValue(r.minReadySeconds());
                progressDeadline.getValueFactory().setValue(r.progressDeadlineSeconds());
            } else if (s instanceof Strategy.Canary c) {
                routing.setValue(c.trafficRouting());
                String plan = DeploySetup.canaryPlanOf(c.steps());
                if (plan == null) {
                    canaryPlan.setValue(null);
                    canaryPlan.setPromptText(i18n.get("sim.deploy.plan.custom"));
                } else {
                    canaryPlan.setValue(plan);
                }
                analysis.setSelected(c.analysis() != null);
            } else if (s instanceof Strategy.BlueGreen b) {
                autoPromote.setSelected(b.autoPromotionEnabled());
                scaleDownDelay.getValueFactory().setValue(b.scaleDownDelaySeconds());
            } else if (s instanceof Strategy.AbTest a) {
                split.setValue(a.split());
                bPercent.getValueFactory().setValue(a.variantBPercent());
            }
        } finally {
            syncing = false;
        }
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private void sendBreak() {
        act(DeployAction.breakRelease(screenFault()));
        if ("compare".equals(view)) {
            compare.refreshIfStale();
        }
    }

    private void act(DeployAction action) {
        if (session != null) {
            hideMessage();
            session.apply(action);
        }
    }

    private void buildCanaryChips() {
        canarySteps.getChildren().clear();
        if (!(scenario.deployment().strategy() instanceof Strategy.Canary c)) {
            show(canarySteps, false);
            return;
        }
        show(canarySteps, true);
        Label title = new Label(i18n.get("sim.deploy.steps"));
        title.getStyleClass().add(Styles.MUTED);
        canarySteps.getChildren().add(title);
        int i = 0;
        for (CanaryStep s : c.steps()) {
            String text = s instanceof CanaryStep.SetWeight w ? i18n.format("sim.deploy.chip.weight", w.weight())
                    : ((CanaryStep.Pause) s).durationSeconds() == null ? i18n.get("sim.deploy.chip.pauseUntilPromoted")
                    : i18n.format("sim.deploy.chip.pause", DeployMessage.format(((CanaryStep.Pause) s).durationSeconds()));
            Label chip = new Label(text);
            chip.getStyleClass().add("deploy-chip");
            chip.setId("deployChip-" + i++);
            canarySteps.getChildren().add(chip);
        }
        canarySteps.getChildren().add(analysisLabel);
    }

    private void showCanaryProgress(DeployState state) {
        if (!(state.strategy() instanceof Strategy.Canary c)) {
            return;
        }
        int current = state.canaryStep();
        boolean done = state.outcome() == Outcome.COMPLETED;
        boolean aborted = state.outcome() == Outcome.ABORTED;
        int key = current * 4 + (done ? 1 : 0) + (aborted ? 2 : 0);
        if (key != canaryStepShown) {
            canaryStepShown = key;
            for (int i = 0; i < c.steps().size(); i++) {
                Node chip = canarySteps.lookup("#deployChip-" + i);
                if (chip == null) {
                    continue;
                }
                chip.getStyleClass().removeAll("current", "done", "aborted");
                if (done || (current >= 0 && i < current)) {
                    chip.getStyleClass().add("done");
                } else if (i == current && state.started()) {
                    chip.getStyleClass().add(aborted ? "aborted" : "current");
                }
            }
        }
        analysisLabel.setText(c.analysis() == null ? i18n.get("sim.deploy.analysisOff")
                : i18n.format("sim.deploy.analysisStatus", state.analysisMeasurements(), state.analysisFailures(), c.analysis().failureLimit()));
        analysisLabel.getStyleClass().remove("danger");
        if (state.analysisFailures() > 0) {
            analysisLabel.getStyleClass().add("danger");
        }
    }

    // ---------------------------------------------------------------- every frame

    private void onFrame() {
        if (session == null) {
            return;
        }
        if (session.failure() != null && !message.isVisible()) {
            showError(i18n.format("sim.deploy.message.failed", String.valueOf(session.failure().getMessage())));
        }
        if (palette.version() != legendPalette) {
            legendPalette = palette.version();
            drawLegend();
            // Colours come from the theme: a theme switch repaints what is shown even while time stands still.
            if (shown != null) {
                showCharts(shown.state(), new Object());
            }
            charts.forEach(SeriesChart::refresh);
            replicaSets.refresh();
            compare.refresh();
        }
        DeploySession.Frame f = session.snapshot();
        if (play.isSelected() != f.playing()) {
            syncing = true;
            play.setSelected(f.playing());
            syncing = false;
        }
        if (f == shown) {
            return;
        }
        shown = f;
        DeployState state = f.state();
        timeLabel.setText(i18n.format("sim.timeValue", Clock.format(state.timeSeconds()), Clock.format(state.durationSeconds()))
                + (f.finished() ? "  " + i18n.get("sim.finished") : ""));
        stepText.setText(state.step() == null ? "" : DeployTexts.message(i18n, state.step()));
        stepBox.getStyleClass().removeAll("good", "bad");
        switch (state.outcome()) {
            case COMPLETED -> stepBox.getStyleClass().add("good");
            case ABORTED, FAILED -> stepBox.getStyleClass().add("bad");
            default -> { }
        }
        Double releaseAt = scenario.deployment().releaseAtSeconds();
        boolean hint = !state.started() && releaseAt != null && releaseAt > state.timeSeconds();
        show(releaseHint, hint || state.releaseFault().bad());
        if (hint) {
            releaseHint.setText(i18n.format("sim.deploy.releaseAt", Clock.format(releaseAt), scenario.deployment().release().name()));
        } else if (state.releaseFault().bad()) {
            releaseHint.setText(i18n.format("sim.deploy.brokenNow", scenario.deployment().release().name(),
                    DeployTexts.fault(i18n, state.releaseFault().kind())));
        }
        showCanaryProgress(state);
        replicaSets.show(state, f, replicaScroll.getViewportBounds().getWidth() > 0 ? replicaScroll.getViewportBounds().getWidth() : 600);
        results.show(f.result());
        showEvents(state.events());
        showCharts(state, f);
        enableControls(state, f);
    }

    private void enableControls(DeployState state, DeploySession.Frame f) {
        Outcome o = state.outcome();
        boolean running = state.started() && (o == Outcome.PROGRESSING || o == Outcome.PAUSED);
        boolean routed = state.strategy() instanceof Strategy.Canary || state.strategy() instanceof Strategy.BlueGreen
                || state.strategy() instanceof Strategy.AbTest;
        boolean over = f.finished();
        // Argo retries an aborted canary from its first step when started again.
        boolean retry = state.strategy() instanceof Strategy.Canary && o == Outcome.ABORTED;
        start.setDisable(state.started() && !retry || over);
        start.setText(i18n.get(retry ? "sim.deploy.retry" : "sim.deploy.start"));
        pauseRollout.setDisable(!running || over || state.strategy() instanceof Strategy.AbTest);
        pauseRollout.setText(i18n.get(state.paused() ? "sim.deploy.resume" : "sim.deploy.pause"));
        // A canary can be promoted past any step; blue/green only once green is ready and waits for the switch.
        boolean promotable = state.strategy() instanceof Strategy.Canary
                || state.strategy() instanceof Strategy.BlueGreen && state.step() != null
                && (state.step().kind() == DeployMessage.Kind.STEP_BG_WAITING
                        || state.step().kind() == DeployMessage.Kind.STEP_BG_WAITING_AUTO);
        promote.setDisable(!running || over || !promotable);
        abort.setDisable(!running || over || !routed);
        if (!state.revisions().equals(revisionsShown) || undoRevision.getItems().isEmpty() != (state.revisions().size() < 2)) {
            revisionsShown = state.revisions();
            List<Integer> choices = state.revisions().stream().filter(r -> r != state.currentRevision()).toList();
            Integer keep = undoRevision.getValue();
            undoRevision.getItems().setAll(choices);
            undoRevision.setValue(choices.contains(keep) ? keep : choices.isEmpty() ? null : choices.get(choices.size() - 1));
        }
        boolean canUndo = state.started() && !over && !undoRevision.getItems().isEmpty();
        undo.setDisable(!canUndo);
        undoRevision.setDisable(!canUndo);
        step.setDisable(over);
        play.setDisable(over);
    }

    /** Newest first; rebuilt only when the log grew. */
    private void showEvents(List<DeployMessage> events) {
        DeployMessage newest = events.isEmpty() ? null : events.get(events.size() - 1);
        if (events.size() == eventsShown && Objects.equals(newest, newestEvent)) {
            return;
        }
        eventsShown = events.size();
        newestEvent = newest;
        List<DeployMessage> reversed = new ArrayList<>(Math.min(events.size(), MAX_EVENTS_SHOWN));
        for (int i = events.size() - 1; i >= 0 && reversed.size() < MAX_EVENTS_SHOWN; i--) {
            reversed.add(events.get(i));
        }
        logItems.setAll(reversed);
    }

    private void showCharts(DeployState state, Object f) {
        List<DeploySample> timeline = state.timeline();
        int versions = state.versionNames().size();
        for (DeploySample s : timeline) {
            versions = Math.max(versions, s.versions().size());
        }
        double[] t = new double[timeline.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = timeline.get(i).timeSeconds();
        }
        chart(0, timeline, t, versions, state, v -> v.pods(), f);
        chart(1, timeline, t, versions, state, v -> v.trafficShare() * 100, f);
        chart(2, timeline, t, versions, state, v -> v.requestsPerSecond() > 0 ? v.errorRate() * 100 : Double.NaN, f);
        chart(3, timeline, t, versions, state, v -> v.requestsPerSecond() > 0 ? v.p95Ms() : Double.NaN, f);
    }

    private void chart(int index, List<DeploySample> timeline, double[] t, int versions, DeployState state,
                       ToDoubleFunction<DeploySample.VersionSample> value, Object version) {
        List<SeriesChart.Series> series = new ArrayList<>();
        for (int v = 0; v < versions; v++) {
            double[] values = new double[timeline.size()];
            boolean any = false;
            for (int i = 0; i < values.length; i++) {
                List<DeploySample.VersionSample> vs = timeline.get(i).versions();
                values[i] = v < vs.size() ? value.applyAsDouble(vs.get(v)) : Double.NaN;
                any |= v < vs.size() && vs.get(v).pods() > 0;
            }
            if (any || v == 0) {
                String name = v < state.versionNames().size() ? state.versionNames().get(v) : "v" + (v + 1);
                series.add(new SeriesChart.Series(name, colours.of(v), t, values));
            }
        }
        if (index == 2) {
            // All requests, so the seconds when no pod of any version was ready (recreate's gap) show as errors too.
            double[] all = new double[timeline.size()];
            for (int i = 0; i < all.length; i++) {
                all[i] = timeline.get(i).errorRate() * 100;
            }
            series.add(new SeriesChart.Series(i18n.get("sim.deploy.chart.all"), colours.neutral(), t, all));
        }
        charts.get(index).show(series, SeriesChart.window(state.timeSeconds(), state.durationSeconds()), version);
    }

    // ---------------------------------------------------------------- messages

    private void showError(String text) {
        message.setText(text);
        message.getStyleClass().setAll("sim-message", "danger");
        show(message, true);
    }

    private void showInfo(String text) {
        message.setText(text);
        message.getStyleClass().setAll("sim-message");
        show(message, true);
    }

    private void hideMessage() {
        show(message, false);
    }
}

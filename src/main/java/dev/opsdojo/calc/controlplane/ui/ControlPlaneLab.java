package dev.opsdojo.calc.controlplane.ui;

import dev.opsdojo.calc.controlplane.CapabilityModel;
import dev.opsdojo.calc.controlplane.Capability;
import dev.opsdojo.calc.controlplane.Component;
import dev.opsdojo.calc.controlplane.ControlPlaneTexts;
import dev.opsdojo.calc.controlplane.JourneyStep;
import dev.opsdojo.calc.controlplane.K8sDefaults;
import dev.opsdojo.calc.controlplane.Outage;
import dev.opsdojo.calc.controlplane.Part;
import dev.opsdojo.calc.controlplane.Requirement.Timing;
import dev.opsdojo.calc.controlplane.Scenario;
import dev.opsdojo.calc.controlplane.Status;
import dev.opsdojo.calc.controlplane.Verdict;
import dev.opsdojo.ui.I18n;
import dev.opsdojo.ui.Styles;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.util.Duration;

/**
 * The Kubernetes control-plane explorer: a diagram of the control plane and three worker nodes with three modes.
 * Explore shows what a clicked component does; "Follow kubectl apply" walks a Deployment's journey step by step;
 * "Break it" stops components and lists what still works, from {@link CapabilityModel}. Texts and sources come from
 * {@link ControlPlaneTexts}; the view only draws.
 */
public final class ControlPlaneLab {
    private static final double WIDTH = 760;
    private static final double HEIGHT = 372;
    private static final int NODES = CapabilityModel.DEFAULT_WORKER_NODES;
    private static final int PODS_PER_NODE = 2;
    private static final int JOURNEY_NODE = 1;
    static final String ACTIVE = "cp-active";
    static final String STOPPED = "cp-stopped";
    static final String SELECTED = "cp-selected";
    static final String CURRENT_STEP = "cp-step-current";

    enum Mode { EXPLORE, JOURNEY, BREAK }

    private final I18n i18n;
    private final ControlPlaneTexts texts;
    private final CapabilityModel model = new CapabilityModel(NODES);
    private final List<JourneyStep> journey;
    private final Map<String, StackPane> boxes = new LinkedHashMap<>();
    private final Map<String, Line> lines = new LinkedHashMap<>();
    private final Map<String, Circle> pods = new LinkedHashMap<>();
    private final Map<Integer, Region> nodeBoxes = new LinkedHashMap<>();
    private final List<Label> stepLabels = new ArrayList<>();
    private final Map<Capability, CapabilityRow> capabilityRows = new EnumMap<>(Capability.class);
    private final Timeline player = new Timeline();
    private Mode mode = Mode.EXPLORE;
    private Outage outage = Outage.NONE;
    private int step;
    private String selected;

    private final StackPane panels = new StackPane();
    private final VBox explorePanel = new VBox(8);
    private final VBox journeyPanel = new VBox(8);
    private final VBox breakPanel = new VBox(8);
    private final Label detailName = new Label();
    private final Label detailPlane = new Label();
    private final Label detailText = new Label();
    private final Label detailTalks = new Label();
    private final SourceRow detailSource;
    private final Label stepCounter = new Label();
    private final Label stepTitle = new Label();
    private final Label stepText = new Label();
    private final Label stepObject = new Label();
    private final SourceRow stepSource;
    private final Button play = new Button();
    private final ComboBox<Scenario> scenarios = new ComboBox<>();

    private ControlPlaneLab(I18n i18n) {
        this.i18n = i18n;
        this.texts = ControlPlaneTexts.load(i18n.language());
        this.journey = texts.journey();
        this.detailSource = new SourceRow(i18n);
        this.stepSource = new SourceRow(i18n);
        player.getKeyFrames().add(new KeyFrame(Duration.seconds(1.8), e -> advance()));
        player.setCycleCount(Animation.INDEFINITE);
    }

    public static Node create(I18n i18n) {
        return new ControlPlaneLab(i18n).build();
    }

    private Node build() {
        Label title = new Label(i18n.get("controlPlane.title"));
        title.getStyleClass().add(Styles.H4);
        Label intro = new Label(i18n.format("controlPlane.intro", K8sDefaults.VERSION));
        intro.getStyleClass().add(Styles.MUTED);
        intro.setWrapText(true);

        ToggleGroup modes = new ToggleGroup();
        HBox modeBar = new HBox(6);
        for (Mode m : Mode.values()) {
            String key = switch (m) {
                case EXPLORE -> "explore";
                case JOURNEY -> "journey";
                case BREAK -> "break";
            };
            ToggleButton button = new ToggleButton(i18n.get("controlPlane.mode." + key));
            button.setId("cpMode-" + key);
            button.setToggleGroup(modes);
            button.setSelected(m == mode);
            button.setOnAction(e -> {
                button.setSelected(true);
                setMode(m);
            });
            modeBar.getChildren().add(button);
        }

        buildExplorePanel();
        buildJourneyPanel();
        buildBreakPanel();
        panels.getChildren().addAll(explorePanel, journeyPanel, breakPanel);
        panels.setAlignment(Pos.TOP_LEFT);

        VBox root = new VBox(10, title, intro, modeBar, buildDiagram(), panels);
        root.getStyleClass().add("cp-lab");
        root.setMaxWidth(WIDTH + 20);
        select(Component.API_SERVER.name());
        setMode(Mode.EXPLORE);
        return root;
    }

    // ---- the diagram ----

    private Pane buildDiagram() {
        Pane diagram = new Pane();
        diagram.getStyleClass().add("cp-diagram");
        diagram.setMinSize(WIDTH, HEIGHT);
        diagram.setPrefSize(WIDTH, HEIGHT);
        diagram.setMaxSize(WIDTH, HEIGHT);

        Region controlPlane = frame(120, 8, WIDTH - 130, 160);
        Label cpTitle = new Label(i18n.get("controlPlane.controlPlaneBox"));
        cpTitle.getStyleClass().add("cp-plane-title");
        cpTitle.relocate(130, 12);
        diagram.getChildren().addAll(controlPlane, cpTitle);

        place(diagram, Component.KUBECTL.name(), Component.KUBECTL, 10, 112, 96);
        place(diagram, Component.SCHEDULER.name(), Component.SCHEDULER, 140, 40, 175);
        place(diagram, Component.CONTROLLER_MANAGER.name(), Component.CONTROLLER_MANAGER, 330, 40, 190);
        place(diagram, Component.CLOUD_CONTROLLER_MANAGER.name(), Component.CLOUD_CONTROLLER_MANAGER, 535, 40, 205);
        place(diagram, Component.API_SERVER.name(), Component.API_SERVER, 330, 112, 190);
        place(diagram, Component.ETCD.name(), Component.ETCD, 575, 112, 150);

        double nodeWidth = (WIDTH - 20 - 2 * 10) / NODES;
        for (int n = 1; n <= NODES; n++) {
            double x = 10 + (n - 1) * (nodeWidth + 10);
            double y = 200;
            Region box = frame(x, y, nodeWidth, 162);
            box.setId("cp-nodebox-" + n);
            nodeBoxes.put(n, box);
            Label nodeTitle = new Label(ControlPlaneTexts.nodeName(n));
            nodeTitle.getStyleClass().add("cp-node-title");
            nodeTitle.setId("cp-NODE-" + n);
            nodeTitle.relocate(x + 6, y + 4);
            int node = n;
            nodeTitle.setOnMouseClicked(e -> clicked(Component.NODE, node));
            diagram.getChildren().addAll(box, nodeTitle);
            double half = (nodeWidth - 30) / 2;
            place(diagram, Component.KUBELET.name() + "-" + n, Component.KUBELET, x + 10, y + 34, half);
            place(diagram, Component.KUBE_PROXY.name() + "-" + n, Component.KUBE_PROXY, x + 20 + half, y + 34, half);
            place(diagram, Component.CONTAINER_RUNTIME.name() + "-" + n, Component.CONTAINER_RUNTIME, x + 10, y + 78, nodeWidth - 20);
            for (int p = 1; p <= PODS_PER_NODE; p++) {
                Circle pod = new Circle(x + 10 + 14 + (p - 1) * 36, y + 138, 12);
                pod.getStyleClass().add("cp-pod");
                pod.setId("cp-POD-" + n + "-" + p);
                pod.setOnMouseClicked(e -> clicked(Component.POD, node));
                pods.put(n + "-" + p, pod);
                diagram.getChildren().add(pod);
            }
            Label podsLabel = new Label(i18n.get("controlPlane.pods"));
            podsLabel.getStyleClass().add("cp-plane-title");
            podsLabel.relocate(x + 10 + PODS_PER_NODE * 36 + 4, y + 130);
            diagram.getChildren().add(podsLabel);
        }

        connect(diagram, Component.KUBECTL.name(), Component.API_SERVER.name());
        connect(diagram, Component.SCHEDULER.name(), Component.API_SERVER.name());
        connect(diagram, Component.CONTROLLER_MANAGER.name(), Component.API_SERVER.name());
        connect(diagram, Component.CLOUD_CONTROLLER_MANAGER.name(), Component.API_SERVER.name());
        connect(diagram, Component.API_SERVER.name(), Component.ETCD.name());
        for (int n = 1; n <= NODES; n++) {
            connect(diagram, Component.KUBELET.name() + "-" + n, Component.API_SERVER.name());
            connect(diagram, Component.KUBE_PROXY.name() + "-" + n, Component.API_SERVER.name());
            connect(diagram, Component.KUBELET.name() + "-" + n, Component.CONTAINER_RUNTIME.name() + "-" + n);
        }
        lines.values().forEach(Node::toBack);
        controlPlane.toBack();
        nodeBoxes.values().forEach(Node::toBack);
        return diagram;
    }

    private static Region frame(double x, double y, double w, double h) {
        Region region = new Region();
        region.getStyleClass().add("cp-plane");
        region.relocate(x, y);
        region.setPrefSize(w, h);
        region.resize(w, h);
        return region;
    }

    private void place(Pane diagram, String key, Component component, double x, double y, double width) {
        Label name = new Label(texts.componentName(component));
        name.getStyleClass().add("cp-box-name");
        name.setMinWidth(Region.USE_PREF_SIZE);
        Label cross = new Label("✕");
        cross.getStyleClass().add("cp-cross");
        cross.setVisible(false);
        cross.setMouseTransparent(true);
        StackPane box = new StackPane(name, cross);
        box.getStyleClass().add("cp-box");
        box.setId("cp-" + key);
        box.setUserData(cross);
        box.relocate(x, y);
        box.setPrefSize(width, 32);
        box.setMinSize(width, 32);
        box.setMaxSize(width, 32);
        int node = key.contains("-") ? Integer.parseInt(key.substring(key.lastIndexOf('-') + 1)) : 0;
        box.setOnMouseClicked(e -> clicked(component, node));
        boxes.put(key, box);
        diagram.getChildren().add(box);
    }

    private void connect(Pane diagram, String from, String to) {
        StackPane a = boxes.get(from);
        StackPane b = boxes.get(to);
        Line line = new Line();
        line.getStyleClass().add("cp-line");
        boolean vertical = Math.abs(a.getLayoutY() - b.getLayoutY()) > 20;
        double ax = a.getLayoutX() + a.getPrefWidth() / 2;
        double bx = b.getLayoutX() + b.getPrefWidth() / 2;
        if (vertical) {
            boolean aAbove = a.getLayoutY() < b.getLayoutY();
            line.setStartX(ax);
            line.setStartY(a.getLayoutY() + (aAbove ? 32 : 0));
            line.setEndX(bx);
            line.setEndY(b.getLayoutY() + (aAbove ? 0 : 32));
        } else {
            boolean aLeft = a.getLayoutX() < b.getLayoutX();
            line.setStartX(a.getLayoutX() + (aLeft ? a.getPrefWidth() : 0));
            line.setStartY(a.getLayoutY() + 16);
            line.setEndX(b.getLayoutX() + (aLeft ? 0 : b.getPrefWidth()));
            line.setEndY(b.getLayoutY() + 16);
        }
        line.setMouseTransparent(true);
        line.setId("cp-line-" + from + "-" + to);
        lines.put(from + ">" + to, line);
        diagram.getChildren().add(line);
    }

    // ---- modes ----

    private void setMode(Mode next) {
        mode = next;
        if (next != Mode.JOURNEY) {
            player.stop();
            play.setText(i18n.get("controlPlane.play"));
        }
        explorePanel.setVisible(next == Mode.EXPLORE);
        journeyPanel.setVisible(next == Mode.JOURNEY);
        breakPanel.setVisible(next == Mode.BREAK);
        explorePanel.setManaged(next == Mode.EXPLORE);
        journeyPanel.setManaged(next == Mode.JOURNEY);
        breakPanel.setManaged(next == Mode.BREAK);
        refreshDiagram();
    }

    private void clicked(Component component, int node) {
        if (mode == Mode.BREAK && component.stoppable()) {
            Part part = component.plane() == Component.Plane.NODE ? Part.onNode(component, node) : Part.controlPlane(component);
            outage = outage.toggle(part);
            scenarios.getSelectionModel().clearSelection();
            refreshCapabilities();
            refreshDiagram();
            return;
        }
        if (mode == Mode.BREAK) {
            return;
        }
        String key = component == Component.NODE || component == Component.POD || component.plane() != Component.Plane.NODE
                ? component.name() : component.name() + "-" + node;
        select(key);
        if (mode == Mode.JOURNEY) {
            setMode(Mode.EXPLORE);
        }
    }

    // ---- explore ----

    private void buildExplorePanel() {
        detailName.getStyleClass().add("md-h4");
        detailName.setId("cpDetailName");
        detailPlane.getStyleClass().add(Styles.MUTED);
        detailText.setWrapText(true);
        detailText.setId("cpDetailText");
        detailTalks.setWrapText(true);
        detailSource.setIdPrefix("cpDetailSource");
        Label hint = new Label(i18n.get("controlPlane.exploreHint"));
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        explorePanel.getChildren().addAll(hint, detailName, detailPlane, detailText, detailTalks, detailSource);
        explorePanel.getStyleClass().add("cp-panel");
    }

    private void select(String key) {
        selected = key;
        Component component = Component.valueOf(key.contains("-") ? key.substring(0, key.indexOf('-')) : key);
        detailName.setText(texts.componentName(component));
        detailPlane.setText(i18n.get("controlPlane.plane." + component.plane().name().toLowerCase(java.util.Locale.ROOT)));
        ControlPlaneTexts.Sourced description = texts.componentDescription(component);
        detailText.setText(description.text());
        String talks = component.talksTo().stream().map(texts::componentName).collect(Collectors.joining(", "));
        String heardBy = java.util.Arrays.stream(Component.values()).filter(c -> c.talksTo().contains(component))
                .map(texts::componentName).collect(Collectors.joining(", "));
        detailTalks.setText(i18n.format("controlPlane.talksTo", talks.isEmpty() ? "—" : talks, heardBy.isEmpty() ? "—" : heardBy));
        detailSource.setUrl(description.source());
        refreshDiagram();
    }

    // ---- journey ----

    private void buildJourneyPanel() {
        play.setId("cpPlay");
        play.setText(i18n.get("controlPlane.play"));
        play.setOnAction(e -> {
            if (player.getStatus() == Animation.Status.RUNNING) {
                player.stop();
                play.setText(i18n.get("controlPlane.play"));
            } else {
                if (step >= journey.size()) {
                    showStep(0);
                }
                advance();
                player.playFromStart();
                play.setText(i18n.get("controlPlane.pause"));
            }
        });
        Button next = new Button(i18n.get("controlPlane.step"));
        next.setId("cpStep");
        next.setOnAction(e -> {
            player.stop();
            play.setText(i18n.get("controlPlane.play"));
            advance();
        });
        Button reset = new Button(i18n.get("controlPlane.reset"));
        reset.setId("cpReset");
        reset.setOnAction(e -> {
            player.stop();
            play.setText(i18n.get("controlPlane.play"));
            showStep(0);
        });
        stepCounter.setId("cpStepCounter");
        stepCounter.getStyleClass().add(Styles.MUTED);
        HBox controls = new HBox(8, play, next, reset, stepCounter);
        controls.setAlignment(Pos.CENTER_LEFT);

        VBox list = new VBox(2);
        list.getStyleClass().add("cp-step-list");
        for (JourneyStep s : journey) {
            Label label = new Label(s.number() + ". " + s.title());
            label.setId("cpStepItem-" + s.number());
            label.getStyleClass().add("cp-step");
            label.setMaxWidth(Double.MAX_VALUE);
            label.setWrapText(true);
            label.setOnMouseClicked(e -> {
                player.stop();
                play.setText(i18n.get("controlPlane.play"));
                showStep(s.number());
            });
            stepLabels.add(label);
            list.getChildren().add(label);
        }
        list.setPrefWidth(300);
        list.setMinWidth(260);

        stepTitle.getStyleClass().add("md-h4");
        stepTitle.setWrapText(true);
        stepTitle.setId("cpStepTitle");
        stepText.setWrapText(true);
        stepText.setId("cpStepText");
        stepObject.setWrapText(true);
        stepObject.getStyleClass().add("cp-object");
        stepSource.setIdPrefix("cpStepSource");
        VBox detail = new VBox(6, stepTitle, stepText, stepObject, stepSource);
        HBox.setHgrow(detail, Priority.ALWAYS);
        detail.setMinWidth(0);
        HBox body = new HBox(14, list, detail);
        journeyPanel.getChildren().addAll(controls, body);
        journeyPanel.getStyleClass().add("cp-panel");
        showStep(0);
    }

    private void advance() {
        if (step >= journey.size()) {
            player.stop();
            play.setText(i18n.get("controlPlane.play"));
            return;
        }
        showStep(step + 1);
        if (step >= journey.size()) {
            player.stop();
            play.setText(i18n.get("controlPlane.play"));
        }
    }

    private void showStep(int number) {
        step = number;
        for (int i = 0; i < stepLabels.size(); i++) {
            Label label = stepLabels.get(i);
            label.getStyleClass().removeAll(CURRENT_STEP, "cp-step-done");
            if (i + 1 == number) {
                label.getStyleClass().add(CURRENT_STEP);
            } else if (i + 1 < number) {
                label.getStyleClass().add("cp-step-done");
            }
        }
        stepCounter.setText(i18n.format("controlPlane.stepOf", number, journey.size()));
        if (number == 0) {
            stepTitle.setText(i18n.get("controlPlane.journeyStart"));
            stepText.setText(i18n.get("controlPlane.journeyIntro"));
            stepObject.setText("");
            stepSource.setUrl("https://kubernetes.io/docs/concepts/overview/components/");
        } else {
            JourneyStep s = journey.get(number - 1);
            stepTitle.setText(s.title());
            stepText.setText(s.text());
            stepObject.setText(i18n.format("controlPlane.objectChanged", s.apiObject()));
            stepSource.setUrl(s.source());
        }
        refreshDiagram();
    }

    // ---- break it ----

    private void buildBreakPanel() {
        Label hint = new Label(i18n.get("controlPlane.breakHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.MUTED);
        scenarios.setId("cpScenario");
        scenarios.getItems().addAll(Scenario.values());
        scenarios.setPromptText(i18n.get("controlPlane.scenario"));
        scenarios.setCellFactory(v -> scenarioCell());
        scenarios.setButtonCell(scenarioCell());
        scenarios.setOnAction(e -> {
            Scenario chosen = scenarios.getValue();
            if (chosen != null) {
                outage = chosen.outage();
                refreshCapabilities();
                refreshDiagram();
            }
        });
        Button restore = new Button(i18n.get("controlPlane.restoreAll"));
        restore.setId("cpRestoreAll");
        restore.setOnAction(e -> {
            outage = Outage.NONE;
            scenarios.getSelectionModel().clearSelection();
            refreshCapabilities();
            refreshDiagram();
        });
        HBox controls = new HBox(8, scenarios, restore);
        controls.setAlignment(Pos.CENTER_LEFT);
        Label heading = new Label(i18n.get("controlPlane.capabilities"));
        heading.getStyleClass().add("md-strong");
        VBox rows = new VBox(0);
        for (Capability capability : Capability.values()) {
            CapabilityRow row = new CapabilityRow(capability);
            capabilityRows.put(capability, row);
            rows.getChildren().add(row.view);
        }
        breakPanel.getChildren().addAll(hint, controls, heading, rows);
        breakPanel.getStyleClass().add("cp-panel");
        refreshCapabilities();
    }

    private ListCell<Scenario> scenarioCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Scenario item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? i18n.get("controlPlane.scenario") : texts.scenarioName(item));
            }
        };
    }

    private void refreshCapabilities() {
        Map<Capability, Verdict> verdicts = model.evaluate(outage);
        verdicts.forEach((capability, verdict) -> capabilityRows.get(capability).show(verdict));
    }

    /** One line of the capability list: status, name, why, and its clock and source. */
    private final class CapabilityRow {
        final VBox view = new VBox(3);
        final Label status = new Label();
        final Label explanation = new Label();
        final Label timing = new Label();
        final SourceRow source = new SourceRow(i18n);

        CapabilityRow(Capability capability) {
            status.setId("cpCap-" + capability.name());
            status.getStyleClass().add("cp-status");
            Label name = new Label(texts.capabilityName(capability));
            name.getStyleClass().add("md-strong");
            name.setWrapText(true);
            HBox head = new HBox(10, status, name);
            head.setAlignment(Pos.CENTER_LEFT);
            explanation.setWrapText(true);
            explanation.setId("cpCapWhy-" + capability.name());
            timing.setWrapText(true);
            timing.getStyleClass().add("cp-timing");
            source.setIdPrefix("cpCapSource-" + capability.name());
            VBox body = new VBox(3, explanation, timing, source);
            body.setPadding(new Insets(0, 0, 0, 12));
            view.getChildren().addAll(head, body);
            view.getStyleClass().add("cp-cap-row");
        }

        void show(Verdict verdict) {
            Status s = verdict.status();
            status.setText(i18n.get("controlPlane.status." + s.name().toLowerCase(java.util.Locale.ROOT)));
            status.getStyleClass().removeAll("cp-works", "cp-stops", "cp-degraded");
            status.getStyleClass().add("cp-" + s.name().toLowerCase(java.util.Locale.ROOT));
            status.setUserData(s);
            if (verdict.unmet().isEmpty()) {
                ControlPlaneTexts.Sourced works = texts.capabilityWorks(verdict.capability());
                explanation.setText(works.text());
                source.setUrl(works.source());
            } else {
                List<ControlPlaneTexts.Sourced> reasons = verdict.unmet().stream()
                        .map(u -> texts.reason(verdict.capability(), u)).toList();
                explanation.setText(reasons.stream().map(ControlPlaneTexts.Sourced::text).distinct().collect(Collectors.joining("\n")));
                source.setUrl(reasons.get(0).source());
            }
            String clock = verdict.timings().stream().map(Timing.class::cast).map(t -> texts.timing(t).text())
                    .collect(Collectors.joining("\n"));
            timing.setText(clock);
            timing.setVisible(!clock.isEmpty());
            timing.setManaged(!clock.isEmpty());
        }
    }

    // ---- drawing state ----

    private void refreshDiagram() {
        if (boxes.isEmpty()) {
            return;
        }
        boxes.values().forEach(b -> b.getStyleClass().removeAll(ACTIVE, STOPPED, SELECTED));
        lines.values().forEach(l -> l.getStyleClass().removeAll("cp-line-active", "cp-line-down"));
        nodeBoxes.values().forEach(b -> b.getStyleClass().removeAll(STOPPED));
        for (StackPane box : boxes.values()) {
            ((Label) box.getUserData()).setVisible(false);
        }
        switch (mode) {
            case EXPLORE -> {
                if (selected != null && boxes.containsKey(selected)) {
                    boxes.get(selected).getStyleClass().add(SELECTED);
                } else if (selected != null) {
                    for (Map.Entry<String, StackPane> e : boxes.entrySet()) {
                        if (e.getKey().startsWith(selected + "-")) {
                            e.getValue().getStyleClass().add(SELECTED);
                        }
                    }
                }
                pods.values().forEach(p -> setPodState(p, "cp-pod-running"));
            }
            case JOURNEY -> drawJourney();
            case BREAK -> drawOutage();
        }
    }

    private void drawJourney() {
        for (Map.Entry<String, Circle> e : pods.entrySet()) {
            boolean fresh = e.getKey().endsWith("-1");
            String state = !fresh ? "cp-pod-running" : step < 4 ? "cp-pod-absent" : step < 6 ? "cp-pod-pending" : "cp-pod-running";
            setPodState(e.getValue(), state);
        }
        if (step == 0) {
            return;
        }
        JourneyStep s = journey.get(step - 1);
        List<String> actors = keysFor(s.actor());
        List<String> targets = keysFor(s.target());
        for (String a : actors) {
            boxes.get(a).getStyleClass().add(ACTIVE);
        }
        for (String t : targets) {
            boxes.get(t).getStyleClass().add(ACTIVE);
        }
        for (String a : actors) {
            for (String t : targets) {
                Line line = lines.getOrDefault(a + ">" + t, lines.get(t + ">" + a));
                if (line != null) {
                    line.getStyleClass().add("cp-line-active");
                }
            }
        }
    }

    /** The boxes that stand for a component in the journey: node components on the journey's node (kube-proxy on all). */
    private List<String> keysFor(Component component) {
        if (component.plane() != Component.Plane.NODE) {
            return List.of(component.name());
        }
        if (component == Component.KUBE_PROXY) {
            List<String> keys = new ArrayList<>();
            for (int n = 1; n <= NODES; n++) {
                keys.add(component.name() + "-" + n);
            }
            return keys;
        }
        return List.of(component.name() + "-" + JOURNEY_NODE);
    }

    private void drawOutage() {
        for (Map.Entry<String, StackPane> e : boxes.entrySet()) {
            String key = e.getKey();
            Component component = Component.valueOf(key.contains("-") ? key.substring(0, key.indexOf('-')) : key);
            if (!component.stoppable()) {
                continue;
            }
            boolean stopped = component.plane() == Component.Plane.NODE
                    ? outage.isStopped(component, Integer.parseInt(key.substring(key.indexOf('-') + 1)))
                    : outage.isStopped(component);
            if (stopped) {
                e.getValue().getStyleClass().add(STOPPED);
                ((Label) e.getValue().getUserData()).setVisible(true);
                lines.forEach((k, line) -> {
                    if (k.startsWith(key + ">") || k.endsWith(">" + key)) {
                        line.getStyleClass().add("cp-line-down");
                    }
                });
            }
        }
        for (int n = 1; n <= NODES; n++) {
            boolean down = outage.contains(Part.onNode(Component.NODE, n));
            if (down) {
                nodeBoxes.get(n).getStyleClass().add(STOPPED);
            }
            boolean runtime = outage.isStopped(Component.CONTAINER_RUNTIME, n);
            for (int p = 1; p <= PODS_PER_NODE; p++) {
                setPodState(pods.get(n + "-" + p), down ? "cp-pod-down" : runtime ? "cp-pod-pending" : "cp-pod-running");
            }
        }
    }

    private static void setPodState(Circle pod, String state) {
        pod.getStyleClass().removeAll("cp-pod-running", "cp-pod-pending", "cp-pod-absent", "cp-pod-down");
        pod.getStyleClass().add(state);
    }
}

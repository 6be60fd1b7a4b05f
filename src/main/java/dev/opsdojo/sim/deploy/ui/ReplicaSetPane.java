package dev.opsdojo.sim.deploy.ui;

import dev.opsdojo.sim.deploy.DeploySample;
import dev.opsdojo.sim.deploy.DeployState;
import dev.opsdojo.sim.deploy.DeployState.PodView;
import dev.opsdojo.sim.deploy.DeployState.ReplicaSetView;
import dev.opsdojo.sim.ui.Palette;
import dev.opsdojo.ui.I18n;
import dev.opsdojo.ui.Styles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The ReplicaSets of the run, one row each: its role, revision and version, its spec / ready / available counts and
 * its share of traffic as text, and its pods as tiles. Old ReplicaSets kept at zero for the revision history are
 * folded into one line; a ReplicaSet scaled to zero by the strategy (an aborted canary) stays, so the learner sees it
 * emptied.
 */
final class ReplicaSetPane extends VBox {
    /** A row: the labels and tiles of one ReplicaSet, by name (ids {@code deployRs-<name>}). */
    static final class Row extends HBox {
        final Label role = new Label();
        final Label version = new Label();
        final Label counts = new Label();
        final Label traffic = new Label();
        final Region swatch = new Region();
        final PodTiles tiles;
        ReplicaSetView view;

        Row(String name, PodTiles tiles) {
            this.tiles = tiles;
            setId("deployRs-" + name);
            getStyleClass().add("deploy-rs-row");
            role.getStyleClass().add("deploy-rs-role");
            role.setGraphic(swatch);
            swatch.getStyleClass().add("deploy-rs-swatch");
            version.getStyleClass().addAll("deploy-rs-version", Styles.MUTED);
            counts.getStyleClass().add("deploy-rs-counts");
            traffic.getStyleClass().add("deploy-rs-traffic");
            for (Label l : List.of(role, version, counts, traffic)) {
                l.setMinWidth(Region.USE_PREF_SIZE);
            }
            VBox text = new VBox(1, role, version, counts, traffic);
            text.getStyleClass().add("deploy-rs-text");
            text.setMinWidth(180);
            text.setPrefWidth(190);
            text.setMaxWidth(220);
            HBox.setHgrow(tiles, Priority.ALWAYS);
            tiles.setMaxWidth(Double.MAX_VALUE);
            setAlignment(Pos.TOP_LEFT);
            getChildren().addAll(text, tiles);
            setSpacing(12);
        }

        ReplicaSetView replicaSet() {
            return view;
        }
    }

    private final I18n i18n;
    private final Palette palette;
    private final VersionColours colours;
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final Label folded = new Label();
    private final Label empty = new Label();
    private List<String> shownNames = List.of();

    ReplicaSetPane(I18n i18n, Palette palette, VersionColours colours) {
        this.i18n = i18n;
        this.palette = palette;
        this.colours = colours;
        setId("deployReplicaSets");
        getStyleClass().add("deploy-replicasets");
        setSpacing(6);
        folded.setId("deployRsFolded");
        folded.getStyleClass().add(Styles.MUTED);
        empty.getStyleClass().add(Styles.MUTED);
        empty.setText(i18n.get("sim.deploy.rs.none"));
    }

    /** Repaints the tiles if the theme changed. */
    void refresh() {
        for (Row row : rows.values()) {
            row.tiles.refresh();
        }
    }

    List<Row> rows() {
        return List.copyOf(rows.values());
    }

    void show(DeployState state, Object version, double width) {
        List<ReplicaSetView> visible = new ArrayList<>();
        int foldedCount = 0;
        for (ReplicaSetView rs : state.replicaSets()) {
            if (rs.role() == DeployState.Role.OLD && rs.pods() == 0 && rs.specReplicas() == 0) {
                foldedCount++;
            } else {
                visible.add(rs);
            }
        }
        List<String> names = visible.stream().map(ReplicaSetView::name).toList();
        if (!names.equals(shownNames)) {
            shownNames = names;
            Map<String, Row> kept = new LinkedHashMap<>();
            for (String name : names) {
                Row row = rows.get(name);
                kept.put(name, row != null ? row : new Row(name, new PodTiles(palette, colours, this::describe)));
            }
            rows.clear();
            rows.putAll(kept);
            getChildren().setAll(rows.values());
            if (rows.isEmpty()) {
                getChildren().add(empty);
            }
        }
        if (foldedCount > 0) {
            folded.setText(i18n.format("sim.deploy.rs.folded", foldedCount));
            if (!getChildren().contains(folded)) {
                getChildren().add(folded);
            }
        } else {
            getChildren().remove(folded);
        }

        Map<Integer, List<PodView>> byRevision = new LinkedHashMap<>();
        for (PodView pod : state.pods()) {
            byRevision.computeIfAbsent(pod.revision(), r -> new ArrayList<>()).add(pod);
        }
        int most = 1;
        for (ReplicaSetView rs : visible) {
            most = Math.max(most, Math.max(rs.specReplicas(), byRevision.getOrDefault(rs.revision(), List.of()).size()));
        }
        double tile = PodTiles.tileFor(most, Math.max(120, width - 210));
        DeploySample last = state.timeline().isEmpty() ? null : state.timeline().get(state.timeline().size() - 1);
        for (ReplicaSetView rs : visible) {
            Row row = rows.get(rs.name());
            row.view = rs;
            row.role.setText(DeployTexts.role(i18n, rs, state.strategy()));
            row.swatch.setStyle("-fx-background-color: " + colours.css(rs.version()) + ";");
            row.version.setText(i18n.format("sim.deploy.rs.version", rs.revision(), rs.versionName()));
            row.counts.setText(i18n.format("sim.deploy.rs.counts", rs.specReplicas(), rs.ready(), rs.available()));
            double share = last == null || rs.version() >= last.versions().size() || rs.pods() == 0 && rs.ready() == 0
                    ? 0 : last.versions().get(rs.version()).trafficShare();
            row.traffic.setText(i18n.format("sim.deploy.rs.traffic", DeployTexts.percent(i18n, share)));
            row.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("scaled-to-zero"), rs.pods() == 0);
            row.tiles.show(byRevision.getOrDefault(rs.revision(), List.of()), tile, version);
        }
    }

    private String describe(PodView pod) {
        return i18n.format("sim.deploy.pod.tip", pod.name(), DeployTexts.phase(i18n, pod.phase()), pod.restarts(),
                dev.opsdojo.sim.ui.Clock.format(pod.ageSeconds()), pod.busy());
    }
}

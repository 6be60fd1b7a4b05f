package dev.opsdojo.sim.deploy.ui;

import dev.opsdojo.sim.deploy.DeployScenario;
import dev.opsdojo.storage.AtomicFiles;
import dev.opsdojo.ui.I18n;
import dev.opsdojo.ui.Styles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * The Kubernetes (and Argo Rollouts) manifests of the current setup as YAML: monospace, read-only, copied to the
 * clipboard or saved to a file. Rebuilt whenever the setup changes while the view is open.
 */
final class ManifestsPane extends VBox {
    private final I18n i18n;
    private final Supplier<DeployScenario> scenario;
    private final Function<DeployScenario, String> render;
    private final TextArea yaml = new TextArea();
    private final Label status = new Label();
    private Supplier<Path> saveChooser;
    private DeployScenario rendered;

    ManifestsPane(I18n i18n, Supplier<DeployScenario> scenario, Function<DeployScenario, String> render) {
        this.i18n = i18n;
        this.scenario = scenario;
        this.render = render;
        setId("deployManifestsPane");
        getStyleClass().add("deploy-manifests");
        setSpacing(8);
        Label intro = new Label(i18n.get("sim.deploy.manifests.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.MUTED);
        Button copy = new Button(i18n.get("sim.deploy.manifests.copy"));
        copy.setId("deployManifestsCopy");
        copy.setOnAction(e -> copy());
        Button save = new Button(i18n.get("sim.deploy.manifests.save"));
        save.setId("deployManifestsSave");
        save.setOnAction(e -> save());
        status.setId("deployManifestsStatus");
        status.getStyleClass().add(Styles.MUTED);
        status.setWrapText(true);
        HBox.setHgrow(status, Priority.ALWAYS);
        HBox bar = new HBox(8, copy, save, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        yaml.setId("deployManifests");
        yaml.setEditable(false);
        yaml.getStyleClass().add("deploy-yaml");
        VBox.setVgrow(yaml, Priority.ALWAYS);
        getChildren().addAll(intro, bar, yaml);
    }

    /** Tests save here instead of through a FileChooser. */
    void chooseFileWith(Supplier<Path> save) {
        this.saveChooser = save;
    }

    String text() {
        return yaml.getText();
    }

    /** Renders the current setup unless it is already shown. */
    void refresh() {
        DeployScenario now = scenario.get();
        if (now.equals(rendered)) {
            return;
        }
        rendered = now;
        try {
            yaml.setText(render.apply(now));
            status.setText("");
        } catch (RuntimeException e) {
            yaml.setText("");
            status.setText(i18n.format("sim.deploy.manifests.failed", e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    private void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(yaml.getText());
        Clipboard.getSystemClipboard().setContent(content);
        status.setText(i18n.get("sim.deploy.manifests.copied"));
    }

    private void save() {
        Path file;
        if (saveChooser != null) {
            file = saveChooser.get();
        } else {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.get("sim.deploy.manifests.save"));
            chooser.setInitialFileName(dev.opsdojo.sim.deploy.manifest.Manifests.fileName(scenario.get()));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("YAML", "*.yaml", "*.yml"));
            java.io.File chosen = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
            file = chosen == null ? null : chosen.toPath();
        }
        if (file == null) {
            return;
        }
        try {
            AtomicFiles.write(file, yaml.getText().getBytes(StandardCharsets.UTF_8));
            status.setText(i18n.format("sim.deploy.manifests.saved", file.getFileName()));
        } catch (IOException | RuntimeException e) {
            status.setText(i18n.format("sim.deploy.manifests.saveFailed", file.getFileName(), e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }
}

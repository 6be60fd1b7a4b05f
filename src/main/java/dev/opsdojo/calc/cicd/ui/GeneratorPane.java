package dev.opsdojo.calc.cicd.ui;

import dev.opsdojo.calc.cicd.CicdTexts;
import dev.opsdojo.calc.cicd.WorkflowGenerator;
import dev.opsdojo.calc.cicd.WorkflowOptions;
import dev.opsdojo.calc.cicd.WorkflowOptions.Credentials;
import dev.opsdojo.calc.cicd.WorkflowOptions.DeployTarget;
import dev.opsdojo.calc.cicd.WorkflowOptions.Field;
import dev.opsdojo.calc.cicd.WorkflowOptions.TagStrategy;
import dev.opsdojo.ui.I18n;
import dev.opsdojo.ui.Styles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * The workflow generator: the learner's account, region, repository, credentials, branch, tag strategy and deploy
 * target become the workflow YAML, the job's minimal IAM policy and (for OIDC) the role's trust policy, live. Invalid
 * fields are named in a danger label and the last good output stays.
 */
final class GeneratorPane {
    private final I18n i18n;
    private final TextField region = field("cicdGenRegion");
    private final TextField account = field("cicdGenAccount");
    private final TextField repository = field("cicdGenRepository");
    private final RadioButton oidc = new RadioButton();
    private final RadioButton keys = new RadioButton();
    private final TextField role = field("cicdGenRole");
    private final TextField githubRepository = field("cicdGenGithubRepo");
    private final TextField branch = field("cicdGenBranch");
    private final ChoiceBox<TagStrategy> tags = new ChoiceBox<>();
    private final ChoiceBox<DeployTarget> deploy = new ChoiceBox<>();
    private final TextField cluster = field("cicdGenCluster");
    private final TextField service = field("cicdGenService");
    private final Map<Field, Node[]> rows = new EnumMap<>(Field.class);
    private final Label error = new Label();
    private final TextArea workflow = code("cicdGenWorkflow", 22);
    private final TextArea policy = code("cicdGenPolicy", 12);
    private final TextArea trust = code("cicdGenTrust", 12);
    private final VBox accessKeyWarning = new VBox(6);
    private final VBox trustBox = new VBox(6);

    private GeneratorPane(I18n i18n) {
        this.i18n = i18n;
    }

    static Node create(I18n i18n) {
        return new GeneratorPane(i18n).build();
    }

    private Node build() {
        WorkflowOptions d = WorkflowOptions.defaults();
        region.setText(d.region());
        account.setText(d.accountId());
        repository.setText(d.repositoryName());
        role.setText(d.roleName());
        githubRepository.setText(d.githubRepository());
        branch.setText(d.branch());
        cluster.setText(d.clusterName());
        service.setText(d.serviceName());
        ToggleGroup credentials = new ToggleGroup();
        oidc.setText(i18n.get("cicd.gen.oidc"));
        oidc.setId("cicdGenOidc");
        oidc.setToggleGroup(credentials);
        oidc.setSelected(true);
        keys.setText(i18n.get("cicd.gen.keys"));
        keys.setId("cicdGenKeys");
        keys.setToggleGroup(credentials);
        tags.getItems().setAll(TagStrategy.values());
        tags.setValue(d.tagStrategy());
        tags.setId("cicdGenTags");
        tags.setConverter(names("cicd.gen.tags."));
        deploy.getItems().setAll(DeployTarget.values());
        deploy.setValue(d.deployTarget());
        deploy.setId("cicdGenDeploy");
        deploy.setConverter(names("cicd.gen.deploy."));

        VBox form = new VBox(6);
        form.getStyleClass().add("cicd-form");
        int r = 0;
        r = row(form, r, Field.REGION, "cicd.gen.region", region);
        r = row(form, r, Field.ACCOUNT_ID, "cicd.gen.account", account);
        r = row(form, r, Field.REPOSITORY_NAME, "cicd.gen.repository", repository);
        r = row(form, r, null, "cicd.gen.credentials", new HBox(16, oidc, keys));
        r = row(form, r, Field.ROLE_NAME, "cicd.gen.role", role);
        r = row(form, r, Field.GITHUB_REPOSITORY, "cicd.gen.githubRepo", githubRepository);
        r = row(form, r, Field.BRANCH, "cicd.gen.branch", branch);
        r = row(form, r, null, "cicd.gen.tags", tags);
        r = row(form, r, null, "cicd.gen.deploy", deploy);
        r = row(form, r, Field.CLUSTER_NAME, "cicd.gen.cluster", cluster);
        row(form, r, Field.SERVICE_NAME, "cicd.gen.service", service);

        error.setId("cicdGenError");
        error.getStyleClass().add("danger");
        error.setWrapText(true);
        show(error, false);

        accessKeyWarning.setId("cicdGenKeyWarning");
        accessKeyWarning.getStyleClass().add(CicdLab.WARNING_BOX);
        accessKeyWarning.getChildren().addAll(CicdLab.wrapped(i18n.get("cicd.gen.keysWarning"), "md-strong"),
                CicdLab.bullets(CicdTexts.accessKeyReasons(i18n.language())));

        Button copy = new Button(i18n.get("cicd.gen.copy"));
        copy.setId("cicdGenCopy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(workflow.getText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        Button save = new Button(i18n.get("cicd.gen.save"));
        save.setId("cicdGenSave");
        save.setOnAction(e -> save());
        Label workflowTitle = CicdLab.wrapped(".github/workflows/" + WorkflowGenerator.fileName(null), "md-strong");
        HBox workflowHeader = new HBox(8, workflowTitle, copy, save);
        workflowHeader.setAlignment(Pos.CENTER_LEFT);

        trustBox.getChildren().addAll(CicdLab.wrapped(i18n.get("cicd.gen.trustTitle"), "md-strong"),
                CicdLab.wrapped(i18n.get("cicd.gen.trustNote"), Styles.MUTED), trust);
        VBox policyBox = new VBox(6, CicdLab.wrapped(i18n.get("cicd.gen.policyTitle"), "md-strong"),
                CicdLab.wrapped(i18n.get("cicd.gen.policyNote"), Styles.MUTED), policy);

        for (TextField f : List.of(region, account, repository, role, githubRepository, branch, cluster, service)) {
            f.textProperty().addListener((o, a, b) -> regenerate());
        }
        credentials.selectedToggleProperty().addListener((o, a, b) -> regenerate());
        tags.valueProperty().addListener((o, a, b) -> regenerate());
        deploy.valueProperty().addListener((o, a, b) -> regenerate());
        regenerate();
        return new VBox(12, CicdLab.wrapped(i18n.get("cicd.gen.hint"), Styles.MUTED), form, error, accessKeyWarning,
                workflowHeader, workflow, policyBox, trustBox);
    }

    private WorkflowOptions options() {
        return new WorkflowOptions(region.getText().strip(), account.getText().strip(), repository.getText().strip(),
                keys.isSelected() ? Credentials.ACCESS_KEYS : Credentials.OIDC_ROLE, role.getText().strip(),
                githubRepository.getText().strip(), branch.getText().strip(), tags.getValue(), deploy.getValue(),
                cluster.getText().strip(), service.getText().strip());
    }

    private void regenerate() {
        WorkflowOptions o = options();
        boolean usesRole = o.credentials() == Credentials.OIDC_ROLE;
        boolean deploys = o.deployTarget() != DeployTarget.NONE;
        showRow(Field.ROLE_NAME, usesRole);
        showRow(Field.GITHUB_REPOSITORY, usesRole);
        showRow(Field.CLUSTER_NAME, deploys);
        showRow(Field.SERVICE_NAME, deploys);
        show(accessKeyWarning, !usesRole);
        show(trustBox, usesRole);
        List<Field> problems = o.problems();
        if (!problems.isEmpty()) {
            error.setText(i18n.format("cicd.gen.invalid", problems.stream()
                    .map(f -> i18n.get("cicd.gen.invalid." + key(f))).collect(Collectors.joining("; "))));
            show(error, true);
            workflow.setOpacity(0.5);
            return;
        }
        show(error, false);
        workflow.setOpacity(1);
        workflow.setText(WorkflowGenerator.workflow(o));
        policy.setText(WorkflowGenerator.minimalPolicy(o));
        if (usesRole) {
            trust.setText(WorkflowGenerator.trustPolicy(o));
        }
    }

    private void save() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(WorkflowGenerator.fileName(null));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("YAML", "*.yml", "*.yaml"));
        java.io.File file = chooser.showSaveDialog(workflow.getScene() == null ? null : workflow.getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            Files.writeString(file.toPath(), workflow.getText(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            error.setText(i18n.format("cicd.gen.saveFailed", file.getName(), e.getMessage()));
            show(error, true);
        }
    }

    private int row(VBox form, int r, Field field, String labelKey, Node input) {
        Label label = new Label(i18n.get(labelKey));
        label.setWrapText(true);
        label.setMinWidth(150);
        label.setPrefWidth(190);
        HBox row = new HBox(10, label, input);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(input, Priority.ALWAYS);
        form.getChildren().add(row);
        if (field != null) {
            rows.put(field, new Node[] {row});
        }
        return r + 1;
    }

    private void showRow(Field field, boolean visible) {
        for (Node n : rows.get(field)) {
            show(n, visible);
        }
    }

    private <T extends Enum<T>> StringConverter<T> names(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : i18n.get(prefix + key(value));
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    static String key(Enum<?> value) {
        StringBuilder key = new StringBuilder();
        boolean upper = false;
        for (char c : value.name().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                key.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return key.toString();
    }

    static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        field.setMaxWidth(360);
        return field;
    }

    static TextArea code(String id, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setPrefRowCount(rows);
        area.getStyleClass().add(CicdLab.CODE);
        return area;
    }
}

package dev.opsdojo.lesson.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.content.ContentFile;
import dev.opsdojo.content.InteractiveCatalog;
import dev.opsdojo.content.Markdown;
import dev.opsdojo.lesson.PlainText;
import dev.opsdojo.ui.I18n;
import dev.opsdojo.ui.Styles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Each Markdown construct becomes the JavaFX nodes a reader expects. */
@ExtendWith(ApplicationExtension.class)
class MarkdownRendererTest {
    private final List<String> clicked = new ArrayList<>();
    private final WidgetRegistry widgets = new WidgetRegistry()
            .register("nines", (params, i18n) -> new Label("nines widget " + params.getOrDefault("availability", "")));

    @TempDir
    Path content;

    @Start
    void start(Stage stage) {
        stage.show();
    }

    private MarkdownRenderer.Rendered render(String markdown, String lang) {
        ContentFile file = new ContentFile(content, content.resolve("lessons/en/test.md"), "content");
        return new MarkdownRenderer(new I18n(lang), clicked::add, widgets, file).render(markdown);
    }

    private MarkdownRenderer.Rendered render(String markdown) {
        return render(markdown, "en");
    }

    private static String textOf(Node node) {
        return descendants(node).filter(Text.class::isInstance).map(n -> ((Text) n).getText()).collect(Collectors.joining());
    }

    private static Stream<Node> descendants(Node node) {
        Stream<Node> self = Stream.of(node);
        if (node instanceof Parent parent) {
            return Stream.concat(self, parent.getChildrenUnmodifiable().stream().flatMap(MarkdownRendererTest::descendants));
        }
        return self;
    }

    private static List<Text> textsWithClass(Node root, String styleClass) {
        return descendants(root).filter(n -> n instanceof Text && n.getStyleClass().contains(styleClass)).map(Text.class::cast).toList();
    }

    @Test
    void headingsBecomeStyledTextFlowsByLevel() {
        var blocks = render("# One\n\n## Two\n\n### Three\n").blocks();
        assertThat(blocks).hasSize(3);
        assertThat(blocks.get(0)).isInstanceOf(TextFlow.class);
        assertThat(blocks.get(0).getStyleClass()).contains("md-h1");
        assertThat(blocks.get(1).getStyleClass()).contains("md-h2");
        assertThat(blocks.get(2).getStyleClass()).contains("md-h3");
        assertThat(textOf(blocks.get(1))).isEqualTo("Two");
    }

    @Test
    void inlineEmphasisStrongAndCodeKeepTheirText() {
        Node paragraph = render("Plain *soft* **loud** ***both*** `kubectl get pods`.").blocks().get(0);
        assertThat(paragraph.getStyleClass()).contains(Styles.PARAGRAPH);
        assertThat(textsWithClass(paragraph, Styles.EMPHASIS)).extracting(Text::getText).containsExactly("soft");
        assertThat(textsWithClass(paragraph, Styles.STRONG)).extracting(Text::getText).containsExactly("loud");
        assertThat(textsWithClass(paragraph, Styles.STRONG_EMPHASIS)).extracting(Text::getText).containsExactly("both");
        assertThat(textsWithClass(paragraph, Styles.INLINE_CODE)).extracting(Text::getText).containsExactly("kubectl get pods");
        assertThat(textOf(paragraph)).isEqualTo("Plain soft loud both kubectl get pods.");
    }

    @Test
    void fencedCodeIsHighlightedAndKeepsItsExactText() {
        String yaml = "apiVersion: apps/v1\nkind: Deployment # the workload\nspec:\n  replicas: 3\n";
        VBox block = (VBox) render("```yaml\n" + yaml + "```\n").blocks().get(0);
        assertThat(block.getStyleClass()).contains(Styles.CODE_BLOCK);
        assertThat(block.getUserData()).isEqualTo(yaml.substring(0, yaml.length() - 1));
        TextFlow code = (TextFlow) block.getChildren().get(1);
        assertThat(textOf(code)).isEqualTo(yaml.substring(0, yaml.length() - 1));
        assertThat(textsWithClass(code, "tok-key")).extracting(Text::getText).contains("apiVersion", "kind", "  replicas");
        assertThat(textsWithClass(code, "tok-comment")).extracting(Text::getText).containsExactly("# the workload");
        assertThat(descendants(block).filter(n -> n instanceof Label l && l.getText().equals("yaml")).count()).isEqualTo(1);
    }

    @Test
    void theCopyButtonPutsTheCodeOnTheClipboard() {
        VBox block = (VBox) render("```bash\nkubectl scale deployment web --replicas=5\n```\n").blocks().get(0);
        Button copy = (Button) descendants(block).filter(n -> n.getStyleClass().contains("md-code-copy")).findFirst().orElseThrow();
        WaitForAsyncUtils.asyncFx(copy::fire);
        WaitForAsyncUtils.waitForFxEvents();
        String[] onClipboard = new String[1];
        WaitForAsyncUtils.asyncFx(() -> onClipboard[0] = Clipboard.getSystemClipboard().getString());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onClipboard[0]).isEqualTo("kubectl scale deployment web --replicas=5");
        assertThat(copy.getText()).isEqualTo("Copied");
    }

    @Test
    void nestedListsKeepTheirStructureAndNumbering() {
        String md = "1. first\n2. second\n   - inner a\n   - inner b\n3. third\n";
        VBox list = (VBox) render(md).blocks().get(0);
        assertThat(list.getStyleClass()).contains(Styles.LIST);
        assertThat(list.getChildren()).hasSize(3);
        List<String> markers = list.getChildren().stream().map(row -> ((Label) ((HBox) row).getChildren().get(0)).getText()).toList();
        assertThat(markers).containsExactly("1.", "2.", "3.");
        VBox secondContent = (VBox) ((HBox) list.getChildren().get(1)).getChildren().get(1);
        VBox inner = (VBox) secondContent.getChildren().get(1);
        assertThat(inner.getStyleClass()).contains(Styles.LIST);
        assertThat(inner.getChildren()).hasSize(2);
        assertThat(((Label) ((HBox) inner.getChildren().get(0)).getChildren().get(0)).getText()).isEqualTo("◦");
        assertThat(textOf(inner)).isEqualTo("inner ainner b");
    }

    @Test
    void orderedListsStartWhereTheAuthorStarted() {
        VBox list = (VBox) render("7. seven\n8. eight\n").blocks().get(0);
        assertThat(((Label) ((HBox) list.getChildren().get(0)).getChildren().get(0)).getText()).isEqualTo("7.");
    }

    @Test
    void aPlainBlockQuoteIsAQuote() {
        Node quote = render("> Quoted words\n> more\n").blocks().get(0);
        assertThat(quote.getStyleClass()).contains(Styles.BLOCK_QUOTE).doesNotContain(Styles.CALLOUT);
        assertThat(textOf(quote)).isEqualTo("Quoted words more");
    }

    @Test
    void calloutsShowTheirKindAndHideTheMarker() {
        var blocks = render("> [!NOTE]\n> Noted.\n\n> [!TIP]\n> Tipped.\n\n> [!WARNING]\n> Careful.\n", "ko").blocks();
        String[] kinds = {"note", "tip", "warning"};
        String[] titles = {"참고", "팁", "주의"};
        String[] bodies = {"Noted.", "Tipped.", "Careful."};
        for (int i = 0; i < 3; i++) {
            VBox callout = (VBox) blocks.get(i);
            assertThat(callout.getStyleClass()).contains(Styles.CALLOUT, kinds[i]);
            assertThat(((Label) callout.getChildren().get(0)).getText()).isEqualTo(titles[i]);
            assertThat(textOf(callout)).isEqualTo(bodies[i]).doesNotContain("[!");
        }
    }

    @Test
    void tablesBecomeGridsWithHeaderCellsAndAlignment() {
        String md = "| Availability | Per year |\n|:--|--:|\n| 99.9% | 8h 45m 36s |\n| 99.99% | 52m 33.6s |\n";
        GridPane grid = (GridPane) render(md).blocks().get(0);
        assertThat(grid.getStyleClass()).contains(Styles.TABLE);
        assertThat(grid.getChildren()).hasSize(6);
        Node headCell = grid.getChildren().get(0);
        assertThat(headCell.getStyleClass()).contains(Styles.TABLE_HEAD);
        assertThat(textOf(headCell)).isEqualTo("Availability");
        Node rightCell = grid.getChildren().get(3);
        assertThat(GridPane.getRowIndex(rightCell)).isEqualTo(1);
        assertThat(GridPane.getColumnIndex(rightCell)).isEqualTo(1);
        assertThat(textOf(rightCell)).isEqualTo("8h 45m 36s");
        assertThat(((TextFlow) ((VBox) rightCell).getChildren().get(0)).getTextAlignment()).isEqualTo(TextAlignment.RIGHT);
        assertThat(grid.getChildren().get(2).getStyleClass()).doesNotContain(Styles.TABLE_HEAD);
    }

    @Test
    void aThematicBreakIsASeparator() {
        Node rule = render("above\n\n---\n\nbelow\n").blocks().get(1);
        assertThat(descendants(rule).anyMatch(Separator.class::isInstance)).isTrue();
    }

    @Test
    void imagesLoadFromInsideTheContentFolder() throws Exception {
        Path assets = Files.createDirectories(content.resolve("lessons/assets"));
        try (var in = getClass().getResourceAsStream("/content/lessons/assets/scale-up-vs-out.png")) {
            Files.copy(in, assets.resolve("diagram.png"));
        }
        Node paragraph = render("![A diagram](../assets/diagram.png)").blocks().get(0);
        ImageView image = descendants(paragraph).filter(ImageView.class::isInstance).map(ImageView.class::cast).findFirst().orElseThrow();
        assertThat(image.getImage().isError()).isFalse();
        assertThat(image.getImage().getWidth()).isGreaterThan(100);
        assertThat(image.getAccessibleText()).isEqualTo("A diagram");
    }

    @Test
    void imagesOutsideTheContentFolderAreNotShown() {
        Node paragraph = render("![secret](../../../../etc/hostname)").blocks().get(0);
        assertThat(descendants(paragraph).anyMatch(ImageView.class::isInstance)).isFalse();
        assertThat(descendants(paragraph).anyMatch(n -> n.getStyleClass().contains(Styles.ERROR_BOX))).isTrue();
        assertThat(descendants(paragraph).filter(Label.class::isInstance).map(n -> ((Label) n).getText()).findFirst().orElseThrow())
                .contains("outside the content folder");
    }

    @Test
    void clickingALinkHandsItsTargetToTheApp() {
        Node paragraph = render("See [the nines](lesson:availability-nines) and [Kubernetes](https://kubernetes.io/).").blocks().get(0);
        List<Text> links = textsWithClass(paragraph, Styles.LINK);
        assertThat(links).extracting(Text::getText).containsExactly("the nines", "Kubernetes");
        links.get(0).fireEvent(new MouseEvent(MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0, MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, true, false, false, null));
        assertThat(clicked).containsExactly("lesson:availability-nines");
    }

    @Test
    void aWidgetBlockBecomesTheRegisteredControl() {
        Node widget = render("```widget nines availability=99.95\n```\n").blocks().get(0);
        assertThat(widget.getStyleClass()).contains(Styles.WIDGET);
        assertThat(widget.getId()).isEqualTo("widget-nines");
        assertThat(descendants(widget).filter(Label.class::isInstance).map(n -> ((Label) n).getText()))
                .containsExactly("nines widget 99.95");
    }

    @Test
    void anUnknownWidgetSaysSoAndAPlannedOneSaysItIsComing() {
        var catalog = Map.of("nines", InteractiveCatalog.Status.AVAILABLE, "later", InteractiveCatalog.Status.PLANNED);
        ContentFile file = new ContentFile(content, content.resolve("lessons/en/test.md"), "content");
        var blocks = new MarkdownRenderer(new I18n("en"), clicked::add, widgets, file, catalog)
                .render("```widget nope\n```\n\n```widget later\n```\n").blocks();
        assertThat(blocks.get(0).getStyleClass()).contains(Styles.ERROR_BOX);
        assertThat(descendants(blocks.get(0)).filter(Label.class::isInstance).map(n -> ((Label) n).getText()).findFirst().orElseThrow())
                .contains("nope");
        assertThat(blocks.get(1).getStyleClass()).doesNotContain(Styles.ERROR_BOX);
        assertThat(descendants(blocks.get(1)).filter(Label.class::isInstance).map(n -> ((Label) n).getText()).findFirst().orElseThrow())
                .contains("later").contains("not built yet");
    }

    @Test
    void aSqueezedTableKeepsEachColumnsLongestWordWhole(org.testfx.api.FxRobot robot) {
        String md = "| | Metrics | Logs |\n|---|---|---|\n| Example | numbers over time, aggregated and summed | one record per event, "
                + "with a long explanation that wraps |\n";
        Node table = render(md).blocks().get(0);
        VBox narrow = new VBox(table);
        narrow.setMaxWidth(260);
        narrow.setPrefWidth(260);
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(new javafx.scene.Scene(narrow, 260, 400));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Node exampleCell = descendants(table).filter(VBox.class::isInstance)
                .filter(n -> textOf(n).equals("Example")).findFirst().orElseThrow();
        Text word = new Text("Example");
        word.setFont(((Text) descendants(exampleCell).filter(Text.class::isInstance).findFirst().orElseThrow()).getFont());
        assertThat(exampleCell.getLayoutBounds().getWidth()).isGreaterThan(word.getLayoutBounds().getWidth());
    }

    @Test
    void rawHtmlIsShownAsTextNeverRun() {
        Node block = render("<script>alert('x')</script>\n").blocks().get(0);
        assertThat(textOf(block)).contains("<script>alert('x')</script>");
    }

    @Test
    void everyTopLevelBlockHasOneNodeInOrderForSearchToScrollTo() {
        String md = "# T\n\npara\n\n- a\n- b\n\n> q\n\n```\ncode\n```\n\n| a |\n|---|\n| b |\n\n---\n\nend\n";
        var rendered = render(md);
        assertThat(rendered.blocks()).hasSize(PlainText.topLevelBlocks(Markdown.parse(md)).size());
        assertThat(rendered.root().getChildren()).containsExactlyElementsOf(rendered.blocks());
        assertThat(textOf(rendered.blocks().get(rendered.blocks().size() - 1))).isEqualTo("end");
    }
}

package dev.opsdojo.lesson.ui;

import dev.opsdojo.content.ContentAssets;
import dev.opsdojo.content.ContentFile;
import dev.opsdojo.content.InteractiveCatalog;
import dev.opsdojo.content.Markdown;
import dev.opsdojo.lesson.CodeHighlighter;
import dev.opsdojo.ui.I18n;
import dev.opsdojo.ui.Styles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.animation.PauseTransition;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Turns a CommonMark AST into JavaFX nodes, without a browser engine. Each top-level Markdown block becomes one
 * node, in order, so search can scroll to "block i". Links never act by themselves: they are handed to the
 * {@link Consumer} the caller provides, which decides what a {@code lesson:}, {@code sim:} or web link does.
 */
public final class MarkdownRenderer {
    public static final double MAX_IMAGE_WIDTH = 760;
    private static final Pattern CALLOUT = Pattern.compile("^\\[!(NOTE|TIP|WARNING|IMPORTANT|CAUTION)]\\s*$", Pattern.CASE_INSENSITIVE);

    /**
     * The rendered body and its top-level blocks in Markdown order. When rendered progressively, {@code blocks}
     * holds the first blocks until {@link #finish()} builds and appends the rest.
     */
    public record Rendered(VBox root, List<javafx.scene.Node> blocks, Runnable remaining) {
        public void finish() {
            remaining.run();
        }
    }

    private final I18n i18n;
    private final Consumer<String> linkHandler;
    private final WidgetRegistry widgets;
    private final ContentFile file;
    private final Map<String, InteractiveCatalog.Status> widgetCatalog;

    /** @param file the lesson's file, to resolve images against; null for text without a file (e.g. a card answer) */
    public MarkdownRenderer(I18n i18n, Consumer<String> linkHandler, WidgetRegistry widgets, ContentFile file) {
        this(i18n, linkHandler, widgets, file, InteractiveCatalog.WIDGETS);
    }

    /** With another catalog of widgets, so a test can have a planned one whatever the real catalog holds. */
    MarkdownRenderer(I18n i18n, Consumer<String> linkHandler, WidgetRegistry widgets, ContentFile file,
                     Map<String, InteractiveCatalog.Status> widgetCatalog) {
        this.i18n = i18n;
        this.linkHandler = linkHandler;
        this.widgets = widgets;
        this.file = file;
        this.widgetCatalog = widgetCatalog;
    }

    public Rendered render(String markdown) {
        return render(markdown, Integer.MAX_VALUE);
    }

    /**
     * Renders the first {@code initialBlocks} blocks now and the rest when {@link Rendered#finish()} is called,
     * so the top of a long lesson can be on screen a frame earlier.
     */
    public Rendered render(String markdown, int initialBlocks) {
        Node document = Markdown.parse(markdown);
        VBox root = new VBox();
        root.getStyleClass().add(Styles.LESSON_BODY);
        List<javafx.scene.Node> blocks = new ArrayList<>();
        Node block = document.getFirstChild();
        for (int i = 0; block != null && i < initialBlocks; i++, block = block.getNext()) {
            javafx.scene.Node rendered = block(block);
            blocks.add(rendered);
            root.getChildren().add(rendered);
        }
        Node[] next = {block};
        Runnable remaining = () -> {
            List<javafx.scene.Node> rest = new ArrayList<>();
            for (Node b = next[0]; b != null; b = b.getNext()) {
                rest.add(block(b));
            }
            next[0] = null;
            blocks.addAll(rest);
            root.getChildren().addAll(rest);
        };
        return new Rendered(root, java.util.Collections.unmodifiableList(blocks), remaining);
    }

    private javafx.scene.Node block(Node node) {
        if (node instanceof Heading heading) {
            TextFlow flow = inlineFlow(heading, Set.of());
            flow.getStyleClass().add("md-h" + Math.min(4, heading.getLevel()));
            return flow;
        }
        if (node instanceof Paragraph paragraph) {
            TextFlow flow = inlineFlow(paragraph, Set.of());
            flow.getStyleClass().add(Styles.PARAGRAPH);
            return flow;
        }
        if (node instanceof FencedCodeBlock fenced) {
            var widget = Markdown.widgetOf(fenced);
            if (widget.isPresent()) {
                return widget(widget.get());
            }
            return codeBlock(firstWord(fenced.getInfo()), fenced.getLiteral());
        }
        if (node instanceof IndentedCodeBlock indented) {
            return codeBlock("", indented.getLiteral());
        }
        if (node instanceof BulletList || node instanceof OrderedList) {
            return list(node);
        }
        if (node instanceof BlockQuote quote) {
            return blockQuote(quote);
        }
        if (node instanceof TableBlock table) {
            return table(table);
        }
        if (node instanceof ThematicBreak) {
            Separator rule = new Separator();
            VBox box = new VBox(rule);
            box.getStyleClass().add(Styles.RULE);
            return box;
        }
        if (node instanceof HtmlBlock html) {
            // Raw HTML is shown as text: a lesson cannot inject markup or scripts.
            return codeBlock("", html.getLiteral());
        }
        return new Region();
    }

    private javafx.scene.Node blockQuote(BlockQuote quote) {
        Node first = quote.getFirstChild();
        if (first instanceof Paragraph paragraph) {
            List<Node> marker = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            for (Node inline = paragraph.getFirstChild(); inline instanceof Text text; inline = inline.getNext()) {
                marker.add(inline);
                literal.append(text.getLiteral());
            }
            Matcher matcher = CALLOUT.matcher(literal.toString().strip());
            if (!marker.isEmpty() && matcher.matches()) {
                String kind = matcher.group(1).toLowerCase(Locale.ROOT);
                Node after = marker.get(marker.size() - 1).getNext();
                Set<Node> skip = new HashSet<>(marker);
                if (after instanceof SoftLineBreak || after instanceof HardLineBreak) {
                    skip.add(after);
                }
                Label title = new Label(i18n.get("callout." + kind));
                title.getStyleClass().add(Styles.CALLOUT_TITLE);
                VBox box = new VBox(title);
                box.getStyleClass().addAll(Styles.CALLOUT, kind);
                TextFlow rest = inlineFlow(paragraph, skip);
                if (!rest.getChildren().isEmpty()) {
                    rest.getStyleClass().add(Styles.PARAGRAPH);
                    box.getChildren().add(rest);
                }
                for (Node child = paragraph.getNext(); child != null; child = child.getNext()) {
                    box.getChildren().add(block(child));
                }
                return box;
            }
        }
        VBox box = new VBox();
        box.getStyleClass().add(Styles.BLOCK_QUOTE);
        for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
            box.getChildren().add(block(child));
        }
        return box;
    }

    private javafx.scene.Node list(Node list) {
        VBox box = new VBox();
        box.getStyleClass().add(Styles.LIST);
        int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null ? ordered.getMarkerStartNumber() : 1;
        int depth = 0;
        for (Node p = list.getParent(); p != null; p = p.getParent()) {
            if (p instanceof BulletList || p instanceof OrderedList) {
                depth++;
            }
        }
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            String markerText = list instanceof OrderedList ? (number++) + "." : (depth % 2 == 0 ? "•" : "◦");
            Label marker = new Label(markerText);
            marker.getStyleClass().add(Styles.LIST_MARKER);
            VBox content = new VBox(4);
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                content.getChildren().add(block(child));
            }
            HBox.setHgrow(content, Priority.ALWAYS);
            HBox row = new HBox(marker, content);
            row.getStyleClass().add(Styles.LIST_ITEM);
            box.getChildren().add(row);
        }
        return box;
    }

    private javafx.scene.Node table(TableBlock table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(Styles.TABLE);
        grid.setMaxWidth(Region.USE_PREF_SIZE);
        int row = 0;
        int columns = 0;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            boolean head = section instanceof TableHead;
            for (Node r = section.getFirstChild(); r != null; r = r.getNext()) {
                if (!(r instanceof TableRow)) {
                    continue;
                }
                int col = 0;
                for (Node c = r.getFirstChild(); c != null; c = c.getNext()) {
                    if (!(c instanceof TableCell cell)) {
                        continue;
                    }
                    TextFlow flow = inlineFlow(cell, Set.of());
                    VBox box = new VBox(flow);
                    box.getStyleClass().add(Styles.TABLE_CELL);
                    if (head) {
                        box.getStyleClass().add(Styles.TABLE_HEAD);
                    }
                    box.setMaxWidth(Double.MAX_VALUE);
                    box.setMaxHeight(Double.MAX_VALUE);
                    // A squeezed table shrinks a column until words break letter by letter; keep the longest word whole.
                    box.setStyle(String.format(java.util.Locale.ROOT, "-fx-min-width: %.1fem;", minimumCellEm(cell)));
                    if (cell.getAlignment() == TableCell.Alignment.RIGHT) {
                        flow.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
                        box.setAlignment(Pos.TOP_RIGHT);
                    } else if (cell.getAlignment() == TableCell.Alignment.CENTER) {
                        flow.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
                        box.setAlignment(Pos.TOP_CENTER);
                    }
                    grid.add(box, col++, row);
                }
                columns = Math.max(columns, col);
                row++;
            }
        }
        for (int c = 0; c < columns; c++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setHalignment(HPos.LEFT);
            constraints.setFillWidth(true);
            constraints.setHgrow(Priority.SOMETIMES);
            grid.getColumnConstraints().add(constraints);
        }
        return grid;
    }

    /** Roughly the width of the cell's longest word in em (Hangul about 1em, other text about 0.6em), capped, plus padding. */
    static double minimumCellEm(Node cell) {
        StringBuilder text = new StringBuilder();
        collectLiterals(cell, text);
        double longest = 0;
        for (String word : text.toString().split("\\s+")) {
            double em = word.codePoints().mapToDouble(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL
                    || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN ? 1.0 : 0.6).sum();
            longest = Math.max(longest, em);
        }
        return Math.min(longest, 10) + 1.2;
    }

    private static void collectLiterals(Node node, StringBuilder text) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof org.commonmark.node.Text t) {
                text.append(t.getLiteral());
            } else if (child instanceof org.commonmark.node.Code code) {
                text.append(' ').append(code.getLiteral()).append(' ');
            } else {
                collectLiterals(child, text);
            }
        }
    }

    private javafx.scene.Node codeBlock(String language, String code) {
        String literal = code.endsWith("\n") ? code.substring(0, code.length() - 1) : code;
        Label lang = new Label(language.isEmpty() ? "" : language);
        lang.getStyleClass().add("md-code-lang");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button copy = new Button(i18n.get("code.copy"));
        copy.getStyleClass().addAll("flat", "small", "md-code-copy");
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(literal);
            Clipboard.getSystemClipboard().setContent(content);
            copy.setText(i18n.get("code.copied"));
            PauseTransition reset = new PauseTransition(Duration.seconds(1.5));
            reset.setOnFinished(done -> copy.setText(i18n.get("code.copy")));
            reset.play();
        });
        HBox header = new HBox(lang, spacer, copy);
        header.getStyleClass().add(Styles.CODE_HEADER);
        TextFlow text = new TextFlow();
        text.getStyleClass().add(Styles.CODE_TEXT);
        for (CodeHighlighter.Token token : CodeHighlighter.highlight(language, literal)) {
            javafx.scene.text.Text piece = new javafx.scene.text.Text(token.text());
            if (token.kind() != CodeHighlighter.Kind.PLAIN) {
                piece.getStyleClass().add("tok-" + token.kind().name().toLowerCase(Locale.ROOT));
            }
            text.getChildren().add(piece);
        }
        VBox box = new VBox(header, text);
        box.getStyleClass().add(Styles.CODE_BLOCK);
        box.setUserData(literal);
        return box;
    }

    private javafx.scene.Node widget(Markdown.WidgetSpec spec) {
        var created = widgets.create(spec.name(), spec.params(), i18n);
        if (created.isPresent()) {
            VBox box = new VBox(created.get());
            box.getStyleClass().add(Styles.WIDGET);
            box.setId("widget-" + spec.name());
            return box;
        }
        boolean planned = widgetCatalog.get(spec.name()) == InteractiveCatalog.Status.PLANNED;
        return planned ? notice(i18n.format("widget.coming", spec.name()), "md-widget")
                : errorBox(i18n.format("widget.unknown", spec.name()));
    }

    private VBox notice(String message, String styleClass) {
        Label label = new Label(message);
        label.setWrapText(true);
        label.getStyleClass().add(Styles.MUTED);
        VBox box = new VBox(label);
        box.getStyleClass().add(styleClass);
        return box;
    }

    static VBox errorBox(String message) {
        Label label = new Label(message);
        label.setWrapText(true);
        VBox box = new VBox(label);
        box.getStyleClass().add(Styles.ERROR_BOX);
        return box;
    }

    private TextFlow inlineFlow(Node parent, Set<Node> skip) {
        TextFlow flow = new TextFlow();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (!skip.contains(child)) {
                inline(child, flow, new InlineStyle(false, false, null));
            }
        }
        return flow;
    }

    private record InlineStyle(boolean strong, boolean emphasis, String href) {
        InlineStyle withStrong() {
            return new InlineStyle(true, emphasis, href);
        }

        InlineStyle withEmphasis() {
            return new InlineStyle(strong, true, href);
        }

        InlineStyle withLink(String destination) {
            return new InlineStyle(strong, emphasis, destination);
        }
    }

    private void inline(Node node, TextFlow flow, InlineStyle style) {
        if (node instanceof Text text) {
            flow.getChildren().add(text(text.getLiteral(), style, null));
        } else if (node instanceof Code code) {
            flow.getChildren().add(text(code.getLiteral(), style, Styles.INLINE_CODE));
        } else if (node instanceof SoftLineBreak) {
            flow.getChildren().add(text(" ", style, null));
        } else if (node instanceof HardLineBreak) {
            flow.getChildren().add(text("\n", style, null));
        } else if (node instanceof StrongEmphasis) {
            children(node, flow, style.withStrong());
        } else if (node instanceof Emphasis) {
            children(node, flow, style.withEmphasis());
        } else if (node instanceof Link link) {
            children(node, flow, style.withLink(link.getDestination()));
        } else if (node instanceof Image image) {
            flow.getChildren().add(image(image));
        } else if (node instanceof HtmlInline html) {
            flow.getChildren().add(text(html.getLiteral(), style, Styles.INLINE_CODE));
        } else {
            children(node, flow, style);
        }
    }

    private void children(Node node, TextFlow flow, InlineStyle style) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            inline(child, flow, style);
        }
    }

    private javafx.scene.text.Text text(String literal, InlineStyle style, String extraClass) {
        javafx.scene.text.Text text = new javafx.scene.text.Text(literal);
        text.getStyleClass().add(Styles.TEXT);
        if (style.strong() && style.emphasis()) {
            text.getStyleClass().add(Styles.STRONG_EMPHASIS);
        } else if (style.strong()) {
            text.getStyleClass().add(Styles.STRONG);
        } else if (style.emphasis()) {
            text.getStyleClass().add(Styles.EMPHASIS);
        }
        if (extraClass != null) {
            text.getStyleClass().add(extraClass);
        }
        if (style.href() != null) {
            String href = style.href();
            text.getStyleClass().add(Styles.LINK);
            text.setUserData(href);
            text.setCursor(Cursor.HAND);
            text.setOnMouseClicked(e -> linkHandler.accept(href));
            Tooltip.install(text, new Tooltip(href));
        }
        return text;
    }

    private javafx.scene.Node image(Image image) {
        String href = image.getDestination();
        if (file == null) {
            return errorBox(i18n.format("image.notShown", href));
        }
        var ref = ContentAssets.resolveImage(file, href);
        if (ref instanceof ContentAssets.Rejected rejected) {
            return errorBox(i18n.format("image.notShown", rejected.reason()));
        }
        var path = ((ContentAssets.Found) ref).path();
        try (InputStream in = Files.newInputStream(path)) {
            javafx.scene.image.Image loaded = new javafx.scene.image.Image(in);
            if (loaded.isError()) {
                return errorBox(i18n.format("image.notShown", href));
            }
            ImageView view = new ImageView(loaded);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.setFitWidth(Math.min(loaded.getWidth(), MAX_IMAGE_WIDTH));
            String alt = image.getFirstChild() instanceof Text
                    ? ((Text) image.getFirstChild()).getLiteral() : href;
            view.setAccessibleText(alt);
            Tooltip.install(view, new Tooltip(alt));
            VBox box = new VBox(view);
            box.getStyleClass().add(Styles.IMAGE);
            return box;
        } catch (IOException e) {
            return errorBox(i18n.format("image.notShown", href + ": " + e.getMessage()));
        }
    }

    private static String firstWord(String info) {
        if (info == null || info.isBlank()) {
            return "";
        }
        return info.strip().split("\\s+")[0];
    }
}

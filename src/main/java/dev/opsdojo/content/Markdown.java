package dev.opsdojo.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/** The one Markdown dialect lessons use: CommonMark plus GFM tables, with source positions kept. */
public final class Markdown {
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private Markdown() {
    }

    public static Node parse(String markdown) {
        return PARSER.parse(markdown);
    }

    /** 0-based line of a node inside the parsed text, or -1 when unknown. */
    public static int lineIndexOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (spans != null && !spans.isEmpty()) {
                return spans.get(0).getLineIndex();
            }
        }
        return -1;
    }

    /** A fenced block with the info string {@code widget NAME [key=value …]} is a live widget. */
    public record WidgetSpec(String name, Map<String, String> params) {
    }

    public static Optional<WidgetSpec> widgetOf(FencedCodeBlock block) {
        String info = block.getInfo() == null ? "" : block.getInfo().strip();
        String[] words = info.split("\\s+");
        if (words.length < 2 || !words[0].equals("widget")) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 2; i < words.length; i++) {
            int eq = words[i].indexOf('=');
            if (eq > 0) {
                params.put(words[i].substring(0, eq), words[i].substring(eq + 1));
            }
        }
        return Optional.of(new WidgetSpec(words[1], Map.copyOf(params)));
    }
}

package dev.opsdojo.lesson.ui;

import dev.opsdojo.lesson.SearchIndex;
import dev.opsdojo.ui.I18n;
import dev.opsdojo.ui.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Search results as the learner types: one entry per lesson (grouped under its topic), each with snippets whose
 * matched text is highlighted. Up/Down move the selection, Enter opens it at the first match.
 */
public final class SearchResultsView {
    private final I18n i18n;
    private final BiConsumer<String, Integer> openAtBlock;
    private final VBox list = new VBox();
    private final ScrollPane view = new ScrollPane(list);
    private final List<VBox> entries = new ArrayList<>();
    private List<SearchIndex.Hit> hits = List.of();
    private int selected = -1;

    public SearchResultsView(I18n i18n, BiConsumer<String, Integer> openAtBlock) {
        this.i18n = i18n;
        this.openAtBlock = openAtBlock;
        list.getStyleClass().add("search-results");
        list.setId("searchResults");
        view.setFitToWidth(true);
    }

    public Node view() {
        return view;
    }

    public void show(String query, List<SearchIndex.Hit> results) {
        hits = results;
        entries.clear();
        list.getChildren().clear();
        Label summary = new Label(results.isEmpty() ? i18n.format("search.noResults", query)
                : i18n.format("search.summary", results.size(), query));
        summary.setId("searchSummary");
        summary.getStyleClass().add(Styles.MUTED);
        summary.setWrapText(true);
        list.getChildren().add(summary);
        String lastGroup = null;
        for (int i = 0; i < results.size(); i++) {
            SearchIndex.Hit hit = results.get(i);
            if (!hit.document().group().equals(lastGroup)) {
                lastGroup = hit.document().group();
                Label group = new Label(lastGroup);
                group.getStyleClass().add("search-group");
                list.getChildren().add(group);
            }
            VBox entry = entry(hit, i);
            entries.add(entry);
            list.getChildren().add(entry);
        }
        select(results.isEmpty() ? -1 : 0);
    }

    private VBox entry(SearchIndex.Hit hit, int index) {
        TextFlow title = new TextFlow(text(hit.document().title(), false));
        title.getStyleClass().add("search-hit-title");
        VBox entry = new VBox(title);
        entry.getStyleClass().add(Styles.SEARCH_HIT);
        entry.setId("searchHit-" + hit.document().id());
        for (SearchIndex.Snippet snippet : hit.snippets()) {
            TextFlow flow = new TextFlow(
                    text(snippet.text().substring(0, snippet.matchStart()), false),
                    text(snippet.text().substring(snippet.matchStart(), snippet.matchEnd()), true),
                    text(snippet.text().substring(snippet.matchEnd()), false));
            flow.getStyleClass().add("search-snippet");
            entry.getChildren().add(flow);
        }
        if (hit.matchCount() > hit.snippets().size()) {
            Label more = new Label(i18n.format("search.matches", hit.matchCount()));
            more.getStyleClass().add(Styles.MUTED);
            entry.getChildren().add(more);
        }
        entry.setOnMouseClicked(e -> {
            select(index);
            openSelected();
        });
        return entry;
    }

    private static Text text(String value, boolean match) {
        Text text = new Text(value);
        text.getStyleClass().add(Styles.TEXT);
        if (match) {
            text.getStyleClass().add(Styles.SEARCH_MATCH);
        }
        return text;
    }

    public void moveSelection(int delta) {
        if (!entries.isEmpty()) {
            select(Math.floorMod(selected + delta, entries.size()));
        }
    }

    private void select(int index) {
        if (selected >= 0 && selected < entries.size()) {
            entries.get(selected).getStyleClass().remove("selected");
        }
        selected = index;
        if (index >= 0) {
            entries.get(index).getStyleClass().add("selected");
        }
    }

    /** Opens the selected result at its first matching block; false when there is nothing to open. */
    public boolean openSelected() {
        if (selected < 0 || selected >= hits.size()) {
            return false;
        }
        SearchIndex.Hit hit = hits.get(selected);
        int block = hit.snippets().isEmpty() ? -1 : hit.snippets().get(0).blockIndex();
        openAtBlock.accept(hit.document().id(), block);
        return true;
    }
}

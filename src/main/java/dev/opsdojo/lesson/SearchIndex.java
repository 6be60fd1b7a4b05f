package dev.opsdojo.lesson;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Search as you type over lessons (and, later, cards). Matching is case-insensitive substring matching on
 * NFC-normalised text, which also works for Korean, where words carry particles and have no boundaries
 * a word tokenizer could rely on ("스케일" finds "스케일링", "가용성을" finds nothing that lacks "을").
 * Documents are small (a course is well under a megabyte), so a linear scan is faster than maintaining an index.
 */
public final class SearchIndex {
    public static final int SNIPPET_RADIUS = 40;
    public static final int MAX_SNIPPETS_PER_DOCUMENT = 3;
    public static final int MAX_DOCUMENTS = 50;

    /** A searchable thing: {@code blocks.get(i)} is its i-th block of text (block -1 is the title). */
    public record Document(String kind, String id, String title, String group, List<String> blocks) {
        public Document {
            blocks = List.copyOf(blocks);
        }
    }

    /** A piece of text around a match; the match is {@code text.substring(matchStart, matchEnd)}. */
    public record Snippet(int blockIndex, String text, int matchStart, int matchEnd) {
    }

    public record Hit(Document document, boolean titleMatch, List<Snippet> snippets, int matchCount) {
    }

    private record Prepared(Document document, String title, List<String> blocks) {
    }

    private final List<Prepared> documents;

    public SearchIndex(List<Document> documents) {
        this.documents = documents.stream()
                .map(d -> new Prepared(d, fold(d.title()), d.blocks().stream().map(SearchIndex::fold).toList()))
                .toList();
    }

    /** Folds text for matching without changing its length, so offsets map back onto the original. */
    static String fold(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            out.append(Character.toLowerCase(nfc.charAt(i)));
        }
        return out.toString();
    }

    public List<Hit> search(String query) {
        String needle = fold(query == null ? "" : query.strip());
        if (needle.isEmpty()) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>();
        for (Prepared doc : documents) {
            boolean inTitle = doc.title.contains(needle);
            List<Snippet> snippets = new ArrayList<>();
            int count = 0;
            for (int b = 0; b < doc.blocks.size(); b++) {
                String folded = doc.blocks.get(b);
                int at = folded.indexOf(needle);
                while (at >= 0) {
                    count++;
                    if (snippets.size() < MAX_SNIPPETS_PER_DOCUMENT) {
                        snippets.add(snippet(doc.document.blocks().get(b), b, at, needle.length()));
                    }
                    at = folded.indexOf(needle, at + needle.length());
                }
            }
            if (inTitle || count > 0) {
                hits.add(new Hit(doc.document, inTitle, List.copyOf(snippets), count));
            }
        }
        hits.sort(Comparator.comparing((Hit h) -> !h.titleMatch()).thenComparing(h -> -h.matchCount()));
        return hits.size() > MAX_DOCUMENTS ? List.copyOf(hits.subList(0, MAX_DOCUMENTS)) : List.copyOf(hits);
    }

    private static Snippet snippet(String original, int blockIndex, int at, int length) {
        String nfc = Normalizer.normalize(original, Normalizer.Form.NFC);
        int from = Math.max(0, at - SNIPPET_RADIUS);
        int to = Math.min(nfc.length(), at + length + SNIPPET_RADIUS);
        String prefix = from > 0 ? "…" : "";
        String suffix = to < nfc.length() ? "…" : "";
        String text = prefix + nfc.substring(from, to) + suffix;
        int start = prefix.length() + (at - from);
        return new Snippet(blockIndex, text, start, start + length);
    }

    public int size() {
        return documents.size();
    }
}

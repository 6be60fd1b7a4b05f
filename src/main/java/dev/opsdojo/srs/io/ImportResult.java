package dev.opsdojo.srs.io;

import dev.opsdojo.content.DeckCard;
import java.util.List;

/**
 * What an import produced: the cards that were read, in file order, and the problems, ordered by line. Rows with
 * a problem are skipped and the rest are imported, so both lists can be non-empty. A refused file has no cards and
 * one problem about the whole file ({@link ImportProblem#isWholeFile()}).
 */
public record ImportResult(List<DeckCard> cards, List<ImportProblem> problems) {
    public ImportResult {
        cards = List.copyOf(cards);
        problems = List.copyOf(problems);
    }

    static ImportResult refused(ImportProblem.Kind kind, String reason) {
        return new ImportResult(List.of(), List.of(ImportProblem.wholeFile(kind, reason)));
    }

    /** True if the file as a whole was refused (too large, binary, not UTF-8). */
    public boolean refused() {
        return problems.stream().anyMatch(ImportProblem::isWholeFile);
    }
}

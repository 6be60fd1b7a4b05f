package dev.opsdojo.srs.io;

import java.util.List;

/** What a format parser read: cards in file order and the rows it had to skip. */
record Parsed(List<ParsedCard> cards, List<ImportProblem> problems) {
    Parsed {
        cards = List.copyOf(cards);
        problems = List.copyOf(problems);
    }
}

package dev.opsdojo.srs;

/** Where a card is in the FSRS state machine. */
public enum CardState { NEW, LEARNING, REVIEW, RELEARNING;

    /** "New", "Learning", "Review", "Relearning". */
    public String display() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}

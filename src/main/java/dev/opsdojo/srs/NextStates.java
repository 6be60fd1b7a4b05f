package dev.opsdojo.srs;

import java.util.Objects;

/** The outcome of each of the four ratings for one card at one time: what the review buttons show (Anki's next_states). */
public record NextStates(ScheduledOutcome again, ScheduledOutcome hard, ScheduledOutcome good, ScheduledOutcome easy) {

    public NextStates {
        Objects.requireNonNull(again, "again");
        Objects.requireNonNull(hard, "hard");
        Objects.requireNonNull(good, "good");
        Objects.requireNonNull(easy, "easy");
    }

    public ScheduledOutcome get(Rating rating) {
        return switch (rating) {
            case AGAIN -> again;
            case HARD -> hard;
            case GOOD -> good;
            case EASY -> easy;
        };
    }
}

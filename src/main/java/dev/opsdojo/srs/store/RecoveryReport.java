package dev.opsdojo.srs.store;

import java.util.List;

/**
 * What opening a {@link ReviewStore} found and did, as sentences for a person: which file, which line, what was kept
 * aside where, and what the collection was rebuilt from. Empty after a clean shutdown.
 *
 * <p>{@link Level#INFO} is routine after a crash (an unfinished last line that was never confirmed, a snapshot that
 * was being replaced); {@link Level#WARNING} is an event that could not take effect; {@link Level#ERROR} is damage
 * (a corrupt line or snapshot, a log that lost events), which the app should show to the learner.
 */
public record RecoveryReport(List<Notice> notices) {
    public enum Level { INFO, WARNING, ERROR }

    public record Notice(Level level, String message) {
        @Override
        public String toString() {
            return level + ": " + message;
        }
    }

    public RecoveryReport {
        notices = List.copyOf(notices);
    }

    public boolean isClean() {
        return notices.isEmpty();
    }

    public boolean hasErrors() {
        return notices.stream().anyMatch(n -> n.level() == Level.ERROR);
    }

    public List<Notice> atLevel(Level level) {
        return notices.stream().filter(n -> n.level() == level).toList();
    }

    /** The messages, one per line, for a log file or a dialog. */
    @Override
    public String toString() {
        return notices.isEmpty() ? "clean" : String.join("\n", notices.stream().map(Notice::toString).toList());
    }
}

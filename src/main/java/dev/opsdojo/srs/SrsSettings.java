package dev.opsdojo.srs;

/**
 * The learner's flashcard settings. Missing fields take defaults, so older files keep loading; out-of-range values
 * are clamped to the nearest sane value rather than refused, so a hand-edited file never stops the app.
 */
public record SrsSettings(Double desiredRetention, Integer maximumIntervalDays, Integer newCardsPerDay,
                          Integer reviewsPerDay, Integer dayStartHour, Boolean fuzz, Integer mockCountdownSeconds) {
    public static final String FILE = "srs-settings.json";

    public SrsSettings {
        desiredRetention = desiredRetention == null || desiredRetention.isNaN() ? 0.9 : Math.max(0.7, Math.min(0.99, desiredRetention));
        maximumIntervalDays = maximumIntervalDays == null ? 36500 : Math.max(1, Math.min(36500, maximumIntervalDays));
        newCardsPerDay = newCardsPerDay == null ? 20 : Math.max(0, Math.min(9999, newCardsPerDay));
        reviewsPerDay = reviewsPerDay == null ? 200 : Math.max(0, Math.min(99999, reviewsPerDay));
        dayStartHour = dayStartHour == null ? 4 : Math.max(0, Math.min(23, dayStartHour));
        fuzz = fuzz == null || fuzz;
        mockCountdownSeconds = mockCountdownSeconds == null ? 120 : Math.max(0, Math.min(3600, mockCountdownSeconds));
    }

    public static SrsSettings defaults() {
        return new SrsSettings(null, null, null, null, null, null, null);
    }

    public SrsSettings withNewCardsPerDay(int value) {
        return new SrsSettings(desiredRetention, maximumIntervalDays, value, reviewsPerDay, dayStartHour, fuzz, mockCountdownSeconds);
    }

    public SrsSettings withReviewsPerDay(int value) {
        return new SrsSettings(desiredRetention, maximumIntervalDays, newCardsPerDay, value, dayStartHour, fuzz, mockCountdownSeconds);
    }

    public SrsSettings withDayStartHour(int value) {
        return new SrsSettings(desiredRetention, maximumIntervalDays, newCardsPerDay, reviewsPerDay, value, fuzz, mockCountdownSeconds);
    }

    public SrsSettings withDesiredRetention(double value) {
        return new SrsSettings(value, maximumIntervalDays, newCardsPerDay, reviewsPerDay, dayStartHour, fuzz, mockCountdownSeconds);
    }
}

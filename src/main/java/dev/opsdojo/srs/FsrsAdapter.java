package dev.opsdojo.srs;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/** The FSRS scheduler behind the {@link Scheduler} interface the screens use. */
public final class FsrsAdapter implements Scheduler {
    private final FsrsScheduler fsrs;

    public FsrsAdapter(FsrsScheduler fsrs) {
        this.fsrs = fsrs;
    }

    /** FSRS with the learner's settings: retention, maximum interval, fuzz and day boundary. */
    public static FsrsAdapter of(SrsSettings settings, java.time.ZoneId zone) {
        return new FsrsAdapter(new FsrsScheduler(FsrsParameters.defaults()
                .withDesiredRetention(settings.desiredRetention())
                .withMaximumIntervalDays(settings.maximumIntervalDays())
                .withFuzz(settings.fuzz())
                .withDayStartHour(settings.dayStartHour())
                .withZone(zone)));
    }

    @Override
    public Map<Rating, Outcome> preview(SrsCard card, Instant now) {
        NextStates next = fsrs.preview(card, now);
        Map<Rating, Outcome> out = new EnumMap<>(Rating.class);
        for (Rating rating : Rating.values()) {
            ScheduledOutcome o = next.get(rating);
            out.put(rating, new Outcome(o.card(), o.scheduledDays(), o.interval()));
        }
        return out;
    }

    @Override
    public double retrievability(SrsCard card, Instant now) {
        return fsrs.retrievability(card, now).orElse(1.0);
    }
}

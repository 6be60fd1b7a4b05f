package dev.opsdojo.ui;

import java.util.Map;
import java.util.function.Predicate;

/**
 * Reading a lesson widget's {@code key=value} parameters. A value that is missing or does not make sense gives the
 * default, so a typo in a lesson still shows a working widget (the validator reports unknown widgets, not values).
 */
public final class WidgetParams {
    private WidgetParams() {
    }

    /** The value, stripped, when {@code valid} accepts it; otherwise {@code fallback}. */
    public static String text(Map<String, String> params, String key, String fallback, Predicate<String> valid) {
        String text = params.get(key);
        return text != null && valid.test(text.strip()) ? text.strip() : fallback;
    }

    /** A whole number within [low, high]; otherwise {@code fallback}. */
    public static int wholeNumber(Map<String, String> params, String key, int fallback, int low, int high) {
        try {
            int value = Integer.parseInt(params.getOrDefault(key, String.valueOf(fallback)).strip());
            return value < low || value > high ? fallback : value;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}

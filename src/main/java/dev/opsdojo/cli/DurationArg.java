package dev.opsdojo.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A duration flag value in seconds: a decimal number with the unit {@code ms}, {@code s} or {@code m}
 * ({@code 50ms}, {@code 0.3s}, {@code 10s}, {@code 1.5m}). A bare number is refused, since "300" could mean
 * milliseconds or seconds. picocli adds the flag's name to the message.
 */
public final class DurationArg implements ITypeConverter<Double> {
    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?|\\.\\d+)\\s*(ms|s|m)");

    /** The seconds in {@code text}, or an exception whose message says what a duration looks like. */
    public static double parseSeconds(String text) {
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        Matcher m = DURATION.matcher(trimmed);
        if (!m.matches()) {
            if (trimmed.matches("\\d+(\\.\\d+)?")) {
                throw new TypeConversionException("'" + text + "' needs a unit: ms, s or m (e.g. " + trimmed + "ms or " + trimmed + "s)");
            }
            throw new TypeConversionException("'" + text + "' is not a duration such as 50ms, 0.3s, 10s or 1m");
        }
        double amount = Double.parseDouble(m.group(1));
        double seconds = switch (m.group(2)) {
            case "ms" -> amount / 1000;
            case "s" -> amount;
            default -> amount * 60;
        };
        if (!Double.isFinite(seconds)) {
            throw new TypeConversionException("'" + text + "' is too long a duration");
        }
        return seconds;
    }

    @Override
    public Double convert(String value) {
        return parseSeconds(value);
    }
}

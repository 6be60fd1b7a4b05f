package dev.opsdojo.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where a link in a lesson goes. A lesson can only show things: web links open in the system browser,
 * the in-app schemes navigate, and anything else ({@code file:}, {@code javascript:}, relative paths) is refused.
 */
public sealed interface LinkTarget {

    record Web(URI uri) implements LinkTarget {
    }

    record LessonLink(String lessonId) implements LinkTarget {
    }

    record CardLink(String cardId) implements LinkTarget {
    }

    record SimLink(String name, Map<String, String> params) implements LinkTarget {
    }

    record CalcLink(String name) implements LinkTarget {
    }

    record Refused(String href, String reason) implements LinkTarget {
    }

    static LinkTarget parse(String href) {
        String trimmed = href == null ? "" : href.strip();
        int colon = trimmed.indexOf(':');
        if (colon <= 0) {
            return new Refused(trimmed, "only https:, lesson:, card:, sim: and calc: links are allowed");
        }
        String scheme = trimmed.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = trimmed.substring(colon + 1);
        switch (scheme) {
            case "https", "http", "mailto" -> {
                try {
                    return new Web(new URI(trimmed));
                } catch (URISyntaxException e) {
                    return new Refused(trimmed, "malformed web address: " + e.getReason());
                }
            }
            case "lesson" -> {
                return validName(rest) ? new LessonLink(rest) : new Refused(trimmed, "malformed lesson id");
            }
            case "card" -> {
                return validName(rest) ? new CardLink(rest) : new Refused(trimmed, "malformed card id");
            }
            case "calc" -> {
                return validName(rest) ? new CalcLink(rest) : new Refused(trimmed, "malformed calculator name");
            }
            case "sim" -> {
                int question = rest.indexOf('?');
                String name = question < 0 ? rest : rest.substring(0, question);
                if (!validName(name)) {
                    return new Refused(trimmed, "malformed simulator name");
                }
                Map<String, String> params = new LinkedHashMap<>();
                if (question >= 0) {
                    for (String pair : rest.substring(question + 1).split("&")) {
                        if (pair.isEmpty()) {
                            continue;
                        }
                        int eq = pair.indexOf('=');
                        String key = eq < 0 ? pair : pair.substring(0, eq);
                        String value = eq < 0 ? "" : pair.substring(eq + 1);
                        try {
                            params.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
                        } catch (IllegalArgumentException badEscape) {
                            return new Refused(trimmed, "malformed parameter encoding in '" + pair + "' (a % must be followed by two hex digits)");
                        }
                    }
                }
                return new SimLink(name, Map.copyOf(params));
            }
            default -> {
                return new Refused(trimmed, "links with the scheme '" + scheme + ":' are not allowed in lessons");
            }
        }
    }

    private static boolean validName(String name) {
        return name.matches("[a-z0-9][a-z0-9._-]{0,99}");
    }
}

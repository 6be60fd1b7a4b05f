package dev.opsdojo.content;

import java.util.List;
import java.util.Locale;

/** The languages content and UI exist in. */
public final class Languages {
    public static final List<String> SUPPORTED = List.of("en", "ko");
    /** Which language to fall back to first when a lesson is missing in the wanted one. */
    public static final List<String> FALLBACK_ORDER = List.of("en", "ko");

    private Languages() {
    }

    public static boolean isSupported(String lang) {
        return SUPPORTED.contains(lang);
    }

    /** The supported language closest to a locale: Korean for ko-*, English otherwise. */
    public static String forLocale(Locale locale) {
        return "ko".equals(locale.getLanguage()) ? "ko" : "en";
    }
}

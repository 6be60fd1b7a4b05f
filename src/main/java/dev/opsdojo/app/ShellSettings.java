package dev.opsdojo.app;

/**
 * The shell's remembered settings: language, theme, text size, window geometry, the last section, an optional
 * user content folder and the simulator last shown in the Simulators section. Missing fields take defaults, so older settings files keep loading.
 */
public record ShellSettings(String language, String theme, Double textScale,
                            Double windowX, Double windowY, Double windowWidth, Double windowHeight, Boolean maximized,
                            String section, String contentDir, String simulator) {
    public static final String FILE = "settings.json";
    public static final String THEME_LIGHT = "light";
    public static final String THEME_DARK = "dark";
    public static final double MIN_TEXT_SCALE = 0.8;
    public static final double MAX_TEXT_SCALE = 1.6;

    public ShellSettings {
        theme = THEME_DARK.equals(theme) ? THEME_DARK : THEME_LIGHT;
        textScale = textScale == null || textScale.isNaN() ? 1.0 : Math.max(MIN_TEXT_SCALE, Math.min(MAX_TEXT_SCALE, textScale));
        maximized = maximized != null && maximized;
    }

    /** Defaults: the language comes from the OS locale on first start. */
    public static ShellSettings defaults(String osLanguage) {
        return new ShellSettings(osLanguage, THEME_LIGHT, 1.0, null, null, null, null, false, null, null, null);
    }

    public ShellSettings withLanguage(String value) {
        return new ShellSettings(value, theme, textScale, windowX, windowY, windowWidth, windowHeight, maximized, section, contentDir, simulator);
    }

    public ShellSettings withTheme(String value) {
        return new ShellSettings(language, value, textScale, windowX, windowY, windowWidth, windowHeight, maximized, section, contentDir, simulator);
    }

    public ShellSettings withTextScale(double value) {
        return new ShellSettings(language, theme, value, windowX, windowY, windowWidth, windowHeight, maximized, section, contentDir, simulator);
    }

    public ShellSettings withWindow(double x, double y, double width, double height, boolean isMaximized) {
        return new ShellSettings(language, theme, textScale, x, y, width, height, isMaximized, section, contentDir, simulator);
    }

    public ShellSettings withSection(String value) {
        return new ShellSettings(language, theme, textScale, windowX, windowY, windowWidth, windowHeight, maximized, value, contentDir, simulator);
    }

    public ShellSettings withSimulator(String value) {
        return new ShellSettings(language, theme, textScale, windowX, windowY, windowWidth, windowHeight, maximized, section, contentDir, value);
    }

    public boolean hasWindowGeometry() {
        return windowX != null && windowY != null && windowWidth != null && windowHeight != null
                && windowWidth >= 400 && windowHeight >= 300;
    }

    public boolean isDark() {
        return THEME_DARK.equals(theme);
    }
}

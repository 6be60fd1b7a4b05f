package dev.opsdojo.ui;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;

/**
 * Loads the bundled fonts: Pretendard (OFL) for text, so Hangul renders on machines without any CJK font,
 * and D2Coding (OFL) for code, a monospace font with Hangul.
 */
public final class Fonts {
    public static final String TEXT_FAMILY = "Pretendard";
    public static final String CODE_FAMILY = "D2Coding";
    private static boolean loaded;

    private Fonts() {
    }

    public static synchronized void load() {
        if (loaded) {
            return;
        }
        for (String file : new String[] {"Pretendard-Regular.otf", "Pretendard-Bold.otf", "D2Coding-subset.ttf"}) {
            try (InputStream in = Fonts.class.getResourceAsStream("/dev/opsdojo/fonts/" + file)) {
                if (in == null || Font.loadFont(in, 14) == null) {
                    System.err.println("OpsDojo: could not load the bundled font " + file + "; Korean may not render.");
                }
            } catch (IOException e) {
                System.err.println("OpsDojo: could not read the bundled font " + file + ": " + e.getMessage());
            }
        }
        loaded = true;
    }
}

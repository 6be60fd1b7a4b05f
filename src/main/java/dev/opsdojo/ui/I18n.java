package dev.opsdojo.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.PropertyResourceBundle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI strings of one language, from messages*.properties (both languages have every key; a test checks it). */
public final class I18n {
    private final String language;
    private final ResourceBundle bundle;

    public I18n(String language) {
        this.language = language;
        ResourceBundle english = read("/dev/opsdojo/i18n/messages.properties", null);
        this.bundle = "en".equals(language) ? english : read("/dev/opsdojo/i18n/messages_" + language + ".properties", english);
    }

    /**
     * Reads a bundle file directly (UTF-8). ResourceBundle.getBundle would fall back to the OS locale
     * before the base file, showing Korean to someone who chose English on a Korean machine.
     */
    private static ResourceBundle read(String resource, ResourceBundle parent) {
        try (InputStream in = I18n.class.getResourceAsStream(resource)) {
            if (in == null) {
                if (parent != null) {
                    return parent;
                }
                throw new IllegalStateException("missing UI strings " + resource);
            }
            return new Bundle(new InputStreamReader(in, StandardCharsets.UTF_8), parent);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Bundle extends PropertyResourceBundle {
        Bundle(Reader reader, ResourceBundle parent) throws IOException {
            super(reader);
            if (parent != null) {
                setParent(parent);
            }
        }
    }

    public String language() {
        return language;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public String format(String key, Object... args) {
        return new MessageFormat(get(key), locale()).format(args);
    }
}

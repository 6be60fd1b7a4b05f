package dev.opsdojo.lesson.ui;

import dev.opsdojo.ui.I18n;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javafx.scene.Node;

/**
 * Live controls lessons embed with a fenced block {@code ```widget NAME}. Features register their widgets
 * here once at start-up; the renderer asks for a fresh control each time a lesson is shown.
 */
public final class WidgetRegistry {

    @FunctionalInterface
    public interface WidgetFactory {
        Node create(Map<String, String> params, I18n i18n);
    }

    private final Map<String, WidgetFactory> factories = new TreeMap<>();

    public WidgetRegistry register(String name, WidgetFactory factory) {
        if (factories.putIfAbsent(name, factory) != null) {
            throw new IllegalStateException("widget '" + name + "' is registered twice");
        }
        return this;
    }

    public Optional<Node> create(String name, Map<String, String> params, I18n i18n) {
        WidgetFactory factory = factories.get(name);
        return factory == null ? Optional.empty() : Optional.of(factory.create(params, i18n));
    }

    public boolean has(String name) {
        return factories.containsKey(name);
    }
}

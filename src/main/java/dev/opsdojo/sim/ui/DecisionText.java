package dev.opsdojo.sim.ui;

import dev.opsdojo.sim.session.Snapshot.Decision;
import dev.opsdojo.ui.I18n;
import java.util.stream.Collectors;

/**
 * A controller decision in words: {@code sim.decision.<kind>} formatted with the arguments, where a text argument
 * with a {@code sim.reason.<text>} key is replaced by that explanation. An unknown kind still reads: the controller,
 * the kind split into words, and the arguments, e.g. "HPA: scale paused (3, cooldown)".
 */
final class DecisionText {
    static String format(I18n i18n, Decision decision) {
        Object[] args = decision.arguments().stream().map(a -> reason(i18n, a)).toArray();
        String key = "sim.decision." + decision.kind();
        if (!i18n.get(key).startsWith("!")) {
            return i18n.format(key, args);
        }
        String words = decision.kind().replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase();
        String controller = decision.controller() == null || decision.controller().isBlank() ? "" : decision.controller() + ": ";
        String list = decision.arguments().isEmpty() ? ""
                : decision.arguments().stream().map(a -> String.valueOf(reason(i18n, a))).collect(Collectors.joining(", ", " (", ")"));
        return controller + words + list;
    }

    private static Object reason(I18n i18n, Object argument) {
        if (argument instanceof String text && !text.isBlank() && text.matches("[A-Za-z0-9_-]+")) {
            String explained = i18n.get("sim.reason." + text);
            return explained.startsWith("!") ? text : explained;
        }
        return argument;
    }

    private DecisionText() {
    }
}

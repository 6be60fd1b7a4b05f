package dev.opsdojo.sim.deploy.ui;

import dev.opsdojo.sim.deploy.DeployMessage;
import dev.opsdojo.sim.deploy.DeployResult;
import dev.opsdojo.sim.deploy.DeployState;
import dev.opsdojo.sim.deploy.Fault;
import dev.opsdojo.sim.deploy.Strategy;
import dev.opsdojo.ui.I18n;
import java.util.Locale;

/**
 * The deployment simulator's words in the chosen language. A {@link DeployMessage} is shown from
 * {@code sim.deploy.msg.<kind id>} with the model's arguments in order (English from the model when a key is missing,
 * so a new kind is never blank); roles, phases, outcomes, strategies and faults from {@code sim.deploy.role.*},
 * {@code .phase.*}, {@code .outcome.*}, {@code .strategy.*} and {@code .fault.*}.
 */
final class DeployTexts {
    private DeployTexts() {
    }

    static String message(I18n i18n, DeployMessage message) {
        String key = "sim.deploy.msg." + message.kind().id();
        if (i18n.get(key).startsWith("!")) {
            return message.english();
        }
        Object[] args = message.args().toArray();
        switch (message.kind()) {
            case ROLLOUT_STARTED -> localise(i18n, args, 1, "sim.deploy.strategy.");
            case STEP_IDLE -> localise(i18n, args, 3, "sim.deploy.strategy.");
            case RELEASE_BROKEN -> localise(i18n, args, 1, "sim.deploy.fault.");
            case AB_STARTED -> localise(i18n, args, 2, "sim.deploy.split.");
            default -> { }
        }
        return i18n.format(key, args);
    }

    /** The model passes names as written in scenario files (e.g. "blue-green", "errors"); the screen says them in words. */
    private static void localise(I18n i18n, Object[] args, int index, String prefix) {
        if (index < args.length) {
            String words = i18n.get(prefix + args[index]);
            if (!words.startsWith("!")) {
                args[index] = words;
            }
        }
    }

    static String key(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A ReplicaSet's role as the learner knows it; under blue/green the first version is blue and the next green. */
    static String role(I18n i18n, DeployState.ReplicaSetView rs, Strategy strategy) {
        if (strategy instanceof Strategy.BlueGreen && (rs.role() == DeployState.Role.ACTIVE || rs.role() == DeployState.Role.PREVIEW)) {
            String colour = i18n.get(rs.version() == 0 ? "sim.deploy.role.blue" : "sim.deploy.role.green");
            return colour + " · " + i18n.get("sim.deploy.role." + key(rs.role()));
        }
        return i18n.get("sim.deploy.role." + key(rs.role()));
    }

    static String strategy(I18n i18n, String json) {
        return i18n.get("sim.deploy.strategy." + json);
    }

    static String outcome(I18n i18n, DeployResult.Outcome outcome) {
        return i18n.get("sim.deploy.outcome." + outcome.json());
    }

    static String phase(I18n i18n, DeployState.PodPhase phase) {
        return i18n.get("sim.deploy.phase." + key(phase));
    }

    static String fault(I18n i18n, Fault.Kind kind) {
        return i18n.get("sim.deploy.fault." + kind.json());
    }

    /** A share from 0 to 1 as a percentage with at most one decimal. */
    static String percent(I18n i18n, double share) {
        if (!Double.isFinite(share)) {
            return "–";
        }
        double p = share * 100;
        return String.format(i18n.locale(), p == Math.rint(p) || p >= 10 ? "%.0f%%" : "%.1f%%", p);
    }

    /** Simulated seconds as m:ss, or a dash for "did not happen" (NaN). */
    static String time(double seconds) {
        return Double.isFinite(seconds) ? dev.opsdojo.sim.ui.Clock.format(seconds) : "–";
    }

    static String count(I18n i18n, long n) {
        return String.format(i18n.locale(), "%,d", n);
    }
}

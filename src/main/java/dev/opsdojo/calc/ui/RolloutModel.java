package dev.opsdojo.calc.ui;

import dev.opsdojo.calc.rollout.RollingUpdate;
import dev.opsdojo.calc.rollout.RolloutPlan;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The rollout calculator's view model: the three inputs as typed, the plan of the last input that Kubernetes would
 * accept, and why the current input would be refused (null while it is fine). A refused input leaves the last plan in
 * place, so the screen can keep showing it.
 */
final class RolloutModel {
    private final StringProperty replicas = new SimpleStringProperty(this, "replicas", "");
    private final StringProperty maxSurge = new SimpleStringProperty(this, "maxSurge", "");
    private final StringProperty maxUnavailable = new SimpleStringProperty(this, "maxUnavailable", "");
    private final ReadOnlyObjectWrapper<RolloutPlan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyObjectWrapper<RollingUpdate.Refused> problem = new ReadOnlyObjectWrapper<>(this, "problem");

    RolloutModel(String replicasText, String maxSurgeText, String maxUnavailableText) {
        replicas.set(replicasText);
        maxSurge.set(maxSurgeText);
        maxUnavailable.set(maxUnavailableText);
        recompute();
        replicas.addListener((obs, old, text) -> recompute());
        maxSurge.addListener((obs, old, text) -> recompute());
        maxUnavailable.addListener((obs, old, text) -> recompute());
    }

    private void recompute() {
        try {
            RolloutPlan next = RolloutPlan.of(replicas.get(), maxSurge.get(), maxUnavailable.get());
            problem.set(null);
            plan.set(next);
        } catch (RollingUpdate.Refused refused) {
            problem.set(refused);
        }
    }

    StringProperty replicasProperty() {
        return replicas;
    }

    StringProperty maxSurgeProperty() {
        return maxSurge;
    }

    StringProperty maxUnavailableProperty() {
        return maxUnavailable;
    }

    /** The last plan that resolved; null only if the very first input was refused. */
    ReadOnlyObjectProperty<RolloutPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    RolloutPlan plan() {
        return plan.get();
    }

    /** Why the current input would be refused, or null. */
    ReadOnlyObjectProperty<RollingUpdate.Refused> problemProperty() {
        return problem.getReadOnlyProperty();
    }

    RollingUpdate.Refused problem() {
        return problem.get();
    }
}

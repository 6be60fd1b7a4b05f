package dev.opsdojo.sim.deploy;

import dev.opsdojo.sim.scenario.Scenario;
import java.util.Objects;

/**
 * A deployment scenario file: the traffic, service and pods of a scale-out {@link Scenario} (its autoscalers, nodes
 * and failures are not used: the replica count holds during a rollout), plus the deployment to release.
 */
public record DeployScenario(Scenario base, DeploymentSpec deployment) {
    public DeployScenario {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(deployment, "deployment");
    }

    public DeployScenario withDeployment(DeploymentSpec newDeployment) {
        return new DeployScenario(base, newDeployment);
    }
}

package dev.opsdojo.sim.deploy.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsdojo.sim.deploy.DeployDefaults;
import dev.opsdojo.sim.deploy.DeployScenario;
import dev.opsdojo.sim.deploy.Fault;
import dev.opsdojo.sim.deploy.Strategy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The setup panel's options: each changes one thing, refuses what the model refuses, ignores other strategies. */
class DeploySetupTest {
    private static final DeployScenario ROLLING = DeployDefaults.scenario("rolling");

    @Test
    void replicasAndStartUpChangeOnlyThemselves() {
        DeployScenario s = DeploySetup.withStartupSeconds(DeploySetup.withReplicas(ROLLING, 20), 45);
        assertThat(s.deployment().replicas()).isEqualTo(20);
        assertThat(s.deployment().release().startupSeconds()).isEqualTo(45);
        assertThat(s.deployment().stable()).isEqualTo(ROLLING.deployment().stable());
        assertThat(s.deployment().strategy()).isEqualTo(ROLLING.deployment().strategy());
    }

    @Test
    void rollingOptionsKeepTheRevisionHistoryLimit() {
        Strategy.Rolling r = (Strategy.Rolling) DeploySetup.withRolling(ROLLING, " 1 ", "0", 5, 120).deployment().strategy();
        assertThat(r).isEqualTo(new Strategy.Rolling("1", "0", 5, 120, Strategy.Rolling.DEFAULT.revisionHistoryLimit()));
    }

    @Test
    void surgeAndUnavailableBothZeroIsRefusedWithTheModelsReason() {
        assertThatThrownBy(() -> DeploySetup.withRolling(ROLLING, "0", "0%", 0, 600)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"recreate", "blue-green", "canary", "ab"})
    void anotherStrategysOptionLeavesTheScenarioAlone(String name) {
        DeployScenario s = DeployDefaults.scenario(name);
        DeployScenario changed = DeploySetup.withRolling(s, "1", "1", 0, 600);
        if (!name.equals("canary")) {
            changed = DeploySetup.withCanaryAnalysis(changed, false);
        }
        if (!name.equals("ab")) {
            changed = DeploySetup.withVariantBPercent(changed, 10);
        }
        if (!name.equals("blue-green")) {
            changed = DeploySetup.withAutoPromotion(changed, false);
        }
        assertThat(changed).isEqualTo(s);
    }

    @Test
    void canaryOptions() {
        DeployScenario s = DeployDefaults.scenario("canary");
        s = DeploySetup.withCanaryRouting(s, Strategy.TrafficRouting.REPLICA_RATIO);
        s = DeploySetup.withCanarySteps(s, DeploySetup.CANARY_PLANS.get("manual"));
        s = DeploySetup.withCanaryAnalysis(s, false);
        Strategy.Canary c = (Strategy.Canary) s.deployment().strategy();
        assertThat(c.trafficRouting()).isEqualTo(Strategy.TrafficRouting.REPLICA_RATIO);
        assertThat(DeploySetup.canaryPlanOf(c.steps())).isEqualTo("manual");
        assertThat(c.analysis()).isNull();
        assertThat(((Strategy.Canary) DeploySetup.withCanaryAnalysis(s, true).deployment().strategy()).analysis()).isNotNull();
    }

    @Test
    void theDefaultCanaryStepsAreTheTimedPlan() {
        assertThat(DeploySetup.canaryPlanOf(Strategy.Canary.DEFAULT.steps())).isEqualTo("timed");
    }

    @Test
    void blueGreenAndAbOptions() {
        Strategy.BlueGreen b = (Strategy.BlueGreen) DeploySetup.withScaleDownDelay(
                DeploySetup.withAutoPromotion(DeployDefaults.scenario("blue-green"), false), 90).deployment().strategy();
        assertThat(b.autoPromotionEnabled()).isFalse();
        assertThat(b.scaleDownDelaySeconds()).isEqualTo(90);
        Strategy.AbTest a = (Strategy.AbTest) DeploySetup.withVariantBPercent(
                DeploySetup.withSplit(DeployDefaults.scenario("ab"), Strategy.Split.COOKIE), 20).deployment().strategy();
        assertThat(a.split()).isEqualTo(Strategy.Split.COOKIE);
        assertThat(a.variantBPercent()).isEqualTo(20);
    }

    @Test
    void theComparisonsReleaseCarriesTheFault() {
        DeployScenario s = DeploySetup.withReleaseFault(ROLLING, Fault.typical(Fault.Kind.SLOW));
        assertThat(s.deployment().release().fault().kind()).isEqualTo(Fault.Kind.SLOW);
        assertThat(s.deployment().stable().fault()).isEqualTo(Fault.NONE);
    }
}

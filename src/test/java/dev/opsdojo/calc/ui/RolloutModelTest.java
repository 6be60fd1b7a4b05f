package dev.opsdojo.calc.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.calc.rollout.RollingUpdate;
import org.junit.jupiter.api.Test;

/** The rollout calculator's view model, without a screen. */
class RolloutModelTest {

    @Test
    void editingAnInputRecomputesThePlan() {
        RolloutModel model = new RolloutModel("10", "25%", "25%");
        model.maxSurgeProperty().set("1");
        assertThat(model.plan().maxTotal()).isEqualTo(11);
        assertThat(model.problem()).isNull();
    }

    @Test
    void aRefusedInputKeepsTheLastPlanAndSaysWhy() {
        RolloutModel model = new RolloutModel("10", "25%", "25%");
        model.replicasProperty().set("-1");
        assertThat(model.problem().reason()).isEqualTo(RollingUpdate.Refused.Reason.REPLICAS_OUT_OF_RANGE);
        assertThat(model.plan().replicas()).isEqualTo(10);
        model.replicasProperty().set("4");
        assertThat(model.problem()).isNull();
        assertThat(model.plan().maxTotal()).isEqualTo(5);
    }

    @Test
    void aRefusedFirstInputHasNoPlanYet() {
        RolloutModel model = new RolloutModel("10", "0", "0");
        assertThat(model.plan()).isNull();
        assertThat(model.problem().reason()).isEqualTo(RollingUpdate.Refused.Reason.BOTH_ZERO);
    }
}

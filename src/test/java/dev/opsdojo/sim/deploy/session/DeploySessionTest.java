package dev.opsdojo.sim.deploy.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.sim.deploy.DeployAction;
import dev.opsdojo.sim.deploy.DeployDefaults;
import dev.opsdojo.sim.deploy.DeployMessage;
import dev.opsdojo.sim.deploy.DeployResult;
import dev.opsdojo.sim.deploy.Fault;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The session the deployment screen drives: its own thread, actions between slices, frames published. */
class DeploySessionTest {
    private DeploySession session;

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    private DeploySession.Frame await(Predicate<DeploySession.Frame> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            DeploySession.Frame f = session.snapshot();
            if (condition.test(f)) {
                return f;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("not reached; last frame at t=" + session.snapshot().state().timeSeconds());
    }

    @Test
    void aNewSessionIsPausedAtTimeZeroBeforeTheRelease() {
        session = new DeploySession(DeployDefaults.scenario("rolling"));
        DeploySession.Frame f = session.snapshot();
        assertThat(f.state().timeSeconds()).isZero();
        assertThat(f.state().started()).isFalse();
        assertThat(f.result().outcome()).isEqualTo(DeployResult.Outcome.NOT_STARTED);
        assertThat(session.playing()).isFalse();
    }

    @Test
    void stepAdvancesExactlyThatMuchAndStaysPaused() throws Exception {
        session = new DeploySession(DeployDefaults.scenario("rolling"));
        session.step(10);
        DeploySession.Frame f = await(x -> x.state().timeSeconds() >= 10);
        assertThat(f.state().timeSeconds()).isEqualTo(10);
        assertThat(f.playing()).isFalse();
        Thread.sleep(100);
        assertThat(session.snapshot().state().timeSeconds()).isEqualTo(10);
    }

    @Test
    void anActionIsAppliedAtTheTimeTheRunHasReached() throws Exception {
        session = new DeploySession(DeployDefaults.scenario("rolling"));
        session.step(5);
        await(x -> x.state().timeSeconds() >= 5);
        session.apply(DeployAction.of(DeployAction.Kind.START));
        DeploySession.Frame f = await(x -> x.state().started());
        assertThat(f.state().events()).anySatisfy(m -> {
            assertThat(m.kind()).isEqualTo(DeployMessage.Kind.ROLLOUT_STARTED);
            assertThat(m.timeSeconds()).isEqualTo(5);
        });
    }

    @Test
    void aBreakBeforeTheReleaseBreaksTheRelease() throws Exception {
        session = new DeploySession(DeployDefaults.scenario("canary"));
        session.apply(DeployAction.breakRelease(Fault.typical(Fault.Kind.ERRORS)));
        DeploySession.Frame f = await(x -> x.state().releaseFault().kind() == Fault.Kind.ERRORS);
        assertThat(f.state().events()).extracting(DeployMessage::kind).contains(DeployMessage.Kind.RELEASE_BROKEN);
    }

    @Test
    void playingAtFullSpeedRunsToTheEndAndStops() throws Exception {
        session = new DeploySession(DeployDefaults.scenario("recreate"));
        session.setSpeed(1000);
        session.play();
        DeploySession.Frame f = await(DeploySession.Frame::finished);
        assertThat(f.result().outcome()).isEqualTo(DeployResult.Outcome.COMPLETED);
        assertThat(await(x -> !x.playing()).playing()).isFalse();
        assertThat(session.playing()).isFalse();
    }

    @Test
    void speedIsClampedToOneToAThousand() {
        session = new DeploySession(DeployDefaults.scenario("rolling"));
        session.setSpeed(0);
        assertThat(session.speed()).isEqualTo(DeploySession.MIN_SPEED);
        session.setSpeed(1e9);
        assertThat(session.speed()).isEqualTo(DeploySession.MAX_SPEED);
        session.setSpeed(Double.NaN);
        assertThat(session.speed()).isEqualTo(DeploySession.MAX_SPEED);
    }

    @Test
    void closingStopsTheSimulationThread() throws Exception {
        session = new DeploySession(DeployDefaults.scenario("rolling"));
        session.setSpeed(5);
        session.play();
        await(x -> x.state().timeSeconds() > 0);
        session.close();
        Thread.sleep(100);
        double at = session.snapshot().state().timeSeconds();
        Thread.sleep(200);
        assertThat(session.snapshot().state().timeSeconds()).isEqualTo(at);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("opsdojo-deploy-simulation") && t.isAlive()
                && t.getState() == Thread.State.RUNNABLE && session.playing());
    }
}

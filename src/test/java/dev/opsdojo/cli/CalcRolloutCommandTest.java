package dev.opsdojo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code calc rollout}: the JSON, and refused combinations named with their reason. */
class CalcRolloutCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new CommandLine(new RootCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
    }

    @Test
    void theDefaultsForTenReplicasPrintTheControllersSteps() {
        int exit = run("calc", "rollout", "--replicas", "10", "--max-surge", "25%", "--max-unavailable", "25%", "--json");

        assertThat(exit).isZero();
        assertThat(out.toString().strip()).isEqualTo("{\"maxSurge\":3,\"maxUnavailable\":2,\"steps\":[{\"old\":10,\"new\":3},"
                + "{\"old\":5,\"new\":3},{\"old\":5,\"new\":8},{\"old\":0,\"new\":8},{\"old\":0,\"new\":10}]}");
    }

    @Test
    void bothZeroIsRefusedWithTheReasonAndExitTwo() {
        int exit = run("calc", "rollout", "--replicas", "10", "--max-surge", "0", "--max-unavailable", "0");

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("maxUnavailable may not be 0 when maxSurge is 0");
    }

    @Test
    void moreThanAllUnavailableIsRefused() {
        assertThat(run("calc", "rollout", "--replicas", "10", "--max-unavailable", "150%")).isEqualTo(2);
        assertThat(err.toString()).contains("greater than 100%");
    }

    @Test
    void theTextFormShowsTheLimitsInPods() {
        run("calc", "rollout", "--replicas", "4");
        assertThat(out.toString()).contains("maxSurge 25% -> 1 pods (at most 5 in total)").contains("at least 3 available")
                .contains("step 1  old   4  new   1");
    }
}

package dev.opsdojo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code opsdojo calc …}: the calculators of the app, headless. Each prints a table, or one JSON object with --json. */
@Command(name = "calc", mixinStandardHelpOptions = true,
        description = "Calculators: the same numbers the Calculators screen shows.",
        subcommands = {CalcNinesCommand.class, CalcAvailabilityCommand.class, CalcHpaCommand.class,
                CalcQueueCommand.class, CalcCapacityCommand.class, CalcIamEcrCommand.class, CalcRolloutCommand.class})
public final class CalcCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing calculator: choose one of " + spec.subcommands().keySet());
    }
}

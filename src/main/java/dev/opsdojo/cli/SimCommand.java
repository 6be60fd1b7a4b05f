package dev.opsdojo.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code opsdojo sim …}: the simulators, headless. */
@Command(name = "sim", mixinStandardHelpOptions = true,
        description = "Simulators: the same engines the Simulators screen runs.",
        subcommands = {SimRunCommand.class, SimDeployCommand.class})
public final class SimCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing simulator command: choose one of " + spec.subcommands().keySet());
    }
}

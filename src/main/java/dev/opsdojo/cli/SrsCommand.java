package dev.opsdojo.cli;

import picocli.CommandLine.Command;

/** {@code opsdojo srs COMMAND}: the flashcard scheduler without the app. */
@Command(name = "srs", mixinStandardHelpOptions = true,
        description = "Flashcard scheduling (FSRS-6): the numbers the reviewer shows, from the command line.",
        subcommands = {SrsReplayCommand.class})
public final class SrsCommand {
}

package dev.opsdojo.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/**
 * {@code opsdojo [OPTIONS] [COMMAND]}: with no command the desktop app opens; with one it runs headless.
 * The options here also apply to the app.
 */
@Command(name = "opsdojo",
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.Version.class,
        description = {"OpsDojo: lessons, flashcards and simulators for backend/DevOps interviews.",
                "Without a command, opens the desktop app."},
        subcommands = {ValidateContentCommand.class, SrsCommand.class, CalcCommand.class, SimCommand.class},
        sortOptions = false)
public final class RootCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder for settings and progress (default: $OPSDOJO_HOME, else the platform's user-data folder).")
    Path dataDir;

    @Option(names = "--content", paramLabel = "DIR",
            description = "An extra content folder whose lessons add to or replace the built-in ones.")
    Path contentDir;

    private boolean guiRequested;

    @Override
    public Integer call() {
        guiRequested = true;
        return 0;
    }

    /** True when no command was given: the caller should open the app. */
    public boolean guiRequested() {
        return guiRequested;
    }

    public Optional<Path> dataDir() {
        return Optional.ofNullable(dataDir);
    }

    public Optional<Path> contentDir() {
        return Optional.ofNullable(contentDir);
    }

    public static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"OpsDojo " + AppVersion.get(), "Java " + System.getProperty("java.version")};
        }
    }
}

package dev.opsdojo.app;

import dev.opsdojo.cli.RootCommand;
import dev.opsdojo.storage.DataDirs;
import javafx.application.Application;
import picocli.CommandLine;

/**
 * Entry point. With no command, opens the desktop app; with one, runs it headless and exits with its status.
 * Kept free of JavaFX types itself so the command line never starts the toolkit.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        RootCommand root = new RootCommand();
        CommandLine commandLine = new CommandLine(root).setCaseInsensitiveEnumValuesAllowed(true);
        int exit = commandLine.execute(args);
        if (!root.guiRequested()) {
            System.exit(exit);
        }
        OpsDojoApp.configure(new AppContext(DataDirs.resolveForThisMachine(root.dataDir()), root.contentDir()));
        Application.launch(OpsDojoApp.class);
    }
}

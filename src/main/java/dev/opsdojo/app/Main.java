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
        if (args.length == 0) {
            // The common case, opening the app, skips the command-line parser: it costs a few hundred ms of start-up.
            launchApp(new AppContext(DataDirs.resolveForThisMachine(java.util.Optional.empty()), java.util.Optional.empty()));
            return;
        }
        RootCommand root = new RootCommand();
        CommandLine commandLine = new CommandLine(root).setCaseInsensitiveEnumValuesAllowed(true);
        int exit = commandLine.execute(args);
        if (!root.guiRequested()) {
            System.exit(exit);
        }
        launchApp(new AppContext(DataDirs.resolveForThisMachine(root.dataDir()), root.contentDir()));
    }

    private static void launchApp(AppContext context) {
        StartupTrace.mark("main");
        OpsDojoApp.configure(context);
        Application.launch(OpsDojoApp.class);
    }
}

package dev.opsdojo.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where user data lives. An explicit {@code --data-dir} wins, then the {@code OPSDOJO_HOME}
 * environment variable, then the platform's convention: XDG on Linux, AppData on Windows,
 * Application Support on macOS.
 */
public final class DataDirs {
    public static final String ENV_HOME = "OPSDOJO_HOME";
    private static final String APP_DIR = "OpsDojo";

    private DataDirs() {
    }

    public static Path resolve(Optional<Path> explicit, Map<String, String> env, String osName, Path userHome) {
        if (explicit.isPresent()) {
            return explicit.get().toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV_HOME);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        return platformDefault(env, osName, userHome);
    }

    public static Path resolveForThisMachine(Optional<Path> explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")));
    }

    static Path platformDefault(Map<String, String> env, String osName, Path userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("mac") || os.contains("darwin")) {
            return userHome.resolve("Library").resolve("Application Support").resolve(APP_DIR);
        }
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : userHome.resolve("AppData").resolve("Roaming");
            return base.resolve(APP_DIR);
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : userHome.resolve(".local").resolve("share");
        return base.resolve("opsdojo");
    }
}

package dev.opsdojo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven stamped into the build. */
public final class AppVersion {
    private AppVersion() {
    }

    public static String get() {
        try (InputStream in = AppVersion.class.getResourceAsStream("/dev/opsdojo/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}

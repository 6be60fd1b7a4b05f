package dev.opsdojo.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where user data lives: --data-dir, then OPSDOJO_HOME, then the platform's convention. */
class DataDirsTest {
    private static final Path HOME = Path.of("/home/alice");
    private static final Path EXPLICIT = Path.of("/data/explicit");
    private static final Path FROM_ENV = Path.of("/data/from-env");

    private static Path resolve(Optional<Path> explicit, Map<String, String> env, String osName) {
        return DataDirs.resolve(explicit, env, osName, HOME);
    }

    @Test
    void theDataDirOptionWinsOverTheEnvironment() {
        Path dir = resolve(Optional.of(EXPLICIT), Map.of("OPSDOJO_HOME", FROM_ENV.toString()), "Linux");

        assertThat(dir).isEqualTo(EXPLICIT);
    }

    @Test
    void opsdojoHomeWinsOverThePlatformDefault() {
        Path dir = resolve(Optional.empty(), Map.of("OPSDOJO_HOME", FROM_ENV.toString(), "XDG_DATA_HOME", "/xdg"), "Linux");

        assertThat(dir).isEqualTo(FROM_ENV);
    }

    @Test
    void aBlankOpsdojoHomeIsIgnored() {
        Path dir = resolve(Optional.empty(), Map.of("OPSDOJO_HOME", "  "), "Linux");

        assertThat(dir).isEqualTo(HOME.resolve(".local/share/opsdojo"));
    }

    @Test
    void aRelativeDataDirIsMadeAbsolute() {
        Path dir = resolve(Optional.of(Path.of("some/../data")), Map.of(), "Linux");

        assertThat(dir).isAbsolute().isEqualTo(Path.of("data").toAbsolutePath());
    }

    @Test
    void aRelativeOpsdojoHomeIsMadeAbsolute() {
        Path dir = resolve(Optional.empty(), Map.of("OPSDOJO_HOME", "rel/./dir"), "Linux");

        assertThat(dir).isAbsolute().isEqualTo(Path.of("rel/dir").toAbsolutePath());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Linux", "FreeBSD", "SunOS", ""})
    void linuxAndOtherUnixUseXdgDataHome(String osName) {
        Path dir = resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/xdg/data"), osName);

        assertThat(dir).isEqualTo(Path.of("/xdg/data/opsdojo"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Linux", "FreeBSD"})
    void withoutXdgDataHomeUnixUsesLocalShare(String osName) {
        assertThat(resolve(Optional.empty(), Map.of(), osName)).isEqualTo(HOME.resolve(".local").resolve("share").resolve("opsdojo"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"relative/xdg", " "})
    void aRelativeOrBlankXdgDataHomeIsIgnoredAsTheSpecAsks(String xdg) {
        assertThat(resolve(Optional.empty(), Map.of("XDG_DATA_HOME", xdg), "Linux")).isEqualTo(HOME.resolve(".local/share/opsdojo"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Windows 10", "Windows 11", "Windows Server 2022", "WINDOWS 7"})
    void windowsUsesAppData(String osName) {
        String appData = "/users/alice/AppData/Roaming";

        assertThat(resolve(Optional.empty(), Map.of("APPDATA", appData), osName)).isEqualTo(Path.of(appData).resolve("OpsDojo"));
    }

    @Test
    void windowsWithoutAppDataUsesTheRoamingFolderInTheHome() {
        assertThat(resolve(Optional.empty(), Map.of(), "Windows 11")).isEqualTo(HOME.resolve("AppData").resolve("Roaming").resolve("OpsDojo"));
    }

    @Test
    void windowsIgnoresXdgDataHome() {
        Path dir = resolve(Optional.empty(), Map.of("APPDATA", "/appdata", "XDG_DATA_HOME", "/xdg"), "Windows 11");

        assertThat(dir).isEqualTo(Path.of("/appdata/OpsDojo"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mac OS X", "macOS", "MAC OS X"})
    void macOsUsesApplicationSupport(String osName) {
        Path dir = resolve(Optional.empty(), Map.of("XDG_DATA_HOME", "/xdg", "APPDATA", "/appdata"), osName);

        assertThat(dir).isEqualTo(HOME.resolve("Library").resolve("Application Support").resolve("OpsDojo"));
    }

    @Test
    void darwinUsesApplicationSupportToo() {
        assertThat(resolve(Optional.empty(), Map.of(), "Darwin")).isEqualTo(HOME.resolve("Library/Application Support/OpsDojo"));
    }

    @Test
    void thisMachineResolvesToAnAbsoluteFolder() {
        assertThat(DataDirs.resolveForThisMachine(Optional.of(Path.of("x")))).isAbsolute();
    }
}

package dev.opsdojo.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one place user files are read and written. Writes go to a temporary file in the same folder
 * and are moved over the old file atomically, so a crash leaves either the old or the new file.
 * A file that cannot be read is moved aside as {@code NAME.corrupt-TIMESTAMP}, reported,
 * and replaced by defaults: the user keeps the broken file to inspect, and the app still starts.
 */
public final class JsonStore {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);

    private final Path directory;
    private final Clock clock;
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public JsonStore(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    public JsonStore(Path directory) {
        this(directory, Clock.systemUTC());
    }

    public Path directory() {
        return directory;
    }

    /** The outcome of a load: the value (defaults if missing or broken) and, if broken, what happened. */
    public record Loaded<T>(T value, Optional<String> problem) {
    }

    public <T> Loaded<T> load(String fileName, Class<T> type, Supplier<T> defaults) {
        Path file = directory.resolve(fileName);
        try {
            byte[] bytes = Files.readAllBytes(file);
            T value = mapper.readValue(bytes, type);
            if (value == null) {
                throw new IOException("the file is empty");
            }
            return new Loaded<>(value, Optional.empty());
        } catch (NoSuchFileException missing) {
            return new Loaded<>(defaults.get(), Optional.empty());
        } catch (IOException | RuntimeException broken) {
            String reason = broken instanceof JsonProcessingException jpe ? describe(jpe) : String.valueOf(broken.getMessage());
            String aside;
            try {
                Path backup = directory.resolve(fileName + ".corrupt-" + STAMP.format(clock.instant()));
                Files.move(file, backup, StandardCopyOption.REPLACE_EXISTING);
                aside = "kept as " + backup;
            } catch (IOException moveFailed) {
                aside = "could not be moved aside: " + moveFailed.getMessage();
            }
            return new Loaded<>(defaults.get(), Optional.of(file + " could not be read (" + reason + "); " + aside + "; defaults are used."));
        }
    }

    public void save(String fileName, Object value) throws IOException {
        AtomicFiles.write(directory.resolve(fileName), mapper.writeValueAsBytes(value));
    }

    private static String describe(JsonProcessingException e) {
        var location = e.getLocation();
        String message = e.getOriginalMessage();
        return location == null ? message : "line " + location.getLineNr() + ", column " + location.getColumnNr() + ": " + message;
    }
}

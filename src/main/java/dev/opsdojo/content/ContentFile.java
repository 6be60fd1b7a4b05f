package dev.opsdojo.content;

import java.nio.file.Path;

/**
 * A file inside a content folder. {@code root} is the folder the file may not escape;
 * {@code label} is how problems name the folder ("content" for the one shipped in the app).
 */
public record ContentFile(Path root, Path path, String label) {

    /** The file's path for messages: the folder label followed by the path inside it. */
    public String display() {
        String relative = root.relativize(path).toString().replace('\\', '/');
        return label.isEmpty() ? relative : label + "/" + relative;
    }
}

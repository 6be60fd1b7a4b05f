package dev.opsdojo.app;

import dev.opsdojo.storage.JsonStore;
import java.nio.file.Path;
import java.util.Optional;

/** What the app is started with: where user data lives and an optional extra content folder. */
public record AppContext(Path dataDir, Optional<Path> contentDir) {

    public JsonStore store() {
        return new JsonStore(dataDir);
    }
}

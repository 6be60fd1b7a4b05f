package dev.opsdojo.sim.ui;

import dev.opsdojo.sim.session.SessionFactory;
import dev.opsdojo.sim.session.SimulationSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Presets "steady" (2 nodes × 3 pods) and "flash-sale" (3 × 2); "broken" fails; a file containing "bad" fails. */
final class FakeSessions implements SessionFactory {
    final List<FakeSession> opened = new ArrayList<>();
    int nodes = -1;
    int podsPerNode = -1;
    boolean dressed;

    @Override
    public List<String> presets() {
        return List.of("steady", "flash-sale", "broken");
    }

    @Override
    public SimulationSession open(String preset) {
        if (preset.equals("broken")) {
            throw new IllegalArgumentException("preset broken: replicas must be at least 1");
        }
        boolean steady = preset.equals("steady");
        FakeSession session = new FakeSession(preset, nodes > 0 ? nodes : steady ? 2 : 3, podsPerNode > 0 ? podsPerNode : steady ? 3 : 2, 600);
        if (dressed) {
            session.dressedForScreenshots();
        }
        opened.add(session);
        return session;
    }

    @Override
    public SimulationSession openFile(Path scenarioFile) {
        try {
            String text = Files.readString(scenarioFile);
            if (text.contains("bad")) {
                throw new IllegalArgumentException(scenarioFile.getFileName() + " line 2: unknown key \"bad\"");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FakeSession session = new FakeSession("file", 1, 1, 60);
        opened.add(session);
        return session;
    }

    FakeSession last() {
        return opened.get(opened.size() - 1);
    }
}

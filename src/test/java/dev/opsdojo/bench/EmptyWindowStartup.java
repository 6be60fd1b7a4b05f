package dev.opsdojo.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up baseline: an empty JavaFX window, timed exactly as the app times itself with
 * {@code -Dopsdojo.exitAfterFirstFrame=true} (JVM start → the first frame's pulse), then exits. See bench/startup.sh.
 */
public final class EmptyWindowStartup {
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(), 1280, 820);
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                Platform.runLater(() -> {
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("first frame after " + ms + " ms from JVM start");
                    System.out.flush();
                    Runtime.getRuntime().halt(0);
                });
            };
            scene.addPostLayoutPulseListener(listener[0]);
            stage.setScene(scene);
            stage.show();
        }
    }

    private EmptyWindowStartup() {
    }
}

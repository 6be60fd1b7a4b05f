package dev.opsdojo.app;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Saves a PNG of every screen in both languages and both themes, from the real app in a real window.
 * Run under a display (e.g. {@code xvfb-run}): see README "Screenshots". Uses a fresh temporary data folder.
 */
public final class ScreenshotTour {
    /** {@code -Dtour.only=calc}: only the calculators and labs, for a quick look while working on them. */
    private static final boolean ONLY_CALCULATORS = "calc".equals(System.getProperty("tour.only"));
    /** {@code -Dtour.lessons=id1,id2}: only these lessons, each at its top, a quarter and half way down. */
    /** {@code -Dtour.only=sim}: only the simulators (scale-out, then every deployment strategy, compare, manifests). */
    private static final boolean ONLY_SIMULATOR = "sim".equals(System.getProperty("tour.only"));
    private static final String LESSONS = System.getProperty("tour.lessons", "");
    private static OpsDojoApp app;
    private static Stage stage;

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("opsdojo-tour");
        Files.writeString(data.resolve(ShellSettings.FILE), "{\"language\":\"en\",\"theme\":\"light\",\"windowWidth\":1360,\"windowHeight\":860,\"windowX\":0,\"windowY\":0}");
        OpsDojoApp.configure(new AppContext(data, Optional.empty()));
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        app = new OpsDojoApp();
        app.init();
        fx(() -> {
            stage = new Stage();
            app.start(stage);
        });
        pause(800);
        for (String lang : new String[] {"en", "ko"}) {
            fire("#lang-" + lang);
            for (String theme : new String[] {"light", "dark"}) {
                boolean dark = theme.equals("dark");
                if (app.shell() != null && dark != isDark()) {
                    fire("#themeToggle");
                }
                String suffix = "-" + lang + "-" + theme + ".png";
                if (!LESSONS.isEmpty()) {
                    for (String lesson : LESSONS.split(",")) {
                        fx(() -> app.shell().lessons().open(lesson, -1));
                        fire("#nav-lessons");
                        for (double at : new double[] {0, 0.25, 0.5}) {
                            scroll(at);
                            shot(out.resolve("lesson-" + lesson + "-" + (int) (at * 100) + suffix));
                        }
                    }
                    continue;
                }
                if (ONLY_CALCULATORS) {
                    calculators(out, suffix);
                    continue;
                }
                if (ONLY_SIMULATOR) {
                    simulator(out, suffix);
                    continue;
                }
                fx(() -> app.shell().lessons().open("scaling-up-vs-out", -1));
                fire("#nav-lessons");
                pause(400);
                shot(out.resolve("lesson-top" + suffix));
                scroll(0.45);
                shot(out.resolve("lesson-middle" + suffix));
                scroll(1.0);
                shot(out.resolve("lesson-end" + suffix));
                fx(() -> app.shell().lessons().open("availability-nines", -1));
                scroll(0.30);
                shot(out.resolve("lesson-widget" + suffix));
                type(lang.equals("ko") ? "가용성" : "availability");
                shot(out.resolve("search" + suffix));
                type("");
                fire("#nav-flashcards");
                shot(out.resolve("flashcards" + suffix));
                fire("#studyAll");
                shot(out.resolve("review-question" + suffix));
                fire("#showAnswer");
                shot(out.resolve("review-answer" + suffix));
                fire("#rate-good");
                fire("#reviewBack");
                fire("#mockAll");
                fx(() -> ((javafx.scene.control.TextArea) stage.getScene().getRoot().lookup("#mockAnswer")).setText(
                        lang.equals("ko") ? "스케일 업은 더 큰 서버로 바꾸는 것이고 스케일 아웃은 로드 밸런서 뒤에 서버를 더 두는 것입니다."
                                : "Scale up means a bigger machine; scale out means more machines behind a load balancer."));
                shot(out.resolve("mock-typed" + suffix));
                fire("#mockReveal");
                shot(out.resolve("mock-revealed" + suffix));
                fire("#mockEnd");
                shot(out.resolve("mock-summary" + suffix));
                fire("#mockBack");
                simulator(out, suffix);
                fire("#nav-progress");
                shot(out.resolve("progress" + suffix));
                calculators(out, suffix);
            }
        }
        System.out.println("screenshots in " + out.toAbsolutePath());
        Platform.exit();
        System.exit(0);
    }

    /** The scale-out simulator: the flash-sale preset played fast for a few seconds, then a pod killed. */
    private static void simulator(Path out, String suffix) throws Exception {
        fire("#nav-simulators");
        fire("#simKind-scale-out");
        fx(() -> ((javafx.scene.control.ComboBox<String>) stage.getScene().getRoot().lookup("#simPreset")).getSelectionModel().select("flash-sale"));
        pause(800);
        fx(() -> ((javafx.scene.control.Slider) stage.getScene().getRoot().lookup("#simSpeed")).setValue(
                ((javafx.scene.control.Slider) stage.getScene().getRoot().lookup("#simSpeed")).getMax()));
        fx(() -> stage.getScene().getRoot().lookup("#simDebugOverlay").setVisible(true));
        fire("#simPlay");
        pause(4000);
        fire("#simKillPod");
        pause(600);
        shot(out.resolve("simulator" + suffix));
        fire("#simPlay");
        deploySimulator(out, suffix);
        fire("#simKind-scale-out");
    }

    /**
     * The deployment-strategy simulator: each strategy released and played at a speed that lands mid-rollout (the
     * canary with a broken release, so its analysis aborts), then the comparison and the manifests.
     */
    private static void deploySimulator(Path out, String suffix) throws Exception {
        fire("#simKind-deploy");
        // strategy, speed, wall milliseconds: each lands mid-rollout (the broken canary just after its abort)
        String[][] runs = {{"rolling", "5", "2000"}, {"recreate", "3", "2200"}, {"blue-green", "4", "2000"},
            {"canary", "60", "1900"}, {"ab", "1000", "1500"}};
        for (String[] run : runs) {
            fire("#deployView-run");
            fire("#deployStrategy-" + run[0]);
            boolean broken = run[0].equals("canary");
            fx(() -> {
                javafx.scene.control.ToggleButton breakSwitch = (javafx.scene.control.ToggleButton) stage.getScene().getRoot().lookup("#deployBreak");
                ((javafx.scene.control.ComboBox<dev.opsdojo.sim.deploy.Fault.Kind>) stage.getScene().getRoot().lookup("#deployFault"))
                        .setValue(dev.opsdojo.sim.deploy.Fault.Kind.ERRORS);
                breakSwitch.setSelected(broken);
                javafx.scene.control.Slider speed = (javafx.scene.control.Slider) stage.getScene().getRoot().lookup("#deploySpeed");
                speed.setValue(Math.log(Double.parseDouble(run[1])) / Math.log(1000));
            });
            // the canary is released at 0:30 as the scenario says; the others at once
            fire(broken ? "#deployPlay" : "#deployStart");
            pause(Long.parseLong(run[2]));
            fx(() -> {
                javafx.scene.control.ToggleButton play = (javafx.scene.control.ToggleButton) stage.getScene().getRoot().lookup("#deployPlay");
                play.setSelected(false);
            });
            pause(300);
            shot(out.resolve("deploy-" + run[0] + suffix));
        }
        fire("#deployView-compare");
        pause(5000);
        shot(out.resolve("deploy-compare" + suffix));
        fx(() -> ((javafx.scene.control.ToggleButton) stage.getScene().getRoot().lookup("#deployBreak")).setSelected(false));
        Node manifests = stage.getScene().getRoot().lookup("#deployView-manifests");
        if (manifests != null && !manifests.isDisabled()) {
            fire("#deployView-manifests");
            shot(out.resolve("deploy-manifests" + suffix));
        }
        fire("#deployView-run");
        // a preset from content/scenarios: the chooser shows its title, the setup its values
        fx(() -> ((javafx.scene.control.ComboBox<String>) stage.getScene().getRoot().lookup("#deployPreset")).setValue("deploy-canary-bad"));
        fx(() -> ((javafx.scene.control.Slider) stage.getScene().getRoot().lookup("#deploySpeed")).setValue(Math.log(60) / Math.log(1000)));
        fire("#deployPlay");
        pause(1900);
        fx(() -> ((javafx.scene.control.ToggleButton) stage.getScene().getRoot().lookup("#deployPlay")).setSelected(false));
        pause(300);
        shot(out.resolve("deploy-preset" + suffix));
        fx(() -> ((javafx.scene.control.ComboBox<String>) stage.getScene().getRoot().lookup("#deployPreset")).setValue(""));
        fire("#deployStrategy-rolling");
    }

    /** One shot per calculator and lab, each scrolled to the top. */
    private static void calculators(Path out, String suffix) throws Exception {
        fire("#nav-calculators");
        for (String tool : dev.opsdojo.calc.ui.CalculatorsPage.TOOLS) {
            fire("#calcTool-" + tool);
            pause(300);
            shot(out.resolve("calc-" + tool + suffix));
        }
        fire("#calcTool-rollout");
        setField("#rolloutSurge", "-1");
        shot(out.resolve("calc-rollout-invalid" + suffix));
        setField("#rolloutSurge", "25%");
        fire("#calcTool-control-plane");
        for (String mode : new String[] {"journey", "break"}) {
            fire("#cpMode-" + mode);
            shot(out.resolve("calc-control-plane-" + mode + suffix));
        }
        fire("#cpMode-explore");
        fire("#calcTool-cicd");
        for (String part : new String[] {"generator", "check", "tags", "iam"}) {
            fire("#cicdPart-" + part);
            shot(out.resolve("calc-cicd-" + part + suffix));
        }
        fire("#cicdPart-pipeline");
    }

    private static boolean isDark() throws Exception {
        AtomicReference<Boolean> dark = new AtomicReference<>();
        fx(() -> dark.set(app.shell() != null && stage.getScene().getRoot().lookup("#themeToggle") != null
                && ((ButtonBase) stage.getScene().getRoot().lookup("#themeToggle")).getTooltip().getText().toLowerCase().contains("light")
                || ((ButtonBase) stage.getScene().getRoot().lookup("#themeToggle")).getTooltip().getText().contains("라이트")));
        return dark.get();
    }

    private static void fire(String selector) throws Exception {
        fx(() -> {
            Node node = stage.getScene().getRoot().lookup(selector);
            if (node instanceof ButtonBase button) {
                button.fire();
            } else {
                throw new IllegalStateException("no button " + selector);
            }
        });
        pause(400);
    }

    private static void setField(String selector, String text) throws Exception {
        fx(() -> ((TextField) stage.getScene().getRoot().lookup(selector)).setText(text));
        pause(300);
    }

    private static void type(String text) throws Exception {
        fx(() -> ((TextField) stage.getScene().getRoot().lookup("#searchField")).setText(text));
        pause(400);
    }

    private static void scroll(double v) throws Exception {
        pause(300);
        fx(() -> ((ScrollPane) stage.getScene().getRoot().lookup("#lessonScroll")).setVvalue(v));
        pause(400);
    }

    private static void shot(Path file) throws Exception {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        fx(() -> image.set(stage.getScene().snapshot(null)));
        WritableImage fx = image.get();
        int w = (int) fx.getWidth();
        int h = (int) fx.getHeight();
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = fx.getPixelReader();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            reader.getPixels(0, y, w, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, w);
            png.setRGB(0, y, w, 1, row, 0, w);
        }
        ImageIO.write(png, "png", new File(file.toString()));
    }

    interface FxAction {
        void run() throws Exception;
    }

    private static void fx(FxAction action) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        AtomicReference<Exception> failure = new AtomicReference<>();
        Platform.runLater(() -> {
            try {
                action.run();
            } catch (Exception e) {
                failure.set(e);
            } finally {
                done.countDown();
            }
        });
        if (!done.await(20, TimeUnit.SECONDS)) {
            throw new IllegalStateException("FX thread did not answer");
        }
        if (failure.get() != null) {
            throw failure.get();
        }
    }

    private static void pause(long ms) throws InterruptedException {
        Thread.sleep(ms);
    }

    private ScreenshotTour() {
    }
}

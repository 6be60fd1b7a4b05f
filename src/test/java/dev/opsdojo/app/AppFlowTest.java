package dev.opsdojo.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsdojo.ui.Styles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real app, launched headless (Monocle), driven as a learner would drive it. */
@Tag("ui")
class AppFlowTest extends FxRobot {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private OpsDojoApp app;
    private Stage stage;

    private void launch(Optional<Path> content) throws Exception {
        OpsDojoApp.configure(new AppContext(dataDir, content));
        stage = FxToolkit.registerPrimaryStage();
        app = (OpsDojoApp) FxToolkit.setupApplication(OpsDojoApp::new);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void launchInEnglish() throws Exception {
        Files.writeString(dataDir.resolve(ShellSettings.FILE), "{\"language\":\"en\"}");
        launch(Optional.empty());
    }

    private void restart() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        launch(Optional.empty());
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private JsonNode saved(String file) throws Exception {
        return JSON.readTree(dataDir.resolve(file).toFile());
    }

    private static String textOf(Node node) {
        if (node instanceof Label label) {
            return label.getText();
        }
        return descendants(node).filter(Text.class::isInstance).map(n -> ((Text) n).getText()).collect(Collectors.joining());
    }

    private static Stream<Node> descendants(Node node) {
        Stream<Node> self = Stream.of(node);
        return node instanceof Parent parent
                ? Stream.concat(self, parent.getChildrenUnmodifiable().stream().flatMap(AppFlowTest::descendants))
                : self;
    }

    private String lessonTitle() {
        return textOf(lookup("#lessonTitle").query());
    }

    private String navText(String section) {
        ToggleButton button = lookup("#nav-" + section).queryAs(ToggleButton.class);
        return button.getText() != null ? button.getText() : button.getAccessibleText();
    }

    /** Scrolls the lesson so {@code node} is on screen, as a reader would before clicking it. */
    private void scrollIntoView(Node node) {
        ScrollPane scroll = lookup("#lessonScroll").queryAs(ScrollPane.class);
        interact(() -> {
            Node content = scroll.getContent();
            Bounds at = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double scrollable = content.getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(Math.max(0, Math.min(1, (at.getMinY() - 100) / scrollable)));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Text link(String href) {
        return descendants(lookup("#lessonBody").query())
                .filter(n -> n instanceof Text && href.equals(n.getUserData()))
                .map(Text.class::cast).findFirst().orElseThrow(() -> new AssertionError("no link to " + href));
    }

    @Test
    void opensInTheSavedLanguageWithTheFirstLessonShown() throws Exception {
        launchInEnglish();
        assertThat(navText("lessons")).isEqualTo("Lessons");
        assertThat(lessonTitle()).isEqualTo("Scaling up vs scaling out");
        assertThat(lookup("#lesson-availability-nines").tryQuery()).isPresent();
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void switchingToKoreanRelabelsTheAppAndIsRememberedAfterARestart() throws Exception {
        launchInEnglish();
        clickOn("#lang-ko");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(navText("lessons")).isEqualTo("강의");
        assertThat(lessonTitle()).isEqualTo("스케일 업 vs 스케일 아웃");
        assertThat(lookup("#searchField").queryAs(TextField.class).getPromptText()).startsWith("강의 검색");
        assertThat(saved(ShellSettings.FILE).get("language").asText()).isEqualTo("ko");

        restart();
        assertThat(navText("lessons")).isEqualTo("강의");
        assertThat(lessonTitle()).isEqualTo("스케일 업 vs 스케일 아웃");
    }

    @Test
    void choosingALessonInTheBrowserOpensIt() throws Exception {
        launchInEnglish();
        clickOn("#lesson-availability-nines");
        assertThat(lessonTitle()).isEqualTo("Availability and the nines");
        assertThat(saved("lesson-progress.json").get("lastLessonId").asText()).isEqualTo("availability-nines");
        assertThat(lookup("#lesson-availability-nines").query().getStyleClass()).contains("current");
    }

    @Test
    void followingAnInternalLinkOpensTheLinkedLesson() throws Exception {
        launchInEnglish();
        Text link = link("lesson:availability-nines");
        scrollIntoView(link);
        clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lessonTitle()).isEqualTo("Availability and the nines");
    }

    @Test
    void aSimulatorLinkInALessonOpensTheSimulatorWithItsPreset() throws Exception {
        launchInEnglish();
        Text link = descendants(lookup("#lessonBody").query())
                .filter(n -> n instanceof Text && String.valueOf(n.getUserData()).startsWith("sim:scale-out?preset=scale-up-vs-out"))
                .map(Text.class::cast).findFirst().orElseThrow();
        scrollIntoView(link);
        clickOn(link);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#simPage").tryQuery()).isPresent();
        assertThat(lookup("#simPreset").queryComboBox().getValue()).isEqualTo("scale-up-vs-out");
        assertThat(lookup("#messageBar").query().isVisible()).isFalse();
    }

    @Test
    void theSimulatorRunsAPresetAndAKilledPodIsReplaced() throws Exception {
        launchInEnglish();
        clickOn("#nav-simulators");
        interact(() -> lookup("#simPreset").queryComboBox().getSelectionModel().select("steady"));
        interact(() -> lookup("#simStepSize").queryComboBox().getSelectionModel().select(Integer.valueOf(10)));
        press("#simStep");
        press("#simKillPod");
        waitUntil(() -> decisionKinds().contains("podKilled"), 20);
        press("#simStep");
        press("#simStep");
        waitUntil(() -> decisionKinds().contains("podReady") && decisionKinds().lastIndexOf("podReady") > decisionKinds().indexOf("podKilled"), 20);
        assertThat(decisionKinds()).contains("podCreated");
    }

    /** Fires a button even when it is scrolled out of view in its panel, as the keyboard would. */
    private void press(String id) {
        interact(() -> lookup(id).queryAs(javafx.scene.control.ButtonBase.class).fire());
    }

    private java.util.List<String> decisionKinds() {
        javafx.scene.control.ListView<dev.opsdojo.sim.session.Snapshot.Decision> list = lookup("#simDecisions").queryListView();
        java.util.List<String> kinds = new java.util.ArrayList<>();
        for (int i = list.getItems().size() - 1; i >= 0; i--) {
            kinds.add(list.getItems().get(i).kind());
        }
        return kinds;
    }

    private void waitUntil(java.util.function.BooleanSupplier condition, int seconds) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    @Test
    void searchingAndPressingEnterOpensTheLessonAtTheMatch() throws Exception {
        launchInEnglish();
        clickOn("#searchField").write("error budget");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#searchHit-availability-nines").tryQuery()).isPresent();
        Node hit = lookup("#searchHit-availability-nines").query();
        assertThat(descendants(hit).filter(n -> n.getStyleClass().contains(Styles.SEARCH_MATCH)).map(n -> ((Text) n).getText()))
                .isNotEmpty().allMatch(s -> s.equalsIgnoreCase("error budget"));
        type(KeyCode.ENTER);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lessonTitle()).isEqualTo("Availability and the nines");
        assertThat(lookup("#searchField").queryAs(TextField.class).getText()).isEmpty();
        assertThat(lookup("#lessonScroll").queryAs(ScrollPane.class).getVvalue()).isGreaterThan(0.2);
        Node target = descendants(lookup("#lessonBody").query()).filter(n -> n.getStyleClass().contains(Styles.SEARCH_TARGET)).findFirst().orElseThrow();
        assertThat(textOf(target).toLowerCase()).contains("error budget");
    }

    @Test
    void koreanSearchFindsWordsInsideLongerKoreanWords() throws Exception {
        Files.writeString(dataDir.resolve(ShellSettings.FILE), "{\"language\":\"ko\"}");
        launch(Optional.empty());
        TextField search = lookup("#searchField").queryAs(TextField.class);
        interact(() -> search.setText("오류 예산"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf(lookup("#searchSummary").query())).contains("오류 예산");
        assertThat(lookup("#searchHit-availability-nines").tryQuery()).isPresent();
        clickOn(search);
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lessonTitle()).isEqualTo("가용성과 나인(nines)");
    }

    @Test
    void escapeLeavesSearchAndRestoresThePage() throws Exception {
        launchInEnglish();
        clickOn("#searchField").write("zzzz-nothing");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf(lookup("#searchSummary").query())).contains("No lesson mentions");
        type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lessonTitle()).isEqualTo("Scaling up vs scaling out");
    }

    @Test
    void theDarkThemeIsRemembered() throws Exception {
        launchInEnglish();
        clickOn("#themeToggle");
        assertThat(saved(ShellSettings.FILE).get("theme").asText()).isEqualTo("dark");
        clickOn("#themeToggle");
        assertThat(saved(ShellSettings.FILE).get("theme").asText()).isEqualTo("light");
    }

    @Test
    void keyboardShortcutsSwitchSectionsAndTextSize() throws Exception {
        launchInEnglish();
        press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#simPage").tryQuery()).isPresent();
        press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#calc-nines").tryQuery()).isPresent();
        press(KeyCode.CONTROL, KeyCode.EQUALS).release(KeyCode.EQUALS, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(saved(ShellSettings.FILE).get("textScale").asDouble()).isEqualTo(1.1);
        assertThat(lookup("#shellRoot").query().getStyle()).contains("15.4px");
        press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#searchField").query().isFocused()).isTrue();
        press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#lessonTitle").tryQuery()).isPresent();
    }

    @Test
    void theNinesCalculatorAnswersAsYouType() throws Exception {
        launchInEnglish();
        clickOn("#nav-calculators");
        TextField input = lookup("#ninesInput").queryAs(TextField.class);
        interact(() -> input.setText("99.99"));
        assertThat(lookup("#ninesDowntime-year").queryAs(Label.class).getText()).isEqualTo("52m 33.6s");
        assertThat(lookup("#ninesDowntime-day").queryAs(Label.class).getText()).isEqualTo("8.6s");
        interact(() -> input.setText("101"));
        assertThat(lookup("#ninesError").query().isVisible()).isTrue();
    }

    @Test
    void aCalcLinkOpensTheNamedToolAndWhatWasTypedSurvivesAVisitElsewhere() throws Exception {
        launchInEnglish();
        clickOn("#nav-calculators");
        TextField input = lookup("#ninesInput").queryAs(TextField.class);
        interact(() -> input.setText("99.95"));
        interact(() -> app.shell().openLink("calc:queue"));
        assertThat(lookup("#calc-queue").tryQuery()).isPresent();
        assertThat(lookup("#calcTool-queue").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(lookup("#calc-nines").tryQuery()).isEmpty();
        clickOn("#nav-lessons");
        clickOn("#nav-calculators");
        clickOn("#calcTool-nines");
        assertThat(lookup("#ninesInput").queryAs(TextField.class).getText()).isEqualTo("99.95");
    }

    @Test
    void aCalcRolloutLinkOpensTheRolloutCalculator() throws Exception {
        launchInEnglish();
        interact(() -> app.shell().openLink("calc:rollout"));
        assertThat(lookup("#calcTool-rollout").queryAs(ToggleButton.class).isSelected()).isTrue();
        Node tool = lookup("#calc-rollout").query();
        assertThat(from(tool).lookup("#rolloutSurgeText").queryAs(Label.class).getText()).contains("rounds UP to 3: at most 13 pods");
        assertThat(lookup("#messageBar").tryQuery().map(Node::isVisible).orElse(false)).isFalse();
    }

    @Test
    void theRolloutWidgetRendersInsideItsLesson() throws Exception {
        launchInEnglish();
        interact(() -> app.shell().lessons().open("rollouts-and-rollbacks", -1));
        waitUntil(() -> lookup("#widget-rollout").tryQuery().isPresent(), 10);
        Node widget = lookup("#widget-rollout").query();
        assertThat(from(widget).lookup("#rolloutTotals").queryAs(Label.class).getText()).isEqualTo("Pods in total: 10 → 13 → 8 → 13 → 8 → 10");
        assertThat(descendants(lookup("#lessonBody").query()).filter(n -> n.getStyleClass().contains(Styles.ERROR_BOX))).isEmpty();
    }

    @Test
    void readingToTheEndMarksTheLessonReadAndNextOpensTheNextOne() throws Exception {
        launchInEnglish();
        interact(() -> lookup("#lessonScroll").queryAs(ScrollPane.class).setVvalue(1.0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textOf(lookup("#topicProgress-scaling").query())).isEqualTo("1/1");
        assertThat(saved("lesson-progress.json").get("readLessons").toString()).contains("scaling-up-vs-out");
        clickOn("#nextLesson");
        assertThat(lessonTitle()).isEqualTo("Availability and the nines");
        assertThat(textOf(lookup("#browserSummary").query())).isEqualTo("1 of 19 lessons read");
    }

    @Test
    void aCorruptSettingsFileIsKeptAsideReportedAndTheAppStillStarts() throws Exception {
        Files.writeString(dataDir.resolve(ShellSettings.FILE), "{\"language\": \"en\", theme: ");
        launch(Optional.empty());
        assertThat(lookup("#messageBar").query().isVisible()).isTrue();
        assertThat(lookup("#messageText").queryAs(Label.class).getText()).contains("settings");
        try (var files = Files.list(dataDir)) {
            Path aside = files.filter(p -> p.getFileName().toString().startsWith("settings.json.corrupt-")).findFirst().orElseThrow();
            assertThat(Files.readString(aside)).isEqualTo("{\"language\": \"en\", theme: ");
        }
        assertThat(lookup("#lessonTitle").tryQuery()).isPresent();
    }

    @Test
    void aBrokenUserLessonIsAnErrorCardWhileEveryOtherLessonLoads(@TempDir Path userContent) throws Exception {
        Path en = Files.createDirectories(userContent.resolve("lessons/en"));
        Files.writeString(en.resolve("broken.md"), "# No front matter here\n");
        Files.writeString(en.resolve("extra.md"), """
                ---
                id: extra-lesson
                title: An extra lesson
                topic: scaling
                order: 5
                minutes: 3
                summary: Added from a user folder.
                ---
                # An extra lesson

                Links to [nowhere](lesson:does-not-exist).
                """);
        Files.writeString(dataDir.resolve(ShellSettings.FILE), "{\"language\":\"en\"}");
        launch(Optional.of(userContent));
        assertThat(textOf(lookup("#brokenLesson-0").query())).contains("broken.md:1");
        assertThat(lookup("#lesson-scaling-up-vs-out").tryQuery()).isPresent();
        clickOn("#lesson-extra-lesson");
        assertThat(lessonTitle()).isEqualTo("An extra lesson");
        assertThat(textOf(lookup("#lessonProblems").query())).contains("extra.md:11").contains("does-not-exist");
        assertThat(lookup("#messageText").queryAs(Label.class).getText()).contains("2 content problems");
    }

    @Test
    void aLessonMissingInTheChosenLanguageFallsBackWithANote(@TempDir Path userContent) throws Exception {
        Path ko = Files.createDirectories(userContent.resolve("lessons/ko"));
        Files.writeString(ko.resolve("only-korean.md"), """
                ---
                id: only-korean
                title: 한국어로만 있는 강의
                topic: availability
                order: 9
                minutes: 2
                summary: 영어판이 없는 강의.
                ---
                본문입니다.
                """);
        Files.writeString(dataDir.resolve(ShellSettings.FILE), "{\"language\":\"en\"}");
        launch(Optional.of(userContent));
        clickOn("#lesson-only-korean");
        assertThat(lessonTitle()).isEqualTo("한국어로만 있는 강의");
        assertThat(lookup("#fallbackNote").queryAs(Label.class).getText()).contains("Korean");
    }

    @Test
    void theWindowSizeIsRememberedOnClose() throws Exception {
        launchInEnglish();
        interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(700);
        });
        FxToolkit.cleanupApplication(app);
        app = null;
        JsonNode settings = saved(ShellSettings.FILE);
        assertThat(settings.get("windowWidth").asDouble()).isEqualTo(1000);
        assertThat(settings.get("windowHeight").asDouble()).isEqualTo(700);
    }
}

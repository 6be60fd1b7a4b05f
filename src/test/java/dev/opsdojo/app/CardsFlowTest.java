package dev.opsdojo.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsdojo.content.BuiltInContent;
import dev.opsdojo.content.ContentLibrary;
import dev.opsdojo.content.ContentLoader;
import dev.opsdojo.content.DeckCard;
import dev.opsdojo.content.FollowUp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Reviewing and the mock interview, driven through the real app as a learner would. */
@Tag("ui")
class CardsFlowTest extends FxRobot {
    private static ContentLibrary library;

    @TempDir
    Path dataDir;

    private OpsDojoApp app;

    @BeforeAll
    static void loadContent() {
        library = new ContentLoader().load(List.of(BuiltInContent.asRoot()));
    }

    private void launch() throws Exception {
        Files.writeString(dataDir.resolve(ShellSettings.FILE), "{\"language\":\"en\"}");
        Files.writeString(dataDir.resolve("srs-settings.json"), "{\"mockCountdownSeconds\":0}");
        OpsDojoApp.configure(new AppContext(dataDir, Optional.empty()));
        FxToolkit.registerPrimaryStage();
        app = (OpsDojoApp) FxToolkit.setupApplication(OpsDojoApp::new);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private String text(String selector) {
        return lookup(selector).queryAs(Label.class).getText();
    }

    private DeckCard cardWithQuestion(String question) {
        return library.cardIds().stream().map(id -> library.card(id, "en").orElseThrow().card())
                .filter(c -> c.question().equals(question)).findFirst().orElseThrow();
    }

    private void ctrl(KeyCode key) {
        press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void key(KeyCode key) {
        type(key);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aReviewSessionByKeyboardRatesUndoesSuspendsAndIsOnDisk() throws Exception {
        launch();
        ctrl(KeyCode.DIGIT2);
        assertThat(text("#countNew")).isEqualTo("20");
        clickOn("#studyAll");
        String first = text("#cardQuestion");
        assertThat(lookup("#cardAnswer").tryQuery()).isEmpty();

        key(KeyCode.SPACE);
        assertThat(lookup("#cardAnswer").tryQuery()).isPresent();
        assertThat(lookup("#rate-good").queryAs(Button.class).getText()).isEqualTo("Good  ·  10m");
        assertThat(lookup("#rate-easy").queryAs(Button.class).getText()).endsWith("d");

        key(KeyCode.DIGIT3);
        String second = text("#cardQuestion");
        assertThat(second).isNotEqualTo(first);
        assertThat(Files.readString(dataDir.resolve("reviews.log"))).contains("\"rating\":\"GOOD\"");
        assertThat(text("#reviewRemaining")).isEqualTo("New 19 · Learning 1 · Due 0");

        ctrl(KeyCode.Z);
        assertThat(text("#cardQuestion")).isEqualTo(first);
        assertThat(text("#reviewRemaining")).isEqualTo("New 20 · Learning 0 · Due 0");

        key(KeyCode.S);
        assertThat(text("#cardQuestion")).isNotEqualTo(first);
        assertThat(Files.readString(dataDir.resolve("reviews.log"))).contains("\"suspended\":true");
    }

    @Test
    void aReviewedCardComesBackAfterARestart() throws Exception {
        launch();
        ctrl(KeyCode.DIGIT2);
        clickOn("#studyAll");
        key(KeyCode.SPACE);
        key(KeyCode.DIGIT4);
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
        launch();
        ctrl(KeyCode.DIGIT2);
        assertThat(text("#countNew")).isEqualTo("19");
    }

    @Test
    void aMockInterviewTicksTypedKeyPointsSuggestsARatingAndAsksTheFollowUpNext() throws Exception {
        launch();
        ctrl(KeyCode.DIGIT2);
        clickOn("#mockAll");
        DeckCard card = cardWithQuestion(text("#cardQuestion"));
        assertThat(text("#mockProgress")).isEqualTo("Question 1 of 6");
        TextArea answer = lookup("#mockAnswer").queryAs(TextArea.class);
        interact(() -> answer.setText("I would say: " + card.keyPoints().get(0) + ". Also " + card.keyPoints().get(1) + "."));
        clickOn("#mockReveal");
        List<CheckBox> points = lookup(".check-box").queryAllAs(CheckBox.class).stream().toList();
        assertThat(points).hasSize(card.keyPoints().size());
        assertThat(points.get(0).isSelected()).isTrue();
        assertThat(points.get(1).isSelected()).isTrue();
        assertThat(text("#mockCovered")).isEqualTo("You covered 2 of " + card.keyPoints().size() + " key points.");
        assertThat(text("#mockSuggested")).startsWith("Suggested rating:");

        String followUp = card.followUps().stream().filter(FollowUp::isCard).map(FollowUp::card).findFirst().orElseThrow();
        key(KeyCode.DIGIT3);
        assertThat(text("#mockProgress")).isEqualTo("Follow-up 1");
        assertThat(text("#cardQuestion")).isEqualTo(library.card(followUp, "en").orElseThrow().card().question());

        clickOn("#mockEnd");
        assertThat(text("#mockSummary")).isEqualTo("Interview summary");
        assertThat(Files.readString(dataDir.resolve("reviews.log"))).contains(card.id());
    }

    @Test
    void theLessonEndOffersItsCards() throws Exception {
        launch();
        clickOn("#nav-lessons");
        Button study = lookup("#studyLessonCards").queryAs(Button.class);
        interact(study::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#reviewPage").tryQuery()).isPresent();
        DeckCard shown = cardWithQuestion(text("#cardQuestion"));
        assertThat(shown.lessons()).contains("scaling-up-vs-out");
    }
}

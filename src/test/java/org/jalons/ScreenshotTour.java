package org.jalons;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ListView;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.jalons.i18n.Language;
import org.jalons.i18n.LanguageSetting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders every screen offscreen (Monocle) into {@code assets/screenshots/}, in French and in English, with the
 * demo organisation. Skipped in the normal test run; run it with
 * {@code mvn -B -q test -Dtest=ScreenshotTour -Djalons.screenshots=true}.
 */
@EnabledIfSystemProperty(named = "jalons.screenshots", matches = "true")
class ScreenshotTour extends RealAppTest {
    static final Path OUT = Path.of("assets", "screenshots");

    @TempDir
    Path home;

    @AfterEach
    void stop() throws TimeoutException {
        stopApp();
    }

    @Test
    void french() throws Exception {
        tour(Language.FRENCH);
    }

    @Test
    void english() throws Exception {
        tour(Language.ENGLISH);
    }

    private void tour(Language language) throws Exception {
        String prefix = language.tag() + "-";
        new LanguageSetting(home).save(language);
        startApp(home);
        waitFor("#discover-demo");
        shoot(prefix + "01-first-run");

        tap("#create-profile");
        tap("#create");
        waitUntil(() -> !textOf(".field-error").isEmpty());
        shoot(prefix + "02-create-profile-errors");
        tap("#display-name").write("Alex");
        tap("#role-counsellor");
        tap("#pin").write("123456");
        tap("#pin-confirmation").write("123456");
        tap("#create");
        waitFor("#caseload");
        tap("#lock");
        waitFor("#unlock-pin");
        shoot(prefix + "03-unlock");
        tap("#unlock-pin").write("000000");
        tap("#unlock");
        waitUntil(() -> !textOf(".field-error").isEmpty());
        shoot(prefix + "04-unlock-wrong-pin");

        tap("#unlock-demo");
        waitFor("#demo-counsellor");
        shoot(prefix + "05-demo-roles");
        tap("#demo-counsellor");
        waitFor("#caseload");
        ListView<?> caseload = lookup("#caseload").queryListView();
        waitUntil(() -> caseload.getItems().size() == 3);
        shoot(prefix + "06-counsellor-home");

        tap("#lock");
        tap("#unlock-demo");
        tap("#demo-beneficiary");
        waitFor(".goal-card");
        shoot(prefix + "07-beneficiary-home");

        tap("#lock");
        tap("#unlock-demo");
        tap("#demo-supervisor");
        waitFor("#stat-people");
        shoot(prefix + "08-supervisor-home");
    }

    // --- Counsellor screens: caseload filters, file, editors, home visit, questionnaire ---

    @Test
    void counsellorFrench() throws Exception {
        counsellorTour(Language.FRENCH);
    }

    @Test
    void counsellorEnglish() throws Exception {
        counsellorTour(Language.ENGLISH);
    }

    private void counsellorTour(Language language) throws Exception {
        String prefix = language.tag() + "-";
        new LanguageSetting(home).save(language);
        startApp(home);
        tap("#discover-demo");
        tap("#demo-counsellor");
        waitFor("#caseload");
        ListView<?> caseload = lookup("#caseload").queryListView();
        waitUntil(() -> caseload.getItems().size() == 3);
        tap("#filter-attention");
        WaitForAsyncUtils.waitForFxEvents(3);
        shoot(prefix + "20-caseload-attention");
        tap("#filter-all");
        clickOn(lookup(".person-name").queryAllAs(javafx.scene.control.Label.class).stream()
                .filter(l -> l.getText().equals("Samia B.")).findFirst().orElseThrow());
        waitFor("#file-sections .screen-heading");
        shoot(prefix + "21-file-top");
        for (String[] part : new String[][] {{"#barriers", "22-file-barriers"}, {"#goals", "23-file-goals-chart"},
            {".confidence-chart", "24-file-chart"}, {"#trainings", "25-file-trainings"},
            {"#interviews", "26-file-interviews"}, {"#consents", "27-file-consents"}, {"#exit", "28-file-exit"}}) {
            Scrolling.reveal(lookup(part[0]).query(), 60);
            shoot(prefix + part[1]);
        }
        clickOn("#edit-exit");
        waitFor("#exit-exitDate");
        shoot(prefix + "29-exit-editor");
        tap("#back");
        waitFor("#add-goal");
        Scrolling.reveal(lookup("#add-goal").query());
        clickOn("#add-goal");
        waitFor("#goal-phrasing");
        clickOn("#goal-phrasing");
        clickOn("#goal-proposedBy");
        type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents(3);
        shoot(prefix + "30-goal-editor-errors");
        tap("#back");
        waitFor("#add-training");
        Scrolling.reveal(lookup("#add-training").query());
        clickOn("#add-training");
        waitFor("#training-title");
        clickOn("#training-title").write("CACES R489");
        Scrolling.reveal(lookup("#training-plannedHours").query());
        clickOn("#training-plannedHours").write("-3");
        Scrolling.reveal(lookup("#training-startDate").query());
        clickOn("#training-startDate").write(language == Language.FRENCH ? "10/12/2026" : "12/10/26")
                .type(javafx.scene.input.KeyCode.TAB);
        clickOn("#training-endDate").write(language == Language.FRENCH ? "01/12/2026" : "12/1/26")
                .type(javafx.scene.input.KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents(3);
        Scrolling.reveal(lookup("#training-plannedHours").query(), 20);
        shoot(prefix + "31-training-errors");
        tap("#back");
        // the training draft stays; photograph the visit next
        waitFor("#start-visit");
        Scrolling.reveal(lookup("#start-visit").query());
        clickOn("#start-visit");
        waitFor("#visit-step");
        shoot(prefix + "32-visit-start");
        tap("#visit-next");
        WaitForAsyncUtils.waitForFxEvents(3);
        shoot(prefix + "33-visit-barriers");
        tap("#visit-next");
        WaitForAsyncUtils.waitForFxEvents(3);
        shoot(prefix + "34-visit-goals");
        tap("#visit-next");
        waitFor("#rating-self-0");
        clickOn("#rating-self-0").write("8");
        clickOn("#rating-counsellor-0").write("11");
        WaitForAsyncUtils.waitForFxEvents(3);
        shoot(prefix + "35-visit-rating-error");
        clickOn("#rating-counsellor-0").eraseText(2).write("6");
        tap("#visit-next");
        waitFor("#visit-notes");
        clickOn("#visit-notes").write(language == Language.FRENCH ? "Samia a révisé le code avec sa voisine."
                : "Samia revised the highway code with her neighbour.");
        shoot(prefix + "36-visit-notes");
        tap("#visit-next");
        waitFor("#visit-summary");
        shoot(prefix + "37-visit-summary");
        tap("#visit-next");
        waitFor("#start-questionnaire");
        Scrolling.reveal(lookup("#start-questionnaire").query());
        clickOn("#start-questionnaire");
        waitFor("#questionnaire-item");
        shoot(prefix + "38-questionnaire-item");
        for (int i = 0; i < 30 && lookup("#questionnaire-score").tryQuery().isEmpty(); i++) {
            clickOn("#likert-" + (1 + i % 4));
            WaitForAsyncUtils.waitForFxEvents(2);
        }
        waitFor("#questionnaire-score");
        shoot(prefix + "39-questionnaire-result");
    }

    private void shoot(String name) throws Exception {
        moveTo((javafx.scene.Node) lookup("#screen-title").query());
        WaitForAsyncUtils.waitForFxEvents(3);
        AtomicReference<WritableImage> image = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> image.set(lookup("#screen-title").query().getScene().snapshot(null))).get();
        BufferedImage png = SwingFXUtils.fromFXImage(image.get(), null);
        try {
            Files.createDirectories(OUT);
            ImageIO.write(png, "png", OUT.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

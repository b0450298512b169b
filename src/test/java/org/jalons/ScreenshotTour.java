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

    // --- "Mon parcours", the person followed (beneficiary screens), as Samia of the demo ---

    @TempDir
    Path camera;

    @Test
    void beneficiaryFrench() throws Exception {
        beneficiaryTour(Language.FRENCH, false);
    }

    @Test
    void beneficiaryEnglish() throws Exception {
        beneficiaryTour(Language.ENGLISH, false);
    }

    @Test
    void beneficiaryEasyReadFrench() throws Exception {
        beneficiaryTour(Language.FRENCH, true);
    }

    @Test
    void beneficiaryEasyReadEnglish() throws Exception {
        beneficiaryTour(Language.ENGLISH, true);
    }

    private void beneficiaryTour(Language language, boolean easyRead) throws Exception {
        String p = language.tag() + (easyRead ? "-my-easy-" : "-my-");
        new LanguageSetting(home).save(language);
        var pictures = new org.jalons.beneficiary.FakePictureSource(camera);
        startApp(home, c -> c.provide(org.jalons.platform.PictureSource.class, pictures));
        if (easyRead) {
            tap("#easy-read");
            shoot(p + "00-first-run-easy-read");
        }
        tap("#discover-demo");
        tap("#demo-beneficiary");
        waitFor(".goal-card");
        shoot(p + "01-home");
        reveal("#my-trainings");
        shoot(p + "02-home-trainings");
        reveal("#add-note");
        shoot(p + "03-home-add");

        if (easyRead) {
            reveal("#check-in-any");
            tap("#check-in-any");
            waitFor("#question");
            shoot(p + "04-check-in-which-goal");
            tap(".goal-choice");
            waitFor("#rating-scale");
            shoot(p + "05-check-in-feeling");
            tap("#rate-7");
            waitFor("#check-in-comment");
            shoot(p + "06-check-in-anything");
        } else {
            reveal(".check-in-button");
            tap(".check-in-button");
            waitFor("#rating-scale");
            tap("#rate-7");
            shoot(p + "05-check-in");
            revealAndTap("#check-in-comment");
            write(language == Language.FRENCH ? "Le code blanc s’est bien passé" : "The mock test went well");
            reveal("#save-check-in");
            shoot(p + "06-check-in-comment");
        }
        revealAndTap("#save-check-in");
        waitFor("#thanks");
        shoot(p + "07-check-in-thanks");
        tap("#done");
        waitFor(".goal-card");

        revealAndTap("#my-progress");
        waitFor(".progress-chart");
        shoot(p + "08-progress");
        reveal("#milestones");
        shoot(p + "09-progress-milestones");
        tap("#back");

        revealAndTap("#add-goal");
        revealAndTap("#save-goal");
        waitUntil(() -> !textOf(".field-error").isEmpty());
        reveal("#save-goal");
        shoot(p + "10-new-goal-errors");
        reveal("#theme-grid");
        tap("#theme-MOBILITE");
        shoot(p + "11-new-goal-theme");
        tap("#back");

        revealAndTap("#add-step");
        waitFor("#step-label");
        shoot(p + "12-new-step");
        tap("#back");

        revealAndTap("#add-training");
        tap("#training-title").write(language == Language.FRENCH ? "Sauveteur secouriste du travail"
                : "Workplace first aid");
        revealAndTap("#status-CERTIFIEE");
        revealAndTap("#add-picture");
        waitFor("#picture-preview");
        reveal("#add-picture");
        shoot(p + "13-new-training-photo");
        tap("#back");

        revealAndTap("#add-note");
        String longNote = (language == Language.FRENCH ? "Aujourd’hui j’ai fini le module. "
                : "Today I finished the module. ").repeat(150);
        interact(() -> lookup("#note-text").queryAs(javafx.scene.control.TextArea.class).setText(longNote));
        revealAndTap("#save-note");
        waitUntil(() -> !textOf(".field-error").isEmpty());
        reveal("#save-note");
        shoot(p + "14-new-note-too-long");
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

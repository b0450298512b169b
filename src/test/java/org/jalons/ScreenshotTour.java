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

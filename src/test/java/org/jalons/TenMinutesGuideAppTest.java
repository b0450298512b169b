package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.jalons.protocol.PairingLink;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.sync.SyncEngine;
import org.jalons.sync.e2e.RealServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * README's "from nothing to a counsellor and a person in sync, in ten minutes", done on screen against the real
 * server, each step as a person does it: the first admin makes a "Direction" profile and pairs it with the link the
 * server printed (it becomes the admin's); invites Camille, a counsellor; Camille pairs, creates Samia offline and sends her; Camille shows the code
 * of Samia's phone; Samia pairs and finds her pathway; the admin finds Samia in Camille's caseload. With
 * {@code -Djalons.screenshots=true} each step is written to {@code assets/screenshots/guide/} (the README's images).
 */
class TenMinutesGuideAppTest extends RealAppTest {
    static final String PIN = "123456";
    static final Path SHOTS = Path.of("assets", "screenshots", "guide");

    @TempDir
    Path dir;

    RealServer server;

    @AfterEach
    void stop() throws TimeoutException {
        stopApp();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void fromNothingToACounsellorAndAPersonInSync() throws Exception {
        server = RealServer.start(dir.resolve("server")); // what `bootstrap` does: an organisation and its admin

        // 1. The admin: a profile, then the link the server printed (the QR on the terminal holds the same).
        Path admin = dir.resolve("admin");
        startApp(admin);
        createProfile("Nadia Admin", "#role-supervisor");
        waitFor("#stat-people");
        tap("#sync-open");
        tap("#sync-details-open");
        tap("#sync-to-pair-device");
        pairWith(new PairingLink(server.baseUrl(), server.adminPairingCode()));
        // The "Direction" profile took the admin's role: the admin's screens from the next unlock on.
        backTo("#stat-people");
        tap("#lock");
        tap("#unlock-pin").write(PIN);
        tap("#unlock");
        waitFor("#admin-home");
        waitUntil(
                () -> lookup("#admin-team").tryQuery().map(n -> !n.isDisabled()).orElse(false));
        shoot("1-admin-home");

        // 2. The admin invites Camille: her code as a QR and as text, with its expiry.
        tap("#admin-team");
        tap("#team-invite");
        tap("#invite-name").write("Camille Martin");
        tap("#invite-role-counsellor");
        tap("#invite-submit");
        waitUntil(() -> !textOf("#pairing-code").isEmpty());
        assertThat(textOf("#pairing-expires")).startsWith("Valable jusqu’à");
        shoot("2-invite-camille");
        PairingLink camillesCode = new PairingLink(server.baseUrl(), textOf("#pairing-code"));
        stopApp();

        // 3. Camille: a profile, her code, then Samia created offline and sent.
        startApp(dir.resolve("camille"));
        createProfile("Camille Martin", "#role-counsellor");
        waitFor("#caseload");
        tap("#sync-open");
        tap("#sync-details-open");
        tap("#sync-to-pair-device");
        pairWith(camillesCode);
        backTo("#caseload");
        tap("#fab");
        tap("#newPerson-displayName").write("Samia Benali");
        revealAndTap("#newPerson-site");
        write("Roubaix");
        shoot("3-new-person");
        revealAndTap("#done");
        waitUntil(() -> textOf("#file-header .screen-heading").equals("Samia Benali"));
        tap("#back");
        tap("#sync-now");
        waitUntil(() -> adminSees().contains("Samia Benali"));

        // 4. Camille shows the code of Samia's phone: Samia chosen by name, never an id.
        tap("#sync-open");
        tap("#sync-details-open");
        tap("#sync-to-pairing-code");
        clickOn("Samia Benali");
        tap("#issue-code");
        waitUntil(() -> !textOf("#pairing-code").isEmpty());
        shoot("4-samias-code");
        PairingLink samiasCode = new PairingLink(server.baseUrl(), textOf("#pairing-code"));
        stopApp();

        // 5. Samia: her own profile and her code; "Mon parcours" is hers.
        startApp(dir.resolve("samia"));
        createProfile("Samia", "#role-beneficiary");
        waitFor("#goal-cards");
        tap("#open-settings");
        revealAndTap("#settings-sync");
        tap("#sync-to-pair-device");
        pairWith(samiasCode);
        backTo("#goal-cards");
        shoot("5-samia-mon-parcours");
        stopApp();

        // 6. The admin, on a desk: Samia in Camille's caseload, beside the list.
        startApp(admin);
        tap("#unlock-pin").write(PIN);
        tap("#unlock");
        waitFor("#admin-home");
        Stage stage = (Stage) lookup("#admin-home").query().getScene().getWindow();
        interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        revealAndTap("#admin-people");
        waitUntil(() -> lookup(".person-name").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Samia Benali")));
        clickOn(lookup(".person-name").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals("Samia Benali"))
                .findFirst()
                .orElseThrow());
        waitFor("#detail-pane #admin-person");
        waitUntil(() -> lookup("#person-counsellors .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("Camille Martin")));
        shoot("6-admin-people-wide");
    }

    /** Back, screen by screen, to the one that shows {@code query}. */
    private void backTo(String query) {
        for (int i = 0;
                i < 4
                        && lookup(query)
                                .tryQuery()
                                .filter(javafx.scene.Node::isVisible)
                                .isEmpty();
                i++) {
            tap("#back");
            WaitForAsyncUtils.waitForFxEvents();
        }
        waitFor(query);
    }

    private void createProfile(String name, String role) {
        tap("#create-profile");
        tap("#display-name").write(name);
        revealAndTap(role);
        revealAndTap("#pin");
        write(PIN);
        revealAndTap("#pin-confirmation");
        write(PIN);
        revealAndTap("#create");
    }

    /** The pairing screen with the link pasted (what scanning the QR fills in), then "Relier". */
    private void pairWith(PairingLink link) {
        waitFor("#pair-code");
        interact(() -> lookup("#pair-code").queryAs(TextField.class).setText(link.uri()));
        waitUntil(() -> lookup("#pair-code").queryAs(TextField.class).getText().equals(link.code()));
        revealAndTap("#pair");
        waitUntil(() -> textOf("#snackbar-text").startsWith("C’est fait"));
    }

    /** The people the server holds, as the admin's own account sees them (a second, headless admin phone). */
    private List<String> adminSees() throws Exception {
        Path home = dir.resolve("admin-check");
        if (!Files.exists(home)) {
            RealServer.User checker = server.createUser("Contrôle", "ADMIN", null);
            try (LocalStore store = new Profiles(home, java.time.Clock.systemUTC(), 1000)
                    .create("Contrôle", org.jalons.protocol.Vocabulary.Role.ADMIN, PIN.toCharArray())) {
                new SyncEngine(store, AdminPhone.HTTP, java.time.Clock.systemUTC())
                        .pairing()
                        .pair(server.baseUrl(), server.pairingCode(checker), "Contrôle");
            }
        }
        try (LocalStore store = new Profiles(home, java.time.Clock.systemUTC(), 1000).unlock(PIN.toCharArray())) {
            return new org.jalons.sync.AdminClient(store, AdminPhone.HTTP)
                    .get("api/v1/admin/people", java.util.Map.of(), com.fasterxml.jackson.databind.JsonNode.class)
                    .findValuesAsText("displayName");
        }
    }

    private void shoot(String name) throws Exception {
        if (!Boolean.getBoolean("jalons.screenshots")) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents(3);
        AtomicReference<WritableImage> image = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() ->
                        image.set(lookup("#screen-title").query().getScene().snapshot(null)))
                .get();
        BufferedImage png = SwingFXUtils.fromFXImage(image.get(), null);
        try {
            Files.createDirectories(SHOTS);
            ImageIO.write(png, "png", SHOTS.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

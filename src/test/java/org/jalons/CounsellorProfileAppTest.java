package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.jalons.domain.Beneficiary;
import org.jalons.platform.RecordingLinks;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.sync.HttpSettings;
import org.jalons.sync.SyncEngine;
import org.jalons.sync.e2e.RealServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Against the real server in this JVM: Camille says in her settings how the people she supports see her (her name,
 * "ma conseillère", her work phone); her phone sends it; Samia's phone syncs and her home shows "Ma conseillère :
 * Camille" with Call and SMS buttons, in plain French and in easy-read, and a tap hands a tel: link to the phone.
 */
class CounsellorProfileAppTest extends RealAppTest {
    static final String PIN = "123456";
    static final Clock CLOCK = Clock.systemUTC();
    static final HttpSettings HTTP = HttpSettings.defaults().withDelays(Duration.ofMillis(5), Duration.ofMillis(50));

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
    void camillesProfileReachesSamiasHomeWithCallAndSmsButtons() throws Exception {
        server = RealServer.start(dir.resolve("server"));
        RealServer.User camille = server.createUser("Camille Martin", "COUNSELLOR", null);
        UUID samia = UUID.randomUUID();
        try (LocalStore phone = new Profiles(dir.resolve("camille"), CLOCK, 1000)
                .create("Camille Martin", Role.COUNSELLOR, PIN.toCharArray())) {
            SyncEngine sync = new SyncEngine(phone, HTTP, CLOCK);
            sync.pairing().pair(server.baseUrl(), server.pairingCode(camille), "Téléphone de Camille");
            phone.beneficiaries()
                    .save(new Beneficiary(
                            samia,
                            "Samia B.",
                            null,
                            LocalDate.of(2026, 9, 1),
                            null,
                            camille.id(),
                            List.of(),
                            null,
                            null));
            sync.syncOnce();
        }

        // Camille's settings: her profile, saved on the phone, then sent by the sync it asks for.
        startApp(dir.resolve("camille"));
        tap("#unlock-pin").write(PIN);
        tap("#unlock");
        waitFor("#caseload");
        tap("#place-settings");
        reveal("#profile-name");
        assertThat(lookup("#profile-form-neutral")
                        .queryAs(javafx.scene.control.ToggleButton.class)
                        .isSelected())
                .isTrue();
        tap("#profile-name").write("Camille");
        reveal("#profile-form-feminine");
        tap("#profile-form-feminine");
        assertThat(textOf("#profile-preview")).isEqualTo("Elles liront\u00a0: «\u00a0Ma conseillère Camille\u00a0»");
        reveal("#profile-phone");
        tap("#profile-phone").write("06 12 34 56 78");
        revealAndTap("#profile-save");
        waitUntil(() -> textOf("#snackbar-text").startsWith("Profil enregistré."));
        stopApp(); // waits for the sync the save asked for

        // Samia's phone, paired; the app syncs when it opens.
        RealServer.User samiaAccount = server.createUser("Samia B.", "BENEFICIARY", samia);
        try (LocalStore phone =
                new Profiles(dir.resolve("samia"), CLOCK, 1000).create("Samia", Role.BENEFICIARY, PIN.toCharArray())) {
            new SyncEngine(phone, HTTP, CLOCK)
                    .pairing()
                    .pair(server.baseUrl(), server.pairingCode(samiaAccount), "Téléphone de Samia");
        }
        RecordingLinks links = new RecordingLinks();
        startApp(dir.resolve("samia"), s -> s.withLinks(links));
        tap("#unlock-pin").write(PIN);
        tap("#unlock");
        waitUntil(() -> title().equals("Mon parcours"));
        // The home shows what the store holds when it opens: open it again until the first sync brought Camille.
        waitUntil(() -> {
            if (lookup("#my-counsellor-name").tryQuery().filter(Node::isVisible).isPresent()) {
                return true;
            }
            interact(() -> clickOn("#place-progress"));
            interact(() -> clickOn("#place-my-path"));
            return false;
        });
        assertThat(textOf("#my-counsellor-name")).isEqualTo("Ma conseillère\u00a0: Camille");
        Button call = lookup("#counsellor-call").queryButton();
        Button sms = lookup("#counsellor-sms").queryButton();
        assertThat(call.getText()).isEqualTo("Appeler");
        assertThat(call.getAccessibleText()).isEqualTo("Appeler Camille");
        assertThat(sms.getText()).isEqualTo("Envoyer un SMS");
        assertThat(sms.getAccessibleText()).isEqualTo("Envoyer un SMS à Camille");
        assertThat(call.getGraphic()).isNotNull();
        assertThat(call.getHeight()).isGreaterThanOrEqualTo(48);
        assertThat(sms.getHeight()).isGreaterThanOrEqualTo(48);
        tap("#counsellor-call");
        tap("#counsellor-sms");
        assertThat(links.opened).containsExactly(URI.create("tel:0612345678"), URI.create("sms:0612345678"));

        // Easy-read: the same card in easy words, a pictogram on each button.
        tap("#place-settings");
        reveal("#easy-read");
        tap("#easy-read");
        tap("#place-my-path");
        waitFor("#my-counsellor-name");
        assertThat(textOf("#my-counsellor-name")).isEqualTo("Ma conseillère\u00a0: Camille");
        Button easyCall = lookup("#counsellor-call").queryButton();
        assertThat(easyCall.getText()).isEqualTo("J’appelle");
        assertThat(easyCall.getAccessibleText()).isEqualTo("J’appelle Camille");
        assertThat(easyCall.getGraphic()).isNotNull();
        assertThat(lookup("#counsellor-sms").queryButton().getText()).isEqualTo("J’écris un message");
        assertThat(lookup("#my-counsellor-name").queryAs(Label.class).getGraphic())
                .isNotNull();
        tap("#counsellor-call");
        assertThat(links.opened).hasSize(3).last().isEqualTo(URI.create("tel:0612345678"));
    }
}

package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import org.jalons.domain.Beneficiary;
import org.jalons.platform.PictureSource;
import org.jalons.protocol.PairingLink;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.sync.HttpSettings;
import org.jalons.sync.Pairing;
import org.jalons.sync.SyncAccount;
import org.jalons.sync.SyncEngine;
import org.jalons.sync.e2e.RealServer;
import org.jalons.syncui.QrPictures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person pairs her phone by taking a photo of the QR code her counsellor's phone shows, or by choosing a
 * screenshot of it in her gallery, against the real sync server in this JVM: the phone's camera and gallery are
 * replaced by pictures made here (a photo of some other QR code, a picture with no code, then the real pairing
 * code), through the app's service overrides.
 */
class PairByScanningAppTest extends RealAppTest {
    static final String PIN = "123456";
    static final Clock CLOCK = Clock.systemUTC();
    static final HttpSettings HTTP = HttpSettings.defaults().withDelays(Duration.ofMillis(5), Duration.ofMillis(50));

    @TempDir
    Path dir;

    RealServer server;
    final UUID samia = UUID.randomUUID();
    /** The photos the "camera" gives, one per tap on "Scanner le code"; none left means the person gave up. */
    final Deque<Path> photos = new ArrayDeque<>();

    @AfterEach
    void stop() throws TimeoutException {
        stopApp();
        if (server != null) {
            server.close();
        }
    }

    /** A photo of a QR code on a counsellor's phone screen: small, slightly turned, on a table. */
    Path photoOf(String text, String name) {
        QrPictures.Pixels photo =
                QrPictures.photo(QrPictures.qr(text, 100), 2000, 1500, 600, 1100, 700, 7, 0.7, 6, name.hashCode());
        return QrPictures.jpeg(photo, dir.resolve("camera").resolve(name));
    }

    /**
     * The real server with Camille, a counsellor whose phone is paired and follows Samia; Samia's own phone has a
     * profile and is not paired. Returns the one-time code Camille's phone would show for Samia.
     */
    String samiasPairingCode() throws Exception {
        server = RealServer.start(dir.resolve("server"));
        RealServer.User camille = server.createUser("Camille Martin", "COUNSELLOR", null);
        try (LocalStore counsellor = new Profiles(dir.resolve("camille"), CLOCK, 1000)
                .create("Camille Martin", Role.COUNSELLOR, PIN.toCharArray())) {
            SyncEngine sync = new SyncEngine(counsellor, HTTP, CLOCK);
            sync.pairing().pair(server.baseUrl(), server.pairingCode(camille), "Téléphone de Camille");
            counsellor
                    .beneficiaries()
                    .save(new Beneficiary(
                            samia,
                            "Samia B.",
                            null,
                            LocalDate.of(2026, 9, 1),
                            null,
                            camille.id(),
                            List.of(),
                            null,
                            "Nord"));
            sync.syncOnce();
        }
        String code = server.pairingCode(server.createUser("Samia B.", "BENEFICIARY", samia));
        new Profiles(home(), CLOCK, 1000)
                .create("Samia", Role.BENEFICIARY, PIN.toCharArray())
                .close();
        return code;
    }

    Path home() {
        return dir.resolve("samia");
    }

    void assertSamiasPhoneIsPaired() throws Exception {
        try (LocalStore phone = new Profiles(home(), CLOCK, 1000).unlock(PIN.toCharArray())) {
            SyncAccount account = Pairing.account(phone).orElseThrow();
            assertThat(account.serverUrl()).isEqualTo(server.baseUrl());
            assertThat(account.role()).isEqualTo("BENEFICIARY");
            assertThat(account.beneficiaryId()).isEqualTo(samia);
        }
    }

    @Test
    void aPersonScansThePairingQrCodeChecksTheFormAndHerPhoneIsPaired() throws Exception {
        String code = samiasPairingCode();
        Path home = home();

        photos.add(photoOf("https://example.org/menu", "IMG_0001.jpg"));
        photos.add(photoOf(new PairingLink(server.baseUrl(), code).uri(), "IMG_0002.jpg"));
        PictureSource camera = () -> Optional.ofNullable(photos.poll());
        startApp(home, c -> c.withPictures(camera));
        tap("#unlock-pin").write(PIN);
        tap("#unlock");
        // The status bar shows with the home: tap it once the home is laid out.
        waitUntil(() -> title().equals("Mon parcours"));
        tap("#sync-open");
        tap("#sync-details-open");
        tap("#sync-to-pair-device");
        assertThat(title()).isEqualTo("Relier ce téléphone");
        // No address on her screen: the QR code carries it; the field stays folded for a test server.
        assertThat(field("#pair-server").getParent().isVisible()).isFalse();
        assertThat(lookup(".label").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText)
                .noneMatch(t -> t != null && (t.contains("http") || t.contains("localhost")));
        Button scan = lookup("#pair-scan").queryButton();
        assertThat(scan.getText()).isEqualTo("Scanner le code");
        assertThat(scan.getAccessibleText()).startsWith("Scanner le code\u00a0: prendre en photo le QR code");
        assertThat(scan.getGraphic()).isNotNull();
        assertThat(scan.getHeight()).isGreaterThanOrEqualTo(48);

        // A photo of another QR code: said in plain words, nothing filled in.
        tap("#pair-scan");
        waitUntil(() -> textOf("#pair-scan-error").startsWith("Ce QR code n’est pas un code d’appairage Jalons."));
        assertThat(field("#pair-code").getText()).isEmpty();

        // The pairing code: the form is filled, nothing is sent until she taps "Relier ce téléphone".
        tap("#pair-scan");
        waitUntil(() -> textOf("#pair-scanned").startsWith("QR code lu\u00a0: le code est rempli."));
        assertThat(textOf("#pair-scan-error")).isEmpty();
        assertThat(field("#pair-code").getText()).isEqualTo(code);
        assertThat(field("#pair-device-name").getText()).isEqualTo("Téléphone de Samia");

        revealAndTap("#pair");
        waitUntil(() -> textOf("#snackbar-text").startsWith("C’est fait\u00a0: ce téléphone est relié (Samia B.)"));

        // No photo left: the person gave up this time; what is there stays.
        tap("#pair-scan");
        waitUntil(() -> textOf("#pair-scan-error").equals("Aucune photo prise. Rien n’a changé."));
        stopApp();
        assertSamiasPhoneIsPaired();
    }

    @Test
    void aPersonPairsFromAScreenshotOfTheCodeInHerGalleryAfterAPictureWithNoCode() throws Exception {
        String code = samiasPairingCode();
        Deque<Path> gallery = new ArrayDeque<>();
        gallery.add(QrPictures.png(QrPictures.photoWithoutCode(1080, 1920, 4), dir.resolve("gallery/IMG_0007.png")));
        gallery.add(QrPictures.png(
                QrPictures.screenshot(
                        QrPictures.qr(new PairingLink(server.baseUrl(), code).uri(), 240), 1080, 2340, 720, 480),
                dir.resolve("gallery/Screenshot_20261126.png")));
        int[] cameraOpened = {0};
        PictureSource phone = new PictureSource() {
            @Override
            public Optional<Path> choosePicture() {
                cameraOpened[0]++;
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseFromGallery(String purpose) {
                return Optional.ofNullable(gallery.poll());
            }
        };
        startApp(home(), c -> c.withPictures(phone));
        tap("#unlock-pin").write(PIN);
        tap("#unlock");
        // The status bar shows with the home: tap it once the home is laid out.
        waitUntil(() -> title().equals("Mon parcours"));
        tap("#sync-open");
        tap("#sync-details-open");
        tap("#sync-to-pair-device");
        Button pick = lookup("#pair-gallery").queryButton();
        assertThat(pick.getText()).isEqualTo("Choisir une image du code");
        assertThat(pick.getAccessibleText()).startsWith("Choisir une image du code\u00a0: une capture d’écran");
        assertThat(pick.getGraphic()).isNotNull();
        assertThat(pick.getHeight()).isGreaterThanOrEqualTo(48);

        // A picture with no code in it: said in plain words, nothing filled in.
        tap("#pair-gallery");
        waitUntil(() -> textOf("#pair-scan-error").startsWith("Aucun QR code trouvé sur cette image."));
        assertThat(textOf("#pair-scan-error")).endsWith("Rien n’a changé.");
        assertThat(field("#pair-code").getText()).isEmpty();

        // The screenshot of the code: the form is filled; she checks it and links her phone.
        tap("#pair-gallery");
        waitUntil(() -> textOf("#pair-scanned").startsWith("QR code lu\u00a0: le code est rempli."));
        assertThat(field("#pair-code").getText()).isEqualTo(code);
        revealAndTap("#pair");
        waitUntil(() -> textOf("#snackbar-text").startsWith("C’est fait\u00a0: ce téléphone est relié (Samia B.)"));

        // No picture chosen this time: what is there stays.
        tap("#pair-gallery");
        waitUntil(() -> textOf("#pair-scan-error").equals("Aucune image choisie. Rien n’a changé."));
        assertThat(cameraOpened[0]).as("the camera is never opened").isZero();
        stopApp();
        assertSamiasPhoneIsPaired();
    }

    TextField field(String query) {
        return lookup(query).queryAs(TextField.class);
    }
}

package org.jalons.syncui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.platform.PictureSource;
import org.jalons.protocol.PairingLink;
import org.jalons.sync.SyncAccount;
import org.jalons.ui.DirectBackground;
import org.jalons.ui.EasyRead;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * "Scanner le code" and "Choisir une image du code": a photo of the pairing QR code, or a screenshot of it from the
 * gallery, fills the form, and the person still taps "Relier"; every way it can go wrong says so in plain words
 * (easy-read words in that mode) and leaves the form as it was.
 */
class PairDeviceViewModelTest {
    static final String SERVER = "https://jalons.example.org/";
    static final String KNOWN = "https://old.example.org/";

    @TempDir
    Path dir;

    final List<String> pairedWith = new ArrayList<>();
    final AtomicInteger onPaired = new AtomicInteger();
    /** What the "camera" gives next; empty when the person gives up. */
    Optional<Path> nextPhoto = Optional.empty();
    /** What the "gallery" gives next; empty when the person gives up. */
    Optional<Path> nextPicture = Optional.empty();

    final List<String> asked = new ArrayList<>();
    final List<String> askedGallery = new ArrayList<>();

    /** The real decoder opens the photo files with JavaFX (Monocle, headless). */
    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    PairDeviceViewModel model(Language language, boolean easyRead, PairDeviceViewModel.CodeReader reader) {
        PictureSource device = new PictureSource() {
            @Override
            public Optional<Path> choosePicture() {
                return choosePicture("");
            }

            @Override
            public Optional<Path> choosePicture(String purpose) {
                asked.add(purpose);
                return nextPhoto;
            }

            @Override
            public Optional<Path> chooseFromGallery(String purpose) {
                askedGallery.add(purpose);
                return nextPicture;
            }
        };
        return new PairDeviceViewModel(
                (url, code, name) -> {
                    pairedWith.add(url + " " + code + " " + name);
                    return new SyncAccount(
                            url,
                            UUID.randomUUID(),
                            "t",
                            UUID.randomUUID(),
                            "BENEFICIARY",
                            UUID.randomUUID(),
                            "Samia B.",
                            UUID.randomUUID());
                },
                new DirectBackground(),
                new EasyRead(new Messages(language), easyRead, 1.0),
                "Samia",
                KNOWN,
                device,
                reader,
                onPaired::incrementAndGet);
    }

    PairDeviceViewModel model(Language language, PairDeviceViewModel.CodeReader reader) {
        return model(language, false, reader);
    }

    PairDeviceViewModel model(Language language) {
        return model(language, QrDecoder::read);
    }

    /** A screenshot of the counsellor's pairing screen, as a person receives it in a message. */
    Path screenshotOf(String text) {
        QrPictures.Pixels shot = QrPictures.screenshot(QrPictures.qr(text, 240), 1080, 2340, 720, 500);
        return QrPictures.png(shot, dir.resolve(UUID.randomUUID() + ".png"));
    }

    Path photoOf(String text) {
        QrPictures.Pixels photo = QrPictures.photo(QrPictures.qr(text, 100), 1600, 1200, 520, 900, 560, 9, 0.7, 6, 7);
        return QrPictures.jpeg(photo, dir.resolve(UUID.randomUUID() + ".jpg"));
    }

    static void assertUntouched(PairDeviceViewModel model) {
        assertThat(model.serverProperty().get()).isEqualTo(KNOWN);
        assertThat(model.codeProperty().get()).isEmpty();
        assertThat(model.scannedProperty().get()).isEmpty();
        assertThat(model.scanningProperty().get()).isFalse();
    }

    @Test
    void aPhotoOfThePairingQrCodeFillsTheFormAndTheTapOnRelierPairs() {
        PairDeviceViewModel model = model(Language.FRENCH);
        nextPhoto = Optional.of(photoOf(new PairingLink(SERVER, "Q2W3E4R5").uri()));

        model.scan();

        assertThat(asked).containsExactly("Choisissez une photo ou une image du QR code");
        assertThat(model.serverProperty().get()).isEqualTo(SERVER);
        assertThat(model.codeProperty().get()).isEqualTo("Q2W3E4R5");
        assertThat(model.scannedProperty().get()).startsWith("QR code lu\u00a0: le code est rempli.");
        assertThat(model.scanErrorProperty().get()).isEmpty();
        assertThat(pairedWith)
                .as("scanning fills the form; the person confirms")
                .isEmpty();

        model.pair();

        assertThat(pairedWith).containsExactly(SERVER + " Q2W3E4R5 Téléphone de Samia");
        assertThat(onPaired).hasValue(1);
        assertThat(model.scannedProperty().get()).isEmpty();
        assertThat(model.doneProperty().get()).startsWith("C’est fait");
    }

    @Test
    void aCancelledPhotoSaysNothingChanged() {
        PairDeviceViewModel model = model(Language.FRENCH);
        model.scan();
        assertThat(model.scanErrorProperty().get()).isEqualTo("Aucune photo prise. Rien n’a changé.");
        assertUntouched(model);
    }

    @Test
    void aPhotoWithoutACodeSaysHowToTakeItAgain() {
        PairDeviceViewModel model = model(Language.ENGLISH);
        nextPhoto = Optional.of(QrPictures.jpeg(QrPictures.photoWithoutCode(1200, 900, 8), dir.resolve("desk.jpg")));
        model.scan();
        assertThat(model.scanErrorProperty().get())
                .isEqualTo("No QR code found in this photo. Take it again "
                        + "closer, straight on, with the whole QR code in it. Nothing changed.");
        assertUntouched(model);
    }

    @Test
    void aQrCodeThatIsNotAPairingLinkIsRefused() {
        PairDeviceViewModel model = model(Language.FRENCH);
        for (String other : List.of("https://example.org/menu", "K7P2QX9M", "jalons://pair?server=https%3A%2F%2Fx")) {
            nextPhoto = Optional.of(photoOf(other));
            model.scan();
            assertThat(model.scanErrorProperty().get())
                    .as(other)
                    .isEqualTo(
                            "Ce QR code n’est pas un code d’appairage Jalons. Demandez à la personne qui vous accompagne "
                                    + "de vous montrer le bon. Rien n’a changé.");
            assertUntouched(model);
        }
    }

    @Test
    void aFileThatDoesNotOpenSaysSo() throws Exception {
        PairDeviceViewModel model = model(Language.ENGLISH);
        nextPhoto = Optional.of(Files.writeString(dir.resolve("photo.jpg"), "not a picture"));
        model.scan();
        assertThat(model.scanErrorProperty().get())
                .isEqualTo("This picture does not open. Take a new photo of the QR code. Nothing changed.");
        assertUntouched(model);

        PairDeviceViewModel crashing = model(Language.ENGLISH, photo -> {
            throw new OutOfMemoryError("a 100 MP panorama");
        });
        crashing.scan();
        assertThat(crashing.scanErrorProperty().get()).startsWith("This picture does not open.");
        assertUntouched(crashing);
    }

    @Test
    void aCameraThatFailsToOpenLeavesTypingTheCode() {
        PictureSource broken = new PictureSource() {
            @Override
            public Optional<Path> choosePicture() {
                throw new IllegalStateException("no camera permission");
            }
        };
        PairDeviceViewModel model = new PairDeviceViewModel(
                (url, code, name) -> {
                    throw new AssertionError("no pairing");
                },
                new DirectBackground(),
                new EasyRead(new Messages(Language.FRENCH), false, 1.0),
                "Samia",
                KNOWN,
                broken,
                QrDecoder::read,
                () -> {});
        model.scan();
        assertThat(model.scanErrorProperty().get())
                .isEqualTo("L’appareil photo ne s’est pas ouvert. Tapez le code à la place. Rien n’a changé.");
        assertUntouched(model);
    }

    @Test
    void aGoodScanAfterAFailedOneClearsTheMessageAndATypedCodeIsKeptUntilThen() {
        PairDeviceViewModel model = model(Language.FRENCH);
        model.codeProperty().set("ABCD1234");
        nextPhoto = Optional.of(photoOf("https://example.org/menu"));
        model.scan();
        assertThat(model.codeProperty().get())
                .as("a failed scan keeps what was typed")
                .isEqualTo("ABCD1234");
        assertThat(model.scanErrorProperty().get()).isNotEmpty();

        nextPhoto = Optional.of(photoOf(new PairingLink(SERVER, "Q2W3E4R5").uri()));
        model.scan();
        assertThat(model.scanErrorProperty().get()).isEmpty();
        assertThat(model.codeProperty().get()).isEqualTo("Q2W3E4R5");
        assertThat(model.serverProperty().get()).isEqualTo(SERVER);
    }

    @Test
    void aScreenshotChosenInTheGalleryFillsTheFormWithoutTheCamera() {
        PairDeviceViewModel model = model(Language.FRENCH);
        nextPicture = Optional.of(screenshotOf(new PairingLink(SERVER, "Q2W3E4R5").uri()));

        model.fromGallery();

        assertThat(askedGallery).containsExactly("Choisissez une capture d’écran ou une image du QR code");
        assertThat(asked).as("the camera is not opened").isEmpty();
        assertThat(model.serverProperty().get()).isEqualTo(SERVER);
        assertThat(model.codeProperty().get()).isEqualTo("Q2W3E4R5");
        assertThat(model.scannedProperty().get()).startsWith("QR code lu\u00a0: le code est rempli.");
        assertThat(pairedWith).as("the person still confirms").isEmpty();
        model.pair();
        assertThat(pairedWith).containsExactly(SERVER + " Q2W3E4R5 Téléphone de Samia");
    }

    @Test
    void aGalleryPictureThatHoldsNoCodeSaysSoInItsOwnWordsAndChangesNothing() throws Exception {
        PairDeviceViewModel model = model(Language.FRENCH);
        nextPicture =
                Optional.of(QrPictures.png(QrPictures.photoWithoutCode(1080, 1920, 3), dir.resolve("selfie.png")));
        model.fromGallery();
        assertThat(model.scanErrorProperty().get())
                .isEqualTo(
                        "Aucun QR code trouvé sur cette image. Choisissez une "
                                + "image où tout le QR code se voit, par exemple une capture d’écran du code. Rien n’a changé.");
        assertUntouched(model);

        nextPicture = Optional.empty();
        model.fromGallery();
        assertThat(model.scanErrorProperty().get()).isEqualTo("Aucune image choisie. Rien n’a changé.");
        assertUntouched(model);

        nextPicture = Optional.of(Files.writeString(dir.resolve("IMG_0001.HEIC"), "not a picture JavaFX opens"));
        model.fromGallery();
        assertThat(model.scanErrorProperty().get())
                .isEqualTo("Cette image ne s’ouvre pas. Choisissez-en une autre. Rien n’a changé.");
        assertUntouched(model);

        nextPicture = Optional.of(screenshotOf("https://example.org/menu"));
        model.fromGallery();
        assertThat(model.scanErrorProperty().get())
                .startsWith("Ce QR code n’est pas un code d’appairage Jalons.")
                .endsWith("Rien n’a changé.");
        assertUntouched(model);
    }

    @Test
    void aGalleryThatFailsToOpenLeavesTypingTheCode() {
        PictureSource broken = new PictureSource() {
            @Override
            public Optional<Path> choosePicture() {
                throw new AssertionError("the camera is not asked");
            }

            @Override
            public Optional<Path> chooseFromGallery(String purpose) {
                throw new IllegalStateException("no permission to read pictures");
            }
        };
        PairDeviceViewModel model = new PairDeviceViewModel(
                (url, code, name) -> {
                    throw new AssertionError("no pairing");
                },
                new DirectBackground(),
                new EasyRead(new Messages(Language.ENGLISH), false, 1.0),
                "Samia",
                KNOWN,
                broken,
                QrDecoder::read,
                () -> {});
        model.fromGallery();
        assertThat(model.scanErrorProperty().get())
                .isEqualTo("This phone’s pictures did not open. Type the code instead. Nothing changed.");
        assertUntouched(model);
    }

    @Test
    void inEasyReadEveryScanMessageIsItsEasyVersionAndStillSaysNothingChanged() throws Exception {
        PairDeviceViewModel model = model(Language.FRENCH, true, QrDecoder::read);
        assertThat(model.deviceNameProperty().get()).isEqualTo("Téléphone de Samia");
        model.scan();
        assertThat(model.scanErrorProperty().get()).isEqualTo("Pas de photo. Rien n’a changé.");
        nextPicture = Optional.of(QrPictures.png(QrPictures.photoWithoutCode(800, 600, 5), dir.resolve("cat.png")));
        model.fromGallery();
        assertThat(model.scanErrorProperty().get())
                .isEqualTo(
                        "Je ne vois pas de code en carré sur cette image. Je choisis une image avec tout le code. Rien n’a changé.");
        assertUntouched(model);

        nextPicture = Optional.of(screenshotOf(new PairingLink(SERVER, "Q2W3E4R5").uri()));
        model.fromGallery();
        assertThat(model.scannedProperty().get()).startsWith("C’est lu.");
        assertThat(model.codeProperty().get()).isEqualTo("Q2W3E4R5");

        PairDeviceViewModel english = model(Language.ENGLISH, true, QrDecoder::read);
        nextPicture = Optional.empty();
        english.fromGallery();
        assertThat(english.scanErrorProperty().get()).isEqualTo("No picture. Nothing changed.");
        english.serverProperty().set("");
        english.codeProperty().set("K7P2QX9M");
        english.pair();
        assertThat(english.errorProperty().get())
                .isEqualTo(
                        "The code alone is not enough. I take a photo of the square code. Or I paste the link I got.");
    }

    /** A phone that was never paired knows no server: a bare code says to scan the code or paste the link. */
    @Test
    void aBareCodeWithNoServerKnownSaysToScanOrPasteTheLink() {
        PairDeviceViewModel model = new PairDeviceViewModel(
                (url, code, name) -> {
                    throw new AssertionError("no pairing without an address");
                },
                new DirectBackground(),
                new EasyRead(new Messages(Language.FRENCH), false, 1.0),
                "Samia",
                null,
                () -> Optional.empty(),
                QrDecoder::read,
                () -> {});
        assertThat(model.serverProperty().get()).isEmpty();
        model.codeProperty().set("k7p2 qx9m");
        model.pair();
        assertThat(model.errorProperty().get())
                .isEqualTo("Ce téléphone ne sait pas encore où se relier\u00a0: scannez le code, ou collez le lien "
                        + "qu’on vous a envoyé (il commence par jalons://pair).")
                .doesNotContain("http");

        model.codeProperty().set(new PairingLink(SERVER, "K7P2QX9M").uri());
        assertThat(model.serverProperty().get()).isEqualTo(SERVER);
        assertThat(model.codeProperty().get()).isEqualTo("K7P2QX9M");
    }

    @Test
    void aPairingFailureIsToldInEasyReadWordsInThatMode() {
        PairDeviceViewModel model = new PairDeviceViewModel(
                (url, code, name) -> {
                    throw new org.jalons.sync.SyncException(org.jalons.sync.SyncProblem.PAIRING_CODE_INVALID, "410");
                },
                new DirectBackground(),
                new EasyRead(new Messages(Language.FRENCH), true, 1.0),
                "Samia",
                KNOWN,
                () -> Optional.empty(),
                QrDecoder::read,
                () -> {});
        model.codeProperty().set("K7P2QX9M");
        model.pair();
        assertThat(model.errorProperty().get())
                .isEqualTo(
                        "Ce code ne marche pas. Il est faux, déjà utilisé ou trop vieux. Je demande un nouveau code.");
    }

    @Test
    void aPlainHttpServerToAnotherMachineIsRefusedInPlainWordsWithoutItsAddressAndNothingIsSent() {
        PairDeviceViewModel model = model(Language.FRENCH);
        model.serverProperty().set("HTTP://192.168.1.20:7070/");
        model.codeProperty().set("K7P2QX9M");
        model.pair();
        assertThat(model.errorProperty().get())
                .isEqualTo("Cette adresse n’est pas sécurisée\u00a0: rien n’a "
                        + "été envoyé, vos saisies sont gardées. Demandez à votre structure l’adresse qui commence par "
                        + "https:// et un nouveau code.")
                .doesNotContain("192.168");

        PairDeviceViewModel english = model(Language.ENGLISH);
        english.codeProperty().set(new PairingLink("http://localhost@evil.example/", "K7P2QX9M").uri());
        english.pair();
        assertThat(english.errorProperty().get())
                .startsWith("This address is not secure: nothing was sent")
                .doesNotContain("evil");

        PairDeviceViewModel easy = model(Language.FRENCH, true, QrDecoder::read);
        easy.serverProperty().set("http://127.0.0.1.evil.example/");
        easy.codeProperty().set("K7P2QX9M");
        easy.pair();
        assertThat(easy.errorProperty().get())
                .isEqualTo("Cette adresse n’est pas sûre. Rien n’est envoyé. "
                        + "Mes données sont gardées. Je demande la bonne adresse et un nouveau code.");

        assertThat(pairedWith).isEmpty();
        assertThat(onPaired).hasValue(0);
    }

    @Test
    void aScannedPairingLinkToAPlainHttpServerIsRefusedAndChangesNothing() {
        PairDeviceViewModel model = model(
                Language.ENGLISH,
                link -> new QrDecoder.Outcome.Found(new PairingLink("http://jalons.example.org/", "Q2W3E4R5").uri()));
        nextPhoto = Optional.of(dir.resolve("photo.jpg"));
        model.scan();
        assertThat(model.scanErrorProperty().get()).startsWith("This address is not secure");
        assertUntouched(model);
    }

    @Test
    void plainHttpToThisMachineStillPairsForTheDemoAndTests() {
        PairDeviceViewModel model = model(Language.FRENCH);
        model.serverProperty().set("http://127.0.0.1:7070/");
        model.codeProperty().set("K7P2QX9M");
        model.pair();
        assertThat(pairedWith).containsExactly("http://127.0.0.1:7070/ K7P2QX9M Téléphone de Samia");
        assertThat(model.errorProperty().get()).isEmpty();
    }
}

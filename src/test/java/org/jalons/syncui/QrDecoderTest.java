package org.jalons.syncui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeoutException;
import javafx.scene.image.WritableImage;
import org.jalons.protocol.PairingLink;
import org.jalons.syncui.QrDecoder.Outcome;
import org.jalons.syncui.QrPictures.Pixels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * Reading pairing QR codes drawn by our own {@link QrCode}: as drawn, through a JavaFX image, and as a phone
 * photo spoils them (turned, scaled, noisy, dim, small in a 12 MP JPEG); and the pictures that must give nothing.
 */
class QrDecoderTest {
    static final String LINK = new PairingLink("https://jalons.example.org/", "K7P2QX9M").uri();

    @TempDir
    Path dir;

    /** JavaFX opens the picture files and backs WritableImage (Monocle, headless). */
    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    static Pixels link(int size) {
        return QrPictures.qr(LINK, size);
    }

    @Test
    void aCodeAsQrCodeDrawsItIsRead() {
        Pixels qr = link(300);
        assertThat(QrDecoder.decode(qr.argb(), qr.width(), qr.height())).contains(LINK);
    }

    /** Found by fuzzing: ZXing's finder-pattern search missed this clean code at three pixels a module. */
    @Test
    void aCleanCodeTheFinderSearchMissesIsReadAsAPureCode() {
        String text = new PairingLink("ha:878ttOsl.ro g:8787", "").uri();
        com.google.zxing.common.BitMatrix m = QrCode.matrix(text, 0);
        int width = m.getWidth() * 3;
        int height = m.getHeight() * 3;
        int[] argb = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                argb[y * width + x] = m.get(x / 3, y / 3) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        assertThat(QrDecoder.decode(argb, width, height)).contains(text);
    }

    @Test
    void aCodeInAJavaFxImageIsReadThroughItsPixelReader() {
        WritableImage image = QrCode.image(LINK, 280);
        assertThat(QrDecoder.decode(image)).contains(LINK);
    }

    @Test
    void aCodeTurnedScaledDimAndNoisyIsRead() {
        Pixels photo = QrPictures.photo(link(100), 900, 900, 430, 470, 440, 23, 0.6, 14, 1);
        assertThat(QrDecoder.decode(photo.argb(), photo.width(), photo.height()))
                .contains(LINK);
        Pixels upsideDown = QrPictures.photo(link(100), 700, 700, 380, 350, 350, 185, 0.8, 8, 2);
        assertThat(QrDecoder.decode(upsideDown.argb(), upsideDown.width(), upsideDown.height()))
                .contains(LINK);
    }

    @Test
    void aTwelveMegapixelJpegPhotoWithTheCodeSmallAndOffCentreIsRead() {
        Pixels photo = QrPictures.photo(link(100), 4000, 3000, 720, 2650, 1150, 12, 0.55, 9, 3);
        Path file = QrPictures.jpeg(photo, dir.resolve("IMG_0001.jpg"));
        long start = System.nanoTime();
        Outcome outcome = QrDecoder.read(file);
        System.out.printf("12 MP photo read in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertThat(outcome).isEqualTo(new Outcome.Found(LINK));
    }

    @Test
    void aLightCodeOnADarkGroundIsRead() {
        Pixels dark = QrPictures.inverted(QrPictures.photo(link(100), 600, 600, 400, 300, 300, 0, 1, 3, 4));
        assertThat(QrDecoder.decode(dark.argb(), dark.width(), dark.height())).contains(LINK);
    }

    @Test
    void aCodeSavedWithATransparentGroundIsReadFromItsPngFile() {
        Path file = QrPictures.png(QrPictures.transparentGround(link(300)), dir.resolve("code.png"));
        assertThat(QrDecoder.read(file)).isEqualTo(new Outcome.Found(LINK));
    }

    @Test
    void anyQrCodeIsReadAsItIsTheCallerJudgesWhatItSays() {
        Pixels other = QrPictures.qr("https://example.org/menu", 250);
        assertThat(QrDecoder.decode(other.argb(), other.width(), other.height()))
                .contains("https://example.org/menu");
    }

    @Test
    void aPhotoWithoutAnyCodeGivesNoCode() {
        Pixels blank = QrPictures.photoWithoutCode(800, 600, 5);
        assertThat(QrDecoder.decode(blank.argb(), blank.width(), blank.height()))
                .isEmpty();
        Path big = QrPictures.jpeg(QrPictures.photoWithoutCode(4000, 3000, 6), dir.resolve("IMG_0002.jpg"));
        long start = System.nanoTime();
        Outcome outcome = QrDecoder.read(big);
        System.out.printf("12 MP photo without a code given up in %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertThat(outcome).isEqualTo(new Outcome.NoCode());
    }

    @Test
    void aPlainWhiteOrTinyPictureGivesNoCode() {
        int[] white = new int[64 * 64];
        Arrays.fill(white, 0xFFFFFFFF);
        assertThat(QrDecoder.decode(white, 64, 64)).isEmpty();
        assertThat(QrDecoder.decode(new int[] {0xFF000000}, 1, 1)).isEmpty();
        assertThat(QrDecoder.decode(new int[0], 0, 0)).isEmpty();
    }

    @Test
    void filesThatAreNotPicturesAreUnreadable() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.jpg"));
        Path text = Files.writeString(dir.resolve("notes.png"), "Rendez-vous mardi à 10 h");
        byte[] good = Files.readAllBytes(QrPictures.png(link(200), dir.resolve("good.png")));
        Path cut = Files.write(dir.resolve("cut.png"), Arrays.copyOf(good, 40));
        Path folder = Files.createDirectory(dir.resolve("DCIM"));
        for (Path file : new Path[] {empty, text, cut, folder, dir.resolve("gone.jpg")}) {
            assertThat(QrDecoder.read(file)).as(file.getFileName().toString()).isEqualTo(new Outcome.Unreadable());
        }
    }
}

package org.jalons.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.zxing.common.BitMatrix;
import java.util.Optional;
import org.jalons.protocol.PairingLink;
import org.jalons.syncui.QrCode;
import org.jalons.syncui.QrDecoder;

/**
 * What a phone reads to pair: a pasted or typed pairing link, the text of a scanned QR code, and the pixels of a
 * picture. Reading never fails with an exception (a refusal is "not a pairing link"), a link read has a server and
 * a code, and scanning a link's QR code reads what pasting the link reads. Seeds:
 * {@code src/test/resources/org/jalons/fuzz/PairingLinkFuzzTestInputs/<method>/} (see docs/FUZZING.md).
 */
class PairingLinkFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void pastedLink(FuzzedDataProvider data) {
        Optional<PairingLink> link = PairingLink.parse(data.consumeRemainingAsString());
        link.ifPresent(l -> {
            assertThat(l.server()).isNotBlank();
            assertThat(l.code()).isNotBlank();
        });
    }

    /** A link made of fuzzed parts, drawn as the counsellor's screen draws it, then scanned. */
    @FuzzTest(maxDuration = "10m")
    void scannedLink(FuzzedDataProvider data) {
        PairingLink made = new PairingLink(data.consumeString(300), data.consumeRemainingAsString());
        String text = made.uri();
        BitMatrix matrix;
        try {
            matrix = QrCode.matrix(text, 0);
        } catch (IllegalArgumentException tooLong) {
            return;
        }
        // Three pixels a module, as a camera sees a screen: one pixel a module is finer than any photo.
        int width = matrix.getWidth() * 3;
        int height = matrix.getHeight() * 3;
        int[] argb = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                argb[y * width + x] = matrix.get(x / 3, y / 3) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        Optional<String> scanned = QrDecoder.decode(argb, width, height);
        assertThat(scanned).as("the QR code of %s", text).contains(text);
        assertThat(PairingLink.parse(scanned.get())).isEqualTo(PairingLink.parse(text));
    }

    /** Any picture: no exception, and whatever text is found goes through the same reading as a pasted link. */
    @FuzzTest(maxDuration = "10m")
    void picture(FuzzedDataProvider data) {
        int width = data.consumeInt(1, 96);
        int height = data.consumeInt(1, 96);
        int[] argb = new int[width * height];
        for (int i = 0; i < argb.length && data.remainingBytes() > 0; i++) {
            argb[i] = data.consumeBoolean() ? 0xFF000000 : 0xFFFFFFFF;
        }
        QrDecoder.decode(argb, width, height).ifPresent(PairingLink::parse);
    }
}

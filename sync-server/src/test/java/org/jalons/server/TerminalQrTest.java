package org.jalons.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminalQrTest {
    /** Reads a QR drawn by {@link TerminalQr} back, each module 4 pixels wide, as a phone's camera would. */
    static String decode(String drawn) throws Exception {
        List<String> lines = drawn.lines().toList();
        int width = lines.get(0).length();
        int height = lines.size() * 2;
        int scale = 4;
        int[] pixels = new int[width * scale * height * scale];
        for (int row = 0; row < lines.size(); row++) {
            String line = lines.get(row);
            assertThat(line).hasSize(width);
            for (int x = 0; x < width; x++) {
                char c = line.charAt(x);
                boolean topLight = c == '█' || c == '▀';
                boolean bottomLight = c == '█' || c == '▄';
                paint(pixels, width * scale, x, row * 2, topLight, scale);
                paint(pixels, width * scale, x, row * 2 + 1, bottomLight, scale);
            }
        }
        var source = new RGBLuminanceSource(width * scale, height * scale, pixels);
        return new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(source)), Map.of(DecodeHintType.TRY_HARDER, true))
                .getText();
    }

    private static void paint(int[] pixels, int stride, int x, int y, boolean light, int scale) {
        int colour = light ? 0xFFFFFFFF : 0xFF000000;
        for (int dy = 0; dy < scale; dy++) {
            for (int dx = 0; dx < scale; dx++) {
                pixels[(y * scale + dy) * stride + x * scale + dx] = colour;
            }
        }
    }

    @Test
    void aLinkDrawnOnTheTerminalReadsBackWithItsQuietZone() throws Exception {
        String link = "jalons://pair?server=https%3A%2F%2Fjalons.example.org&code=ABCD2345";
        String drawn = TerminalQr.draw(link);

        assertThat(decode(drawn)).isEqualTo(link);
        List<String> lines = drawn.lines().toList();
        assertThat(lines.get(0)).as("the quiet zone: a light top row").matches("█+");
        assertThat(lines).allSatisfy(l -> assertThat(l).startsWith("██").endsWith("██"));
    }

    @Test
    void onlyTheAddressesTheAppSendsItsTokenToAreAccepted() {
        assertThat(PhoneAddress.refusal(null)).isNull();
        assertThat(PhoneAddress.refusal("https://jalons.example.org")).isNull();
        assertThat(PhoneAddress.refusal("https://jalons.example.org:8443/")).isNull();
        assertThat(PhoneAddress.refusal("http://127.0.0.1:8787")).isNull();
        assertThat(PhoneAddress.refusal("http://localhost:8787")).isNull();
        assertThat(PhoneAddress.refusal("http://jalons.example.org")).contains("https://");
        assertThat(PhoneAddress.refusal("https://user@jalons.example.org")).contains("address only");
        assertThat(PhoneAddress.refusal("https://jalons.example.org/#x")).contains("address only");
        assertThat(PhoneAddress.refusal("not an address at all")).startsWith("--url");
    }
}

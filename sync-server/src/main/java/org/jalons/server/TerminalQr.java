package org.jalons.server;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A QR code drawn with text, for the operator's terminal: two modules a character (upper and lower half blocks),
 * light modules drawn and dark ones left blank, as {@code qrencode -t UTF8} does, so that it reads on a terminal's
 * dark background; a margin of light modules all around (the quiet zone a phone's camera needs).
 */
final class TerminalQr {
    static final int QUIET_ZONE = 2;

    private TerminalQr() {}

    static String draw(String text) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(
                                    EncodeHintType.MARGIN,
                                    QUIET_ZONE,
                                    EncodeHintType.ERROR_CORRECTION,
                                    ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot draw " + text.length() + " characters as a QR code", e);
        }
        StringBuilder out = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y += 2) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                boolean top = !matrix.get(x, y);
                boolean bottom = y + 1 < matrix.getHeight() ? !matrix.get(x, y + 1) : true;
                out.append(top ? (bottom ? '█' : '▀') : (bottom ? '▄' : ' '));
            }
            out.append('\n');
        }
        return out.toString();
    }
}

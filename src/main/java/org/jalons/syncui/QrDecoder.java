package org.jalons.syncui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds and reads the QR code in a picture with ZXing core alone (no AWT, which phones lack): a screenshot, or a
 * 12 MP phone photo taken at an angle, in poor light, with the code small among other things. JavaFX decodes the
 * file; ZXing reads the pixels.
 *
 * <p>Several passes, cheapest first: a very large picture is first tried scaled down (faster, and the camera's
 * noise averages out), then at full size; each size as it is, then inverted (a light code on a dark screen); each
 * with ZXing's local (hybrid) binarizer, then its global histogram one, which does better on evenly lit
 * low-contrast pictures.
 */
public final class QrDecoder {
    private static final Logger LOG = LoggerFactory.getLogger(QrDecoder.class);
    /** A picture whose longest side is above this is also tried scaled down to about this size. */
    static final int WORKING_SIZE = 1200;

    private static final Map<DecodeHintType, Object> HINTS = hints();
    private static final List<Function<LuminanceSource, Binarizer>> BINARIZERS =
            List.of(HybridBinarizer::new, GlobalHistogramBinarizer::new);

    /** What reading a picture gave. */
    public sealed interface Outcome {
        /** A QR code was read; its text. */
        record Found(String text) implements Outcome {}

        /** The picture opened, but no QR code could be read in it. */
        record NoCode() implements Outcome {}

        /** The file is not a picture this phone can open (missing, empty, damaged, another format). */
        record Unreadable() implements Outcome {}
    }

    private QrDecoder() {}

    private static Map<DecodeHintType, Object> hints() {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        hints.put(DecodeHintType.TRY_HARDER, true);
        hints.put(DecodeHintType.CHARACTER_SET, "UTF-8");
        return hints;
    }

    /** Opens a picture file and reads the QR code in it. Slow on a big photo: call it off the FX thread. */
    public static Outcome read(Path file) {
        if (file == null || !Files.isRegularFile(file) || !Files.isReadable(file)) {
            LOG.info("The picture {} is not a readable file", file);
            return new Outcome.Unreadable();
        }
        Image image;
        try {
            image = new Image(file.toUri().toString(), false);
        } catch (RuntimeException e) {
            LOG.info("The picture {} could not be opened", file, e);
            return new Outcome.Unreadable();
        }
        if (image.isError() || image.getWidth() < 1 || image.getHeight() < 1 || image.getPixelReader() == null) {
            LOG.info("The picture {} could not be decoded", file, image.getException());
            return new Outcome.Unreadable();
        }
        Optional<String> text = decode(image);
        LOG.info(
                "Picture {} ({}x{}): {}",
                file.getFileName(),
                (int) image.getWidth(),
                (int) image.getHeight(),
                text.isPresent() ? "QR code read" : "no QR code found");
        return text.<Outcome>map(Outcome.Found::new).orElseGet(Outcome.NoCode::new);
    }

    /** The text of the QR code in a JavaFX image, read through its pixel reader. */
    public static Optional<String> decode(Image image) {
        PixelReader reader = image.getPixelReader();
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        if (reader == null || width < 1 || height < 1) {
            return Optional.empty();
        }
        int[] argb = new int[width * height];
        reader.getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return decode(argb, width, height);
    }

    /** The text of the QR code in ARGB pixels (row by row, {@code width} per row). */
    public static Optional<String> decode(int[] argb, int width, int height) {
        if (width < 1 || height < 1 || argb.length < width * height) {
            return Optional.empty();
        }
        int[] opaque = overWhite(argb, width * height);
        // Built one at a time: a 12 MP photo's full-size luminance is only made if the small copy gave nothing.
        List<Supplier<LuminanceSource>> sizes = new ArrayList<>();
        int longest = Math.max(width, height);
        int factor = (longest + WORKING_SIZE - 1) / WORKING_SIZE;
        if (factor > 1 && width / factor > 0 && height / factor > 0) {
            int w = width / factor;
            int h = height / factor;
            sizes.add(() -> new RGBLuminanceSource(w, h, shrink(opaque, width, factor, w, h)));
        }
        sizes.add(() -> new RGBLuminanceSource(width, height, opaque));
        MultiFormatReader reader = new MultiFormatReader();
        reader.setHints(HINTS);
        for (Supplier<LuminanceSource> size : sizes) {
            LuminanceSource upright = size.get();
            for (LuminanceSource source : List.of(upright, upright.invert())) {
                for (Function<LuminanceSource, Binarizer> binarizer : BINARIZERS) {
                    try {
                        Result result = reader.decodeWithState(new BinaryBitmap(binarizer.apply(source)));
                        return Optional.ofNullable(result.getText());
                    } catch (ReaderException e) {
                        // Not found, or found but not decodable this way: the next pass may do better.
                    } finally {
                        reader.reset();
                    }
                }
            }
        }
        return pure(opaque, width, height);
    }

    /**
     * A last try for a clean picture of a QR code alone, as a screenshot of the pairing screen is: read as a pure
     * code, without the finder-pattern search, which can miss some codes drawn at a few pixels a module.
     */
    private static Optional<String> pure(int[] opaque, int width, int height) {
        Map<DecodeHintType, Object> hints = new EnumMap<>(HINTS);
        hints.put(DecodeHintType.PURE_BARCODE, true);
        try {
            Result result = new MultiFormatReader()
                    .decode(
                            new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, opaque))),
                            hints);
            return Optional.ofNullable(result.getText());
        } catch (ReaderException e) {
            return Optional.empty();
        }
    }

    /**
     * The pixels as if laid on white paper: a transparent picture (a QR code saved with no background) has
     * "black" transparent pixels that ZXing would otherwise see as dark.
     */
    private static int[] overWhite(int[] argb, int count) {
        int[] out = null;
        for (int i = 0; i < count; i++) {
            int p = argb[i];
            int a = p >>> 24;
            if (a == 0xFF) {
                if (out != null) {
                    out[i] = p;
                }
                continue;
            }
            if (out == null) {
                out = new int[count];
                System.arraycopy(argb, 0, out, 0, i);
            }
            int r = blend((p >> 16) & 0xFF, a);
            int g = blend((p >> 8) & 0xFF, a);
            int b = blend(p & 0xFF, a);
            out[i] = 0xFF000000 | (r << 16) | (g << 8) | b;
        }
        return out != null ? out : argb;
    }

    private static int blend(int channel, int alpha) {
        return (channel * alpha + 255 * (255 - alpha)) / 255;
    }

    /** Averages each {@code factor}×{@code factor} block into one grey pixel. */
    private static int[] shrink(int[] argb, int width, int factor, int w, int h) {
        int[] out = new int[w * h];
        int area = factor * factor;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int sum = 0;
                for (int dy = 0; dy < factor; dy++) {
                    int row = (y * factor + dy) * width + x * factor;
                    for (int dx = 0; dx < factor; dx++) {
                        int p = argb[row + dx];
                        // The same weights as RGBLuminanceSource: (r + 2g + b) / 4.
                        sum += (((p >> 16) & 0xFF) + 2 * ((p >> 8) & 0xFF) + (p & 0xFF)) >> 2;
                    }
                }
                int grey = sum / area;
                out[y * w + x] = 0xFF000000 | (grey << 16) | (grey << 8) | grey;
            }
        }
        return out;
    }
}

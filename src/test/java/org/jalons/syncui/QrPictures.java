package org.jalons.syncui;

import com.google.zxing.common.BitMatrix;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Pictures of QR codes made by our own {@link QrCode}, as ARGB pixel arrays, then spoilt the way a phone photo
 * spoils them: scaled, turned, noisy, dim, small on a large uneven background. Written to PNG or JPEG files (in
 * tests only: the desktop JVM has AWT) for the code paths that open a file.
 */
public final class QrPictures {
    /** ARGB pixels, row by row. */
    public record Pixels(int width, int height, int[] argb) {
        public int at(int x, int y) {
            return argb[y * width + x];
        }
    }

    private QrPictures() {}

    /** The QR code as {@link QrCode} draws it: one pixel per module, black on white, with its quiet zone. */
    public static Pixels qr(String text, int size) {
        BitMatrix m = QrCode.matrix(text, size);
        int[] argb = new int[m.getWidth() * m.getHeight()];
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                argb[y * m.getWidth() + x] = m.get(x, y) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        return new Pixels(m.getWidth(), m.getHeight(), argb);
    }

    /** Light modules on a dark ground (a code shown on a phone in dark mode). */
    public static Pixels inverted(Pixels p) {
        int[] out = new int[p.argb().length];
        for (int i = 0; i < out.length; i++) {
            out[i] = 0xFF000000 | (~p.argb()[i] & 0xFFFFFF);
        }
        return new Pixels(p.width(), p.height(), out);
    }

    /** Dark modules kept, light ones made fully transparent (a code saved with no background). */
    public static Pixels transparentGround(Pixels p) {
        int[] out = new int[p.argb().length];
        for (int i = 0; i < out.length; i++) {
            out[i] = (p.argb()[i] & 0xFFFFFF) == 0 ? 0xFF000000 : 0x00000000;
        }
        return new Pixels(p.width(), p.height(), out);
    }

    /**
     * A photo of {@code qr}: on a {@code width}×{@code height} background lit unevenly from one corner (a table
     * under a window), the code drawn {@code codeSize} px wide, centred at ({@code cx}, {@code cy}), turned by
     * {@code degrees}, its black and white squeezed to {@code contrast} of the range, then camera noise of
     * standard deviation {@code noise} (grey levels). Bilinear sampling, as a lens blurs edges.
     */
    public static Pixels photo(
            Pixels qr,
            int width,
            int height,
            int codeSize,
            int cx,
            int cy,
            double degrees,
            double contrast,
            double noise,
            long seed) {
        Random random = new Random(seed);
        int[] out = new int[width * height];
        double scale = (double) qr.width() / codeSize;
        double cos = Math.cos(Math.toRadians(degrees));
        double sin = Math.sin(Math.toRadians(degrees));
        double low = 128 - 127 * contrast;
        double high = 128 + 127 * contrast;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                // Uneven light: brighter towards the top left.
                double light = 0.75 + 0.25 * (1 - (double) (x + y) / (width + height));
                double dx = x - cx;
                double dy = y - cy;
                double u = (cos * dx + sin * dy) * scale + qr.width() / 2.0;
                double v = (-sin * dx + cos * dy) * scale + qr.height() / 2.0;
                double grey;
                if (u >= 0 && v >= 0 && u < qr.width() - 1 && v < qr.height() - 1) {
                    double level = bilinear(qr, u, v) / 255.0;
                    grey = (low + (high - low) * level) * light;
                } else {
                    // A wooden table: a few soft stripes.
                    grey = (150 + 30 * Math.sin(y / 37.0 + Math.sin(x / 90.0))) * light;
                }
                grey += random.nextGaussian() * noise;
                int g = (int) Math.max(0, Math.min(255, Math.round(grey)));
                int r = (int) Math.max(0, Math.min(255, g + 12));
                int b = (int) Math.max(0, Math.min(255, g - 10));
                out[y * width + x] = 0xFF000000 | (r << 16) | (g << 8) | b;
            }
        }
        return new Pixels(width, height, out);
    }

    /**
     * A phone screenshot of a screen showing {@code qr} (what a person gets when a counsellor sends the pairing
     * screen, or captures it): a white {@code width}×{@code height} screen under a blue header bar, the code drawn
     * sharp (nearest pixel) {@code codeSize} px wide, centred, its top at {@code top}, and lines of grey text under it.
     */
    public static Pixels screenshot(Pixels qr, int width, int height, int codeSize, int top) {
        int[] out = new int[width * height];
        int left = (width - codeSize) / 2;
        int header = height / 14;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int argb = 0xFFFFFFFF;
                if (y < header) {
                    argb = 0xFF0969DA;
                } else if (x >= left && x < left + codeSize && y >= top && y < top + codeSize) {
                    argb = qr.at((x - left) * qr.width() / codeSize, (y - top) * qr.height() / codeSize);
                } else if (y > top + codeSize + 40 && (y / 24) % 2 == 0 && x > width / 10 && x < width * 9 / 10) {
                    argb = 0xFF57606A;
                }
                out[y * width + x] = argb;
            }
        }
        return new Pixels(width, height, out);
    }

    /** A photo with no QR code in it: the same table, light and noise, and a few dark boxes like printed text. */
    public static Pixels photoWithoutCode(int width, int height, long seed) {
        Random random = new Random(seed);
        int[] out = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double light = 0.75 + 0.25 * (1 - (double) (x + y) / (width + height));
                double grey = (150 + 30 * Math.sin(y / 37.0 + Math.sin(x / 90.0))) * light;
                boolean text = (y / 18) % 3 == 0 && (x / 11) % 4 != 0 && x > width / 8 && x < width * 7 / 8;
                if (text) {
                    grey = 40;
                }
                grey += random.nextGaussian() * 6;
                int g = (int) Math.max(0, Math.min(255, Math.round(grey)));
                out[y * width + x] = 0xFF000000 | (g << 16) | (g << 8) | g;
            }
        }
        return new Pixels(width, height, out);
    }

    private static double bilinear(Pixels p, double u, double v) {
        int x = (int) u;
        int y = (int) v;
        double fx = u - x;
        double fy = v - y;
        double a = p.at(x, y) & 0xFF;
        double b = p.at(x + 1, y) & 0xFF;
        double c = p.at(x, y + 1) & 0xFF;
        double d = p.at(x + 1, y + 1) & 0xFF;
        return (a * (1 - fx) + b * fx) * (1 - fy) + (c * (1 - fx) + d * fx) * fy;
    }

    /** Writes a PNG (keeps transparency). */
    public static Path png(Pixels p, Path file) {
        return write(p, file, "png", BufferedImage.TYPE_INT_ARGB);
    }

    /** Writes a JPEG, as a phone's camera does (lossy: the blocks and ringing of a real photo). */
    public static Path jpeg(Pixels p, Path file) {
        return write(p, file, "jpg", BufferedImage.TYPE_INT_RGB);
    }

    private static Path write(Pixels p, Path file, String format, int type) {
        BufferedImage image = new BufferedImage(p.width(), p.height(), type);
        image.setRGB(0, 0, p.width(), p.height(), p.argb(), 0, p.width());
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!ImageIO.write(image, format, file.toFile())) {
                throw new IOException("No " + format + " writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}

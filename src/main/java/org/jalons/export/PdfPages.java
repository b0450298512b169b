package org.jalons.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A4 pages of wrapped text, headings and small bars, written top to bottom with a new page when one is full.
 * Standard PDF fonts (WinAnsi: every French letter); a character they cannot show becomes '?'.
 */
final class PdfPages implements AutoCloseable {
    private static final float MARGIN = 50;
    private final PDDocument doc = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final Map<Character, Boolean> encodable = new HashMap<>();
    private PDPageContentStream out;
    private float y;

    PdfPages() throws IOException {
        newPage();
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    void title(String text) throws IOException {
        write(text, bold, 18, 0);
        space(6);
    }

    void heading(String text) throws IOException {
        space(10);
        write(text, bold, 13, 0);
        space(2);
    }

    void text(String text) throws IOException {
        write(text, regular, 10.5f, 0);
    }

    void item(String text) throws IOException {
        write("• " + text, regular, 10.5f, 12);
    }

    void subItem(String text) throws IOException {
        write("– " + text, regular, 10, 28);
    }

    void space(float points) {
        y -= points;
    }

    /** A labelled bar of {@code value} out of {@code max}, for ratings over time (the figure is written too). */
    void bar(String label, double value, double max, boolean dark) throws IOException {
        need(14);
        float labelWidth = 190;
        String safe = safe(label);
        out.beginText();
        out.setFont(regular, 9.5f);
        out.newLineAtOffset(MARGIN + 28, y - 10);
        out.showText(safe);
        out.endText();
        float full = width() - 28 - labelWidth - 40;
        float w = (float) (full * Math.max(0, Math.min(value, max)) / max);
        out.setNonStrokingColor(dark ? 0.25f : 0.6f, dark ? 0.35f : 0.7f, dark ? 0.6f : 0.85f);
        out.addRect(MARGIN + 28 + labelWidth, y - 11, Math.max(w, 1), 9);
        out.fill();
        out.setNonStrokingColor(0f, 0f, 0f);
        out.beginText();
        out.setFont(regular, 9.5f);
        out.newLineAtOffset(MARGIN + 28 + labelWidth + w + 4, y - 10);
        out.showText(safe(format(value) + "/" + format(max)));
        out.endText();
        y -= 13;
    }

    private static String format(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.valueOf(v);
    }

    private void write(String text, PDType1Font font, float size, float indent) throws IOException {
        float leading = size * 1.35f;
        for (String line : wrap(safe(text), font, size, width() - indent)) {
            need(leading);
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(MARGIN + indent, y - size);
            out.showText(line);
            out.endText();
            y -= leading;
        }
    }

    private void need(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    private List<String> wrap(String text, PDType1Font font, float size, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ", -1)) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size <= max || line.length() == 0) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Only what the standard fonts can draw: tabs and returns become spaces, anything else unknown '?'. */
    private String safe(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char ch : text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\t', ' ')
                .toCharArray()) {
            if (ch == '\n') {
                b.append(ch);
                continue;
            }
            boolean ok = encodable.computeIfAbsent(ch, c -> {
                try {
                    regular.encode(String.valueOf(c));
                    return !Character.isISOControl(c);
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
            b.append(ok ? ch : '?');
        }
        return b.toString();
    }

    byte[] finish() throws IOException {
        out.close();
        out = null;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        doc.save(bytes);
        return bytes.toByteArray();
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
        doc.close();
    }
}

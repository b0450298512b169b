package org.jalons.server.summary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jalons.server.summary.Summary.Cell;
import org.jalons.server.summary.Summary.Column;
import org.jalons.server.summary.Summary.Row;
import org.jalons.server.summary.Summary.Table;

/**
 * The period report: every table with its figures and people, suppressed cells printed "< k",
 * bar charts of goals opened and exits drawn with PDFBox, and the method notes.
 */
public final class SummaryPdf {

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument doc = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream page;
    private float y;

    private SummaryPdf() {}

    public static byte[] report(Summary summary) {
        SummaryPdf pdf = new SummaryPdf();
        try {
            pdf.write(summary);
            pdf.page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.doc.save(out);
            pdf.doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Summary s) throws IOException {
        newPage();
        text(bold, 16, "Jalons - period report");
        text(
                regular,
                10,
                "Period " + s.from() + " to " + s.to() + " (" + s.period() + ")"
                        + (s.site() == null ? "" : ", site " + s.site())
                        + (s.counsellorId() == null ? "" : ", counsellor " + s.counsellorId())
                        + (s.theme() == null ? "" : ", theme " + s.theme()));
        text(regular, 10, "Minimum group size k = " + s.k() + ": '< " + s.k() + "' marks a hidden figure.");
        if (s.countedUpTo() != null) {
            text(regular, 10, s.countedUpTo().line());
        }
        if (s.suppressedAsWhole()) {
            text(bold, 10, "This selection covers fewer than " + s.k() + " people: every figure is hidden.");
        }
        y -= 6;
        for (Table table : s.tables()) {
            table(table, s.k());
            if ("goals".equals(table.name())) {
                bars("Goals opened, by theme", table, "opened", s.k());
            } else if ("exits".equals(table.name())) {
                bars("Exits, by category", table, "exits", s.k());
            }
        }
        need(40);
        text(bold, 12, "Method notes: what the figures say, and what they do not");
        for (String note : s.notes()) {
            paragraph(note);
        }
        for (Table table : s.tables()) {
            paragraph(table.title() + ": " + table.method());
        }
    }

    private void table(Table table, int k) throws IOException {
        need(40);
        y -= 6;
        text(bold, 12, table.title());
        List<Row> rows = new ArrayList<>(table.rows());
        if (table.total() != null) {
            rows.add(table.total());
        }
        float first = 120;
        float col = (WIDTH - first) / table.columns().size();
        need(14);
        float x = MARGIN + first;
        for (Column c : table.columns()) {
            at(bold, 7, x, y, fit(c.title(), col, 7));
            x += col;
        }
        y -= 11;
        for (Row row : rows) {
            need(12);
            at(row.key().equals("TOTAL") ? bold : regular, 8, MARGIN, y, fit(row.key(), first, 8));
            x = MARGIN + first;
            for (Column c : table.columns()) {
                at(regular, 8, x, y, figure(row.cells().get(c.name()), k));
                x += col;
            }
            y -= 11;
        }
    }

    private static String figure(Cell cell, int k) {
        if (cell.suppressed()) {
            return SummaryCsv.value(cell, k);
        }
        String value = SummaryCsv.value(cell, k);
        return value.isEmpty() ? "-" : value + " (" + cell.people() + " p.)";
    }

    /** A horizontal bar per row; hidden figures get no bar and the label "< k". */
    private void bars(String title, Table table, String column, int k) throws IOException {
        double max = 0;
        for (Row row : table.rows()) {
            Cell cell = row.cells().get(column);
            if (!cell.suppressed() && cell.value() != null) {
                max = Math.max(max, cell.value());
            }
        }
        need(20 + 10 * table.rows().size());
        text(bold, 9, title);
        float barLeft = MARGIN + 130;
        float barWidth = WIDTH - 190;
        for (Row row : table.rows()) {
            Cell cell = row.cells().get(column);
            at(regular, 7, MARGIN, y, fit(row.key(), 125, 7));
            if (cell.suppressed()) {
                at(regular, 7, barLeft, y, SummaryCsv.value(cell, k));
            } else {
                double value = cell.value() == null ? 0 : cell.value();
                float w = max == 0 ? 0 : (float) (barWidth * value / max);
                page.setNonStrokingColor(0.25f, 0.45f, 0.70f);
                page.addRect(barLeft, y - 1, Math.max(w, 0.5f), 7);
                page.fill();
                page.setNonStrokingColor(0f, 0f, 0f);
                at(regular, 7, barLeft + w + 4, y, SummaryCsv.value(cell, k));
            }
            y -= 10;
        }
        y -= 4;
    }

    private void paragraph(String text) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : clean(text).split(" ", -1)) {
            if (word.isEmpty()) {
                continue; // two spaces in a row, or one at either end
            }
            String next = line.length() == 0 ? word : line + " " + word;
            if (regular.getStringWidth(next) / 1000 * 9 > WIDTH && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(next);
            }
        }
        lines.add(line.toString());
        for (String l : lines) {
            text(regular, 9, l);
        }
        y -= 3;
    }

    private void text(PDType1Font font, float size, String text) throws IOException {
        need(size + 4);
        at(font, size, MARGIN, y, text);
        y -= size + 4;
    }

    private void at(PDType1Font font, float size, float x, float atY, String text) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, atY);
        page.showText(clean(text));
        page.endText();
    }

    private String fit(String text, float width, float size) throws IOException {
        String t = clean(text);
        while (t.length() > 3 && regular.getStringWidth(t) / 1000 * size > width - 4) {
            t = t.substring(0, t.length() - 2);
        }
        return t;
    }

    /**
     * Standard fonts speak WinAnsi: keep Latin-1 (French accents), write French typography (apostrophe, quotes,
     * dashes, ellipsis, narrow spaces, oe) with its plain equivalent, replace the rest with '?'.
     */
    public static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '\u2019', '\u2018' -> out.append('\'');
                case '\u201c', '\u201d' -> out.append('"');
                case '\u2013', '\u2014' -> out.append('-');
                case '\u2026' -> out.append("...");
                case '\u202f', '\u2009' -> out.append(' ');
                case '\u0153' -> out.append("oe");
                case '\u0152' -> out.append("OE");
                default -> out.append((ch >= 0x20 && ch < 0x7F) || (ch >= 0xA0 && ch <= 0xFF) ? ch : '?');
            }
        }
        return out.toString();
    }

    private void need(float height) throws IOException {
        if (page == null || y - height < MARGIN) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        page = new PDPageContentStream(doc, p);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }
}

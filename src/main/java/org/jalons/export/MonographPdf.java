package org.jalons.export;

import java.io.IOException;
import java.util.List;

/** Writes a {@link Monograph}'s sections as A4 pages: the title, then each heading and its lines. */
final class MonographPdf {
    private MonographPdf() {}

    static byte[] write(String title, List<Monograph.Section> sections) throws IOException {
        try (PdfPages pdf = new PdfPages()) {
            pdf.title(title);
            for (Monograph.Section section : sections) {
                if (section.heading().isEmpty()) {
                    pdf.space(6);
                } else {
                    pdf.heading(section.heading());
                }
                for (Monograph.Line line : section.lines()) {
                    switch (line.style()) {
                        case TEXT -> pdf.text(line.text());
                        case ITEM -> pdf.item(line.text());
                        case SUB_ITEM -> pdf.subItem(line.text());
                        case BAR -> pdf.bar(line.text(), line.rating(), 10, line.personsVoice());
                    }
                }
            }
            return pdf.finish();
        }
    }
}

package org.jalons.server.summary;

/**
 * Text for a CSV cell that a spreadsheet will not run: a cell starting with {@code = + - @}, a tab or a carriage
 * return is a formula to Excel and LibreOffice, so it gets a leading {@code '} (OWASP's "CSV injection" advice).
 * Only for text cells: the figures the server formats itself (counts, rates, "< k") are written as they are, so a
 * negative number stays a number.
 */
public final class CsvCells {

    private CsvCells() {}

    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}

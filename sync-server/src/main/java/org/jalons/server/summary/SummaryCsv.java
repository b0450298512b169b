package org.jalons.server.summary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jalons.server.summary.Summary.Cell;
import org.jalons.server.summary.Summary.Row;
import org.jalons.server.summary.Summary.Table;

/**
 * CSV for French spreadsheet software: UTF-8 with a byte order mark, ';' between fields, decimal
 * comma, suppressed cells written "< k", text cells never read as formulas ({@link CsvCells}). Column lists are in
 * the README ("Exports"). Every row ends with the change the figures count up to, so a row copied into another
 * sheet still says how fresh it is.
 */
public final class SummaryCsv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .get();

    private SummaryCsv() {}

    /** One summary table: the row code, then per column its value and the people it stands on. */
    public static byte[] table(Summary summary, Table table) {
        List<String> header = new ArrayList<>();
        header.add(CsvCells.safe(table.rowLabel()));
        table.columns().forEach(c -> {
            header.add(CsvCells.safe(c.name()));
            header.add(CsvCells.safe(c.name() + "_people"));
        });
        header.addAll(List.of("counted_up_to_seq", "counted_up_to_at"));
        List<List<String>> records = new ArrayList<>();
        List<Row> rows = new ArrayList<>(table.rows());
        if (table.total() != null) {
            rows.add(table.total());
        }
        for (Row row : rows) {
            List<String> record = new ArrayList<>();
            record.add(CsvCells.safe(row.key()));
            table.columns().forEach(c -> {
                Cell cell = row.cells().get(c.name());
                record.add(value(cell, summary.k()));
                record.add(cell.suppressed() || cell.people() == null ? "" : Long.toString(cell.people()));
            });
            record.addAll(countedUpTo(summary));
            records.add(record);
        }
        return write(header, records);
    }

    /** Exits as IAE structures report them: counts, people, rates without retraits. */
    public static byte[] exits(Summary summary) {
        Table exits = summary.table("exits");
        List<String> header = List.of(
                "categorie", "code", "sorties", "personnes", "taux_hors_retraits", "arrete_au_changement", "arrete_le");
        List<List<String>> records = new ArrayList<>();
        String[][] labels = {
            {"EMPLOI_DURABLE", "Emploi durable"},
            {"EMPLOI_TRANSITION", "Emploi de transition"},
            {"SORTIE_POSITIVE", "Sortie positive"},
            {"AUTRE_SORTIE", "Autre sortie"}
        };
        for (String[] label : labels) {
            Row row = row(exits, label[0]);
            records.add(exitRecord(
                    label[1], label[0], row.cells().get("exits"), row.cells().get("rate"), summary.k()));
        }
        records.add(exitRecord(
                "Sorties dynamiques (durable + transition + positive)",
                "SORTIES_DYNAMIQUES",
                dynamic(exits),
                dynamicRate(exits),
                summary.k()));
        records.add(exitRecord(
                "Total hors retraits",
                "TOTAL",
                exits.total().cells().get("exits"),
                exits.total().cells().get("rate"),
                summary.k()));
        Row retraits = row(exits, "RETRAIT");
        records.add(
                exitRecord("Retraits (hors taux)", "RETRAIT", retraits.cells().get("exits"), null, summary.k()));
        List<String> counted = countedUpTo(summary);
        return write(header, records.stream().map(r -> concat(r, counted)).toList());
    }

    /** The seq and projection instant of {@link Summary.CountedUpTo}; empty cells for what is unknown. */
    private static List<String> countedUpTo(Summary summary) {
        Summary.CountedUpTo counted = summary.countedUpTo();
        if (counted == null) {
            return List.of("", "");
        }
        return List.of(
                Long.toString(counted.seq()),
                counted.at() == null ? "" : counted.at().toString());
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** Emploi durable + transition + sortie positive; hidden if any part is hidden. */
    static Cell dynamic(Table exits) {
        double value = 0;
        long people = 0;
        for (String code : List.of("EMPLOI_DURABLE", "EMPLOI_TRANSITION", "SORTIE_POSITIVE")) {
            Cell cell = row(exits, code).cells().get("exits");
            if (cell.suppressed()) {
                return Cell.HIDDEN;
            }
            value += cell.value();
            people += cell.people();
        }
        return Cell.of(value, people);
    }

    static Cell dynamicRate(Table exits) {
        Cell dynamic = dynamic(exits);
        Cell total = exits.total().cells().get("exits");
        if (dynamic.suppressed() || total.suppressed()) {
            return Cell.HIDDEN;
        }
        return Cell.of(
                total.value() == 0 ? null : Math.round(1000.0 * dynamic.value() / total.value()) / 1000.0,
                total.people());
    }

    private static List<String> exitRecord(String label, String code, Cell count, Cell rate, int k) {
        return List.of(
                CsvCells.safe(label),
                CsvCells.safe(code),
                value(count, k),
                count.suppressed() || count.people() == null ? "" : Long.toString(count.people()),
                rate == null ? "" : value(rate, k));
    }

    private static Row row(Table table, String key) {
        return table.rows().stream()
                .filter(r -> r.key().equals(key))
                .findFirst()
                .orElseThrow();
    }

    static String value(Cell cell, int k) {
        if (cell.suppressed()) {
            return cell.masked() ? "masqué" : "< " + k;
        }
        if (cell.value() == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.FRANCE));
        return format.format(cell.value());
    }

    private static byte[] write(List<String> header, List<List<String>> records) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(0xEF);
        bytes.write(0xBB);
        bytes.write(0xBF);
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            printer.printRecord(header);
            for (List<String> record : records) {
                printer.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}

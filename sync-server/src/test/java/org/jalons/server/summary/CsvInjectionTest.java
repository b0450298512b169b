package org.jalons.server.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jalons.server.summary.Summary.Cell;
import org.jalons.server.summary.Summary.Column;
import org.jalons.server.summary.Summary.Row;
import org.jalons.server.summary.Summary.Table;
import org.junit.jupiter.api.Test;

/** Free text never reaches a spreadsheet as a formula; the figures the server writes stay numbers. */
class CsvInjectionTest {

    static final List<String> FORMULAS =
            List.of("=HYPERLINK(\"http://x\";\"clic\")", "+33 6 12", "-1+2", "@SUM(A1)", "\tcmd", "\rcmd");

    @Test
    void everyCellStartingAsAFormulaIsPrefixedWithAQuote() {
        for (String formula : FORMULAS) {
            assertThat(CsvCells.safe(formula)).isEqualTo("'" + formula);
        }
        assertThat(CsvCells.safe("Mobilité")).isEqualTo("Mobilité");
        assertThat(CsvCells.safe("")).isEmpty();
        assertThat(CsvCells.safe(null)).isNull();
    }

    @Test
    void summaryCsvNeutralisesRowKeysAndLabelsButNotTheFiguresItWrites() {
        List<Row> rows = FORMULAS.stream()
                .map(key -> new Row(key, Map.of("people", Cell.of(-3.0, 7))))
                .toList();
        Table table = new Table(
                "goals",
                "Objectifs",
                "=theme",
                List.of(new Column("people", "Personnes", Summary.Unit.COUNT)),
                rows,
                null,
                "");
        Summary summary = new Summary(
                "2026-Q4",
                LocalDate.parse("2026-10-01"),
                LocalDate.parse("2026-12-31"),
                null,
                null,
                null,
                5,
                false,
                List.of(table),
                List.of(),
                null);

        String csv = new String(SummaryCsv.table(summary, table), StandardCharsets.UTF_8);

        assertThat(csv).contains("'=theme");
        for (String formula : FORMULAS) {
            assertThat(csv).contains("'" + formula.replace("\"", "\"\"")); // quotes doubled by CSV quoting
        }
        for (String line : csv.substring(1).split("\r\n")) {
            assertThat(line.replace("\"", ""))
                    .doesNotStartWith("=")
                    .doesNotStartWith("+")
                    .doesNotStartWith("@")
                    .doesNotStartWith("-");
        }
        assertThat(csv).contains(";-3;7");
    }
}

package org.jalons.server.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jalons.server.support.Api;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Org;
import org.jalons.server.support.People;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** CSV for French spreadsheets and the PDF period report, read back as a user's software would. */
@ParameterizedClass
@EnumSource(Backend.class)
class ExportTest {

    private static final String PERIOD = "period=month&from=2026-03-01";

    @Parameter
    Backend backend;

    Org org;
    Org.Member supervisor;

    @BeforeEach
    void setUp() {
        org = Org.create(TestServers.shared(backend));
        Org.Member samia = org.counsellor("Samia CIP");
        supervisor = org.supervisor("Direction");
        People people = new People(org, samia);
        List<UUID> seven = people.persons(7, "Nord", "2025-09-01");
        seven.forEach(p -> people.goal(p, "MOBILITE", "EN_COURS", "2026-03-02", null));
        people.persons(2, "Nord", "2025-09-01")
                .forEach(p -> people.goal(p, "LOGEMENT", "EN_COURS", "2026-03-02", null));
        for (int i = 0; i < 7; i++) {
            people.exit(seven.get(i), "2026-03-20", i < 6 ? "EMPLOI_DURABLE" : "RETRAIT");
        }
        people.goal(seven.get(0), "custom:Sevrage alcool - M. Durand", "EN_COURS", "2025-05-02", null);
        people.push();
    }

    @Test
    void customThemesAreCountedInOneRowAndTheirWordsNeverLeaveTheServer() throws Exception {
        String json = get("/api/v1/summary?period=year&from=2025-01-01").json().toString();
        assertThat(json).contains("OTHER_CUSTOM").doesNotContain("Sevrage").doesNotContain("custom:");
        for (String table : List.of("goals", "confidence")) {
            String csv = new String(
                    get("/api/v1/summary.csv?table=" + table + "&period=year&from=2025-01-01")
                            .body(),
                    StandardCharsets.UTF_8);
            assertThat(csv).contains("OTHER_CUSTOM").doesNotContain("Sevrage").doesNotContain("custom:");
        }
        try (PDDocument pdf = Loader.loadPDF(
                get("/api/v1/summary/report.pdf?period=year&from=2025-01-01").body())) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .doesNotContain("Sevrage")
                    .doesNotContain("custom:");
        }
    }

    @Test
    void aTableCsvHasABomSemicolonsAndParsesBack() {
        Api.Response response = get("/api/v1/summary.csv?table=goals&" + PERIOD);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/csv");
        byte[] body = response.body();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = parse(body);
        assertThat(records.get(0).values()).startsWith("theme", "opened", "opened_people", "achieved");
        CSVRecord logement = records.stream()
                .filter(r -> r.get(0).equals("LOGEMENT"))
                .findFirst()
                .orElseThrow();
        assertThat(logement.get(1)).isEqualTo("< 5");
        CSVRecord total = records.get(records.size() - 1);
        assertThat(total.get(0)).isEqualTo("TOTAL");
        assertThat(total.get(1)).isEqualTo("9");
        assertThat(total.get(2)).isEqualTo("9");
    }

    @Test
    void theExitsCsvReportsIaeCategoriesWithRatesWithoutRetraits() {
        Api.Response response = get("/api/v1/summary/exits.csv?" + PERIOD);
        assertThat(response.status()).isEqualTo(200);
        List<CSVRecord> records = parse(response.body());
        assertThat(records.get(0).values())
                .startsWith("categorie", "code", "sorties", "personnes", "taux_hors_retraits");
        CSVRecord durable = records.get(1);
        assertThat(durable.values()).startsWith("Emploi durable", "EMPLOI_DURABLE", "6", "6", "1");
        assertThat(records.stream().map(r -> r.get(1)).toList())
                .containsExactly(
                        "code",
                        "EMPLOI_DURABLE",
                        "EMPLOI_TRANSITION",
                        "SORTIE_POSITIVE",
                        "AUTRE_SORTIE",
                        "SORTIES_DYNAMIQUES",
                        "TOTAL",
                        "RETRAIT");
        assertThat(records.get(7).get(2)).isEqualTo("< 5");
    }

    @Test
    void everyCsvRowSaysUpToWhichChangeItsFiguresCount() {
        long seq = get("/api/v1/summary?" + PERIOD)
                .json()
                .get("countedUpTo")
                .get("seq")
                .asLong();
        assertThat(seq).isPositive();
        List<CSVRecord> table =
                parse(get("/api/v1/summary.csv?table=goals&" + PERIOD).body());
        List<CSVRecord> exits = parse(get("/api/v1/summary/exits.csv?" + PERIOD).body());
        assertThat(table.get(0).values()).endsWith("counted_up_to_seq", "counted_up_to_at");
        assertThat(exits.get(0).values()).endsWith("arrete_au_changement", "arrete_le");
        for (List<CSVRecord> csv : List.of(table, exits)) {
            for (CSVRecord row : csv.subList(1, csv.size())) {
                assertThat(row.get(row.size() - 2)).isEqualTo(Long.toString(seq));
                assertThat(java.time.Instant.parse(row.get(row.size() - 1))).isNotNull();
            }
        }
    }

    @Test
    void thePdfReportHoldsTheFiguresHiddenCellsAndMethodNotes() throws Exception {
        Api.Response response = get("/api/v1/summary/report.pdf?" + PERIOD);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("Content-Type")).isEqualTo("application/pdf");
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("Jalons - period report")
                    .contains("Goals by theme")
                    .contains("Goals opened, by theme")
                    .contains("Exits, by category")
                    .contains("9 (9 p.)")
                    .contains("< 5")
                    .contains("Method notes");
        }
    }

    @Test
    void exportsAreRefusedToCounsellorsAndCheckTheirParameters() {
        Org.Member counsellor = org.counsellor("Karim CIP");
        assertThat(org.api
                        .get("/api/v1/summary/report.pdf?" + PERIOD, counsellor.token())
                        .status())
                .isEqualTo(403);
        assertThat(org.api
                        .get("/api/v1/summary.csv?table=goals", counsellor.token())
                        .status())
                .isEqualTo(403);
        assertThat(get("/api/v1/summary.csv?" + PERIOD).json().get("error").asText())
                .isEqualTo("invalid_parameter");
        assertThat(get("/api/v1/summary.csv?table=nope").json().get("error").asText())
                .isEqualTo("invalid_parameter");
        assertThat(get("/api/v1/summary/report.pdf?period=custom&from=2026-03-01&to=2026-02-28")
                        .json()
                        .get("error")
                        .asText())
                .isEqualTo("invalid_period");
        assertThat(get("/api/v1/summary?table=goals").status()).isEqualTo(400);
    }

    private Api.Response get(String path) {
        return org.api.get(path, supervisor.token());
    }

    private static List<CSVRecord> parse(byte[] body) {
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        try {
            return CSVFormat.DEFAULT
                    .builder()
                    .setDelimiter(';')
                    .get()
                    .parse(new StringReader(text))
                    .getRecords();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

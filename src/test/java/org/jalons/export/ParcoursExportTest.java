package org.jalons.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.RecordKind;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.storage.DemoOrganisation;
import org.jalons.storage.Json;
import org.jalons.storage.LocalStore;
import org.jalons.storage.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParcoursExportTest {
    @TempDir
    Path dir;

    @Test
    void thePdfIsReadableWithGoalsRatingsAndTrainings() throws Exception {
        try (LocalStore store = TestStores.counsellorStore(dir.resolve("a"))) {
            DemoOrganisation.load(store, TestStores.CLOCK);
            org.jalons.domain.Goal first =
                    store.goals().forBeneficiary(DemoOrganisation.SAMIA).get(0);
            java.time.Instant visit = TestStores.CLOCK.instant();
            for (org.jalons.protocol.Vocabulary.Rater rater : org.jalons.protocol.Vocabulary.Rater.values()) {
                store.checkIns()
                        .save(new org.jalons.domain.CheckIn(
                                java.util.UUID.randomUUID(),
                                DemoOrganisation.SAMIA,
                                first.id(),
                                rater,
                                rater == org.jalons.protocol.Vocabulary.Rater.BENEFICIARY ? 8 : 5,
                                null,
                                visit,
                                "Pas la même idée du permis"));
            }
            ParcoursExporter exporter = new ParcoursExporter(store, TestStores.CLOCK);
            Map<RecordKind, java.util.List<JalonsRecord>> records = exporter.records(DemoOrganisation.SAMIA);
            byte[] pdf = new ParcoursPdf(new Messages(Language.FRENCH), ZoneOffset.UTC)
                    .write(records, TestStores.CLOCK.instant());

            String text;
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                text = new PDFTextStripper().getText(doc);
            }
            assertThat(text)
                    .contains("Mon parcours – Samia B.")
                    .contains("Mes objectifs")
                    .contains("Je me sens capable (0 à 10)")
                    .contains("Mes formations et certifications");
            for (JalonsRecord g : records.get(RecordKind.GOAL)) {
                String phrasing = ((org.jalons.domain.Goal) g).phrasing();
                assertThat(text.replaceAll("\\s+", " "))
                        .contains(phrasing.substring(0, Math.min(30, phrasing.length())));
            }
            assertThat(records.get(RecordKind.CHECK_IN)).isNotEmpty();
            // the gap's answer, kept on both voices of the visit, is written once
            assertThat(text.split("Pas la même idée du permis", -1)).hasSize(2);
            assertThat(text.replaceAll("\\s+", " "))
                    .contains("Ce qui nous fait voir les choses différemment\u00a0: Pas la même idée du permis");
            assertThat(text).containsPattern("– moi \\d+/10").containsPattern("– la personne qui m’accompagne \\d+/10");
        }
    }

    @Test
    void aCorrectedNoteIsWrittenOnceDatedWhenFirstWrittenWithItsCurrentWords() throws Exception {
        try (LocalStore store = TestStores.counsellorStore(dir.resolve("c"))) {
            DemoOrganisation.load(store, TestStores.CLOCK);
            java.time.Instant written = java.time.Instant.parse("2026-03-02T10:00:00Z");
            org.jalons.domain.Note first = store.notes()
                    .save(new org.jalons.domain.Note(
                            java.util.UUID.randomUUID(),
                            DemoOrganisation.SAMIA,
                            "Je prends le bus seule pour aler au chantier",
                            written,
                            org.jalons.protocol.Vocabulary.Rater.BENEFICIARY));
            store.notes()
                    .save(first.correctedAs(
                            java.util.UUID.randomUUID(),
                            "Je prends le bus seule pour aller au chantier",
                            java.time.Instant.parse("2026-04-20T09:00:00Z"),
                            first.id()));
            Map<RecordKind, java.util.List<JalonsRecord>> records =
                    new ParcoursExporter(store, TestStores.CLOCK).records(DemoOrganisation.SAMIA);
            byte[] pdf = new ParcoursPdf(new Messages(Language.FRENCH), ZoneOffset.UTC)
                    .write(records, TestStores.CLOCK.instant());
            String text;
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            }
            assertThat(text)
                    .contains("2 mars 2026 – Je prends le bus seule pour aller au chantier")
                    .contains("Modifiée le 20 avril 2026")
                    .doesNotContain("aler au chantier");
        }
    }

    @Test
    void theJsonHoldsEveryRecordAndComesBackIdenticalInAFreshStore() throws Exception {
        byte[] json;
        Map<RecordKind, java.util.List<JalonsRecord>> before;
        try (LocalStore store = TestStores.counsellorStore(dir.resolve("a"))) {
            DemoOrganisation.load(store, TestStores.CLOCK);
            ParcoursExporter exporter = new ParcoursExporter(store, TestStores.CLOCK);
            before = exporter.records(DemoOrganisation.SAMIA);
            json = exporter.json(DemoOrganisation.SAMIA);
        }
        Map<String, Object> root = Json.readMap(new String(json, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(root)
                .containsEntry("format", "jalons-parcours")
                .containsEntry("formatVersion", 1)
                .containsEntry("exportedAt", "2026-11-26T10:00:00Z")
                .containsKey("questionnaires");

        try (LocalStore fresh = TestStores.counsellorStore(dir.resolve("b"))) {
            ImportReport report = new ParcoursImporter(fresh).importBytes(json);
            assertThat(report.succeeded()).as(report.toString()).isTrue();
            int expected =
                    before.values().stream().mapToInt(java.util.List::size).sum();
            // the person's own ratings and notes come back as history: a counsellor's account cannot send them
            assertThat(report.history()).isPositive();
            assertThat(report.total() + report.history()).isEqualTo(expected);
            assertThat(new ParcoursExporter(fresh, TestStores.CLOCK).records(DemoOrganisation.SAMIA))
                    .isEqualTo(before);
            // her work supervisor's observations at work (and her answers) are in her copy, kept as history
            assertThat(before.get(RecordKind.WORK_OBSERVATION)).isNotEmpty();
            assertThat(fresh.outbox().pending(1000)).noneMatch(e -> e.kind() == RecordKind.WORK_OBSERVATION);
            // Samia's file has her phone and address: it is written without them, then with them once her consents
            // are in (ParcoursImporter), two changes waiting for one record.
            assertThat(fresh.outbox().pendingCount()).isEqualTo(report.total() + 1);

            ImportReport again = new ParcoursImporter(fresh).importBytes(json);
            assertThat(again.succeeded()).isTrue();
            assertThat(again.total()).isZero();
            assertThat(again.unchanged()).isEqualTo(expected);
        }
    }

    @Test
    void theFileNameNeverNamesThePerson() throws Exception {
        try (LocalStore store = TestStores.counsellorStore(dir.resolve("a"))) {
            assertThat(new ParcoursExporter(store, TestStores.CLOCK).fileName("pdf"))
                    .isEqualTo("mon-parcours-2026-11-26.pdf");
        }
    }

    static byte[] demoExport(Path where, UUID person) {
        try (LocalStore store = TestStores.counsellorStore(where)) {
            DemoOrganisation.load(store, TestStores.CLOCK);
            return new ParcoursExporter(store, TestStores.CLOCK).json(person);
        }
    }

    static void write(Path file, byte[] content) throws Exception {
        Files.write(file, content);
    }
}

package org.jalons.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.UUID;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.Goal;
import org.jalons.domain.Term;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.storage.DemoOrganisation;
import org.jalons.storage.Json;
import org.jalons.storage.LocalStore;
import org.jalons.storage.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A malformed, hostile or wrong-version file: a clear reason, and nothing imported at all. */
class ImportBadInputTest {
    static byte[] samia;

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    LocalStore store;

    @BeforeAll
    static void export() {
        samia = ParcoursExportTest.demoExport(shared.resolve("demo"), DemoOrganisation.SAMIA);
    }

    @BeforeEach
    void open() {
        store = TestStores.counsellorStore(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    ObjectNode file() throws Exception {
        return (ObjectNode) Json.MAPPER.readTree(samia);
    }

    ImportReport importing(Object content) throws Exception {
        byte[] bytes = content instanceof byte[] b ? b : Json.MAPPER.writeValueAsBytes(content);
        return new ParcoursImporter(store).importBytes(bytes);
    }

    void nothingImported() {
        assertThat(store.beneficiaries().find(DemoOrganisation.SAMIA)).isEmpty();
        assertThat(store.goals().forBeneficiary(DemoOrganisation.SAMIA)).isEmpty();
        assertThat(store.outbox().pendingCount()).isZero();
    }

    @Test
    void aWrongVersionIsRefusedAsAWhole() throws Exception {
        ObjectNode file = file();
        file.put("formatVersion", 2);
        assertThat(importing(file).fileProblem()).isEqualTo("import.file.version");
        file.put("formatVersion", "1");
        assertThat(importing(file).fileProblem()).isEqualTo("import.file.version");
        nothingImported();
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsRead() throws Exception {
        Path big = dir.resolve("big.json");
        try (var out = Files.newOutputStream(big)) {
            byte[] chunk = new byte[1024 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            for (int i = 0; i < 21; i++) {
                out.write(chunk);
            }
        }
        assertThat(new ParcoursImporter(store).importFile(big).fileProblem()).isEqualTo("import.file.tooBig");
        assertThat(importing(new byte[(int) ParcoursFile.MAX_BYTES + 1]).fileProblem())
                .isEqualTo("import.file.tooBig");
        nothingImported();
    }

    @Test
    void aTruncatedOrForeignFileIsRefused() throws Exception {
        byte[] truncated = Arrays.copyOf(samia, samia.length / 2);
        assertThat(importing(truncated).fileProblem()).isEqualTo("import.file.notJson");
        assertThat(importing("[1,2,3]".getBytes(StandardCharsets.UTF_8)).fileProblem())
                .isEqualTo("import.file.notExport");
        assertThat(importing("{\"format\":\"other\"}".getBytes(StandardCharsets.UTF_8))
                        .fileProblem())
                .isEqualTo("import.file.notExport");
        nothingImported();
    }

    @Test
    void duplicatedIdsAreRefusedAndNothingIsImported() throws Exception {
        ObjectNode file = file();
        ArrayNode records = (ArrayNode) file.get("records");
        records.add(records.get(records.size() - 1).deepCopy());
        ImportReport report = importing(file);
        assertThat(report.succeeded()).isFalse();
        assertThat(report.refused())
                .extracting(ImportReport.Refusal::reasonKey)
                .containsExactly("import.refused.duplicate");
        nothingImported();
    }

    @Test
    void recordsOfAnotherPersonAreRefused() throws Exception {
        ObjectNode file = file();
        ArrayNode records = (ArrayNode) file.get("records");
        ObjectNode goal = null;
        for (var r : records) {
            if ("goal".equals(r.get("kind").asText())) {
                goal = (ObjectNode) r;
            }
        }
        goal.put("beneficiaryId", DemoOrganisation.THOMAS.toString());
        ImportReport report = importing(file);
        assertThat(report.refused())
                .extracting(ImportReport.Refusal::reasonKey)
                .containsExactly("import.refused.otherPerson");
        nothingImported();
    }

    @Test
    void wrongTypesUnknownFieldsAndBrokenRulesAreRefusedEntryByEntry() throws Exception {
        ObjectNode file = file();
        ArrayNode records = (ArrayNode) file.get("records");
        java.util.Set<String> changed = new java.util.HashSet<>();
        for (var r : records) {
            String kind = r.get("kind").asText();
            ObjectNode fields = (ObjectNode) r.get("fields");
            if (!changed.add(kind)) {
                continue;
            }
            switch (kind) {
                case "checkIn" -> fields.put("rating", "ten");
                case "goal" -> fields.put("password", "x");
                case "training" -> fields.put("plannedHours", -5);
                default -> changed.remove(kind);
            }
        }
        records.addObject()
                .put("kind", "secretKind")
                .put("id", UUID.randomUUID().toString());
        ImportReport report = importing(file);
        assertThat(report.refused())
                .extracting(ImportReport.Refusal::reasonKey)
                .containsExactlyInAnyOrder(
                        "import.refused.fieldType",
                        "import.refused.unknownField",
                        "import.refused.rules",
                        "import.refused.kind");
        nothingImported();
    }

    @Test
    void anIdThisPhoneUsesForAnotherPersonIsRefused() throws Exception {
        ObjectNode file = file();
        String goalId = null;
        for (var r : file.get("records")) {
            if ("goal".equals(r.get("kind").asText())) {
                goalId = r.get("id").asText();
            }
        }
        UUID other = UUID.randomUUID();
        store.beneficiaries()
                .save(new Beneficiary(
                        other,
                        "Autre personne",
                        null,
                        java.time.LocalDate.of(2026, 1, 5),
                        null,
                        null,
                        java.util.List.of(),
                        null,
                        null));
        store.goals()
                .save(new Goal(
                        UUID.fromString(goalId),
                        other,
                        Term.of(GoalTheme.MOBILITE),
                        "Je me sens capable de conduire",
                        ProposedBy.JOINT,
                        GoalStatus.EN_COURS,
                        null,
                        java.time.LocalDate.of(2026, 2, 1),
                        null));
        long pending = store.outbox().pendingCount();

        ImportReport report = importing(file);
        assertThat(report.refused())
                .extracting(ImportReport.Refusal::reasonKey)
                .containsExactly("import.refused.idTaken");
        assertThat(store.beneficiaries().find(DemoOrganisation.SAMIA)).isEmpty();
        assertThat(store.outbox().pendingCount()).isEqualTo(pending);
    }

    @Test
    void theReportSaysInPlainWordsWhatWasRefused() throws Exception {
        ObjectNode file = file();
        ArrayNode records = (ArrayNode) file.get("records");
        records.add(records.get(1).deepCopy());
        ExportViewModel model = new ExportViewModel(
                store,
                null,
                new org.jalons.platform.FakeShareService(),
                new org.jalons.ui.DirectBackground(),
                new org.jalons.i18n.Messages(org.jalons.i18n.Language.FRENCH),
                TestStores.CLOCK,
                java.time.ZoneOffset.UTC);
        model.show(importing(file));
        assertThat(model.errorProperty().get())
                .contains("1 éléments du fichier")
                .contains("Rien n’a été repris");
        assertThat(model.reportLines()).singleElement().asString().contains("apparaît deux fois");
    }
}

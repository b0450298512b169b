package org.jalons.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Exit;
import org.jalons.domain.FollowUp;
import org.jalons.domain.Goal;
import org.jalons.domain.GoalStep;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.Note;
import org.jalons.domain.RecordKind;
import org.jalons.domain.Training;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.platform.FakeShareService;
import org.jalons.protocol.Vocabulary.ExitCategory;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.DemoOrganisation;
import org.jalons.storage.Json;
import org.jalons.storage.LocalStore;
import org.jalons.storage.TestStores;
import org.jalons.sync.TestPairing;
import org.jalons.ui.DirectBackground;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person's file taken into another parcours than the one it was made from (a new phone, another organisation):
 * re-keyed whole and consistently, never doubled, never across organisations with its own ids, all or nothing.
 */
class ImportIntoAnotherProfileTest {
    static final UUID ORG_A = UUID.fromString("0000000a-0000-4000-8000-000000000001");
    static final UUID ORG_B = UUID.fromString("0000000b-0000-4000-8000-000000000002");

    @TempDir
    Path dir;

    /** Samia's demo parcours, with an exit and its follow-up, exported from a counsellor's phone of {@code org}. */
    byte[] samiaExport(String folder, UUID org) {
        try (LocalStore store = TestStores.counsellorStore(dir.resolve(folder))) {
            DemoOrganisation.load(store, TestStores.CLOCK);
            Exit exit = store.exits()
                    .save(new Exit(
                            UUID.randomUUID(),
                            DemoOrganisation.SAMIA,
                            LocalDate.of(2026, 10, 30),
                            ExitCategory.EMPLOI_DURABLE,
                            "CDI en logistique",
                            LocalDate.of(2027, 4, 30)));
            store.followUps()
                    .save(new FollowUp(
                            UUID.randomUUID(),
                            DemoOrganisation.SAMIA,
                            exit.id(),
                            LocalDate.of(2027, 4, 30),
                            null,
                            null,
                            null));
            if (org != null) {
                TestPairing.pair(store, "https://jalons.example", "COUNSELLOR", org, null);
            }
            return new ParcoursExporter(store, TestStores.CLOCK).json(DemoOrganisation.SAMIA);
        }
    }

    /** A person who starts the app alone on a new phone: a parcours of their own, made by the phone. */
    LocalStore newPersonsPhone(String folder) {
        return TestStores.profiles(dir.resolve(folder), TestStores.CLOCK)
                .create("Samia", Role.BENEFICIARY, TestStores.PIN.clone());
    }

    static Map<RecordKind, List<JsonNode>> entries(byte[] file) throws Exception {
        Map<RecordKind, List<JsonNode>> out = new LinkedHashMap<>();
        for (JsonNode e : Json.MAPPER.readTree(file).get("records")) {
            out.computeIfAbsent(
                            RecordKind.fromWire(e.get("kind").asText()).orElseThrow(), k -> new java.util.ArrayList<>())
                    .add(e);
        }
        return out;
    }

    static Set<UUID> ids(byte[] file) throws Exception {
        Set<UUID> ids = new HashSet<>();
        for (JsonNode e : Json.MAPPER.readTree(file).get("records")) {
            ids.add(UUID.fromString(e.get("id").asText()));
        }
        return ids;
    }

    /** Every record of every kind this phone holds for the person. */
    static Map<RecordKind, List<JalonsRecord>> everything(LocalStore store, UUID person) {
        return new ParcoursExporter(store, TestStores.CLOCK).records(person);
    }

    static long count(byte[] file, RecordKind kind, String field, String value) throws Exception {
        return entries(file).getOrDefault(kind, List.of()).stream()
                .filter(e -> field == null
                        || value.equals(e.get("fields").path(field).asText()))
                .count();
    }

    static ExportViewModel reportModel(LocalStore store) {
        return new ExportViewModel(
                store,
                store.profile().beneficiaryId(),
                new FakeShareService(),
                new DirectBackground(),
                new Messages(Language.FRENCH),
                TestStores.CLOCK,
                ZoneOffset.UTC);
    }

    @Test
    void aReimportOnTheSameDeviceDoublesNothingAndKeepsThePhonesVersion() throws Exception {
        try (LocalStore store = TestStores.counsellorStore(dir.resolve("camille"))) {
            DemoOrganisation.load(store, TestStores.CLOCK);
            byte[] file = new ParcoursExporter(store, TestStores.CLOCK).json(DemoOrganisation.SAMIA);
            Map<RecordKind, List<JalonsRecord>> before = everything(store, DemoOrganisation.SAMIA);
            int records = before.values().stream().mapToInt(List::size).sum();
            Goal goal = (Goal) before.get(RecordKind.GOAL).get(0);
            Goal reached = new Goal(
                    goal.id(),
                    goal.beneficiaryId(),
                    goal.theme(),
                    goal.phrasing(),
                    goal.proposedBy(),
                    GoalStatus.ATTEINT,
                    goal.targetDate(),
                    goal.openedOn(),
                    LocalDate.of(2026, 11, 20));
            store.goals().save(reached);
            long pending = store.outbox().pendingCount();

            ImportReport report = new ParcoursImporter(store).importBytes(file);

            assertThat(report.succeeded()).as(report.toString()).isTrue();
            assertThat(report.total()).isZero();
            assertThat(report.renamed()).isZero();
            assertThat(report.kept()).isEqualTo(1);
            assertThat(report.unchanged()).isEqualTo(records - 1);
            assertThat(store.goals().find(goal.id())).contains(reached);
            assertThat(everything(store, DemoOrganisation.SAMIA).values().stream()
                            .mapToInt(List::size)
                            .sum())
                    .isEqualTo(records);
            assertThat(store.outbox().pendingCount()).isEqualTo(pending);
            ExportViewModel model = reportModel(store);
            model.show(report);
            assertThat(model.messageProperty().get()).startsWith("0 éléments repris (" + (records - 1));
            assertThat(model.reportLines()).singleElement().asString().contains("celle du téléphone a été gardée");
        }
    }

    @Test
    void aContactComesAlongWithTheConsentTheFileBrings() {
        byte[] file;
        try (LocalStore store = TestStores.counsellorStore(dir.resolve("camille"))) {
            DemoOrganisation.load(store, TestStores.CLOCK);
            Beneficiary samia =
                    store.beneficiaries().find(DemoOrganisation.SAMIA).orElseThrow();
            store.beneficiaries()
                    .save(new Beneficiary(
                            samia.id(),
                            samia.displayName(),
                            "06 12 34 56 78",
                            samia.entryDate(),
                            samia.contractType(),
                            samia.referentCounsellorId(),
                            samia.eligibility(),
                            samia.educationLevel(),
                            samia.site()));
            file = new ParcoursExporter(store, TestStores.CLOCK).json(DemoOrganisation.SAMIA);
        }
        try (LocalStore phone = newPersonsPhone("new")) {
            ImportReport report = new ParcoursImporter(phone).importBytes(file);

            assertThat(report.succeeded()).as(report.toString()).isTrue();
            assertThat(phone.beneficiaries()
                            .find(phone.profile().beneficiaryId())
                            .orElseThrow()
                            .contact())
                    .isEqualTo("06 12 34 56 78");
        }
    }

    @Test
    void aNewPhonesProfileTakesTheFileIntoItsOwnParcoursWithConsistentNewIds() throws Exception {
        byte[] file = samiaExport("old", null);
        Set<UUID> fileIds = ids(file);
        try (LocalStore phone = newPersonsPhone("new")) {
            UUID me = phone.profile().beneficiaryId();
            Beneficiary mine = phone.beneficiaries().find(me).orElseThrow();
            long pending = phone.outbox().pendingCount();

            ImportReport report = new ParcoursImporter(phone).importBytes(file);

            assertThat(report.succeeded()).as(report.toString()).isTrue();
            Map<RecordKind, List<JalonsRecord>> here = everything(phone, me);
            // Nothing under the file's person, and no record kept its id from the file.
            assertThat(phone.beneficiaries().find(DemoOrganisation.SAMIA)).isEmpty();
            assertThat(everything(phone, DemoOrganisation.SAMIA).values()).allMatch(List::isEmpty);
            here.values().stream().flatMap(List::stream).forEach(r -> {
                assertThat(r.beneficiaryId()).isEqualTo(me);
                assertThat(fileIds).doesNotContain(r.id());
            });
            // Every record of the file is here, except the counsellor's ratings and notes a person's phone cannot send.
            long counsellorOnly = count(file, RecordKind.CHECK_IN, "rater", "COUNSELLOR")
                    + count(file, RecordKind.NOTE, "authorRole", "COUNSELLOR");
            assertThat(counsellorOnly).isPositive();
            assertThat(report.leftOut()).isEqualTo(counsellorOnly);
            for (RecordKind kind : ParcoursFile.KINDS) {
                long inFile = count(file, kind, null, null);
                long expected = kind == RecordKind.BENEFICIARY
                        ? 1
                        : kind == RecordKind.CHECK_IN
                                ? count(file, kind, "rater", "BENEFICIARY")
                                : kind == RecordKind.NOTE ? count(file, kind, "authorRole", "BENEFICIARY") : inFile;
                assertThat(here.get(kind)).as(kind.wireName()).hasSize((int) expected);
            }
            // the structure's records (barriers, interviews, its goals…) are kept as its history, renamed too
            assertThat(report.history()).isPositive();
            assertThat(report.renamed()).isEqualTo(report.total() - 1 + report.history());
            // References between records follow the records.
            Set<UUID> goals =
                    here.get(RecordKind.GOAL).stream().map(JalonsRecord::id).collect(Collectors.toSet());
            Set<UUID> exits =
                    here.get(RecordKind.EXIT).stream().map(JalonsRecord::id).collect(Collectors.toSet());
            assertThat(here.get(RecordKind.CHECK_IN))
                    .isNotEmpty()
                    .allSatisfy(r -> assertThat(goals).contains(((CheckIn) r).goalId()));
            assertThat(here.get(RecordKind.GOAL_STEP))
                    .isNotEmpty()
                    .allSatisfy(r -> assertThat(goals).contains(((GoalStep) r).goalId()));
            assertThat(here.get(RecordKind.TRAINING))
                    .isNotEmpty()
                    .allSatisfy(r -> assertThat(goals).contains(((Training) r).goalId()));
            assertThat(here.get(RecordKind.FOLLOW_UP))
                    .singleElement()
                    .satisfies(r -> assertThat(exits).contains(((FollowUp) r).exitId()));
            assertThat(here.get(RecordKind.NOTE))
                    .allSatisfy(r -> assertThat(((Note) r).authorRole()).isEqualTo(Rater.BENEFICIARY));
            // The parcours record is this phone's, with the earlier entry date of the file and nothing of the former
            // structure.
            Beneficiary parcours = phone.beneficiaries().find(me).orElseThrow();
            JsonNode fileParcours =
                    entries(file).get(RecordKind.BENEFICIARY).get(0).get("fields");
            assertThat(parcours.displayName()).isEqualTo(mine.displayName());
            assertThat(parcours.entryDate())
                    .isEqualTo(LocalDate.parse(fileParcours.get("entryDate").asText()))
                    .isBefore(mine.entryDate());
            assertThat(parcours.contractType().wire())
                    .isEqualTo(fileParcours.get("contractType").asText());
            assertThat(parcours.referentCounsellorId()).isNull();
            // Everything written is waiting to sync, like a record typed here.
            // The parcours is written without the phone and address, then with them once the consents are in.
            assertThat(phone.outbox().pendingCount()).isEqualTo(pending + report.total() + 1);

            ExportViewModel model = reportModel(phone);
            model.show(report);
            assertThat(model.reportLines())
                    .anySatisfy(
                            l -> assertThat(l).contains(report.renamed() + " éléments ont reçu un nouvel identifiant"));
            assertThat(model.reportLines())
                    .anySatisfy(l -> assertThat(l)
                            .startsWith(
                                    counsellorOnly + " notes ou commentaires écrits par la personne qui accompagne"));

            // The same file again: found already here, nothing doubled, nothing more to sync.
            long after = phone.outbox().pendingCount();
            ImportReport again = new ParcoursImporter(phone).importBytes(file);
            assertThat(again.succeeded()).as(again.toString()).isTrue();
            assertThat(again.total()).isZero();
            assertThat(again.history()).isZero();
            assertThat(again.unchanged()).isEqualTo(report.total() + report.history());
            assertThat(everything(phone, me)).isEqualTo(here);
            assertThat(phone.outbox().pendingCount()).isEqualTo(after);
        }
    }

    @Test
    void aFileWhoseIdsAreUsedHereIsRenamedNotMerged() throws Exception {
        // A counsellor's phone that holds Samia already imports her file into another person's file.
        try (LocalStore store = TestStores.counsellorStore(dir.resolve("camille"))) {
            DemoOrganisation.load(store, TestStores.CLOCK);
            byte[] file = new ParcoursExporter(store, TestStores.CLOCK).json(DemoOrganisation.SAMIA);
            Map<RecordKind, List<JalonsRecord>> samiaBefore = everything(store, DemoOrganisation.SAMIA);
            UUID other = UUID.randomUUID();
            store.beneficiaries()
                    .save(new Beneficiary(
                            other,
                            "Samia (nouvelle fiche)",
                            null,
                            LocalDate.of(2026, 11, 2),
                            null,
                            null,
                            List.of(),
                            null,
                            null));

            ImportReport report = new ParcoursImporter(store, other).importBytes(file);

            assertThat(report.succeeded()).as(report.toString()).isTrue();
            assertThat(report.collided()).isEqualTo(report.renamed()).isEqualTo(report.total() - 1 + report.history());
            assertThat(report.leftOut())
                    .as("a counsellor's phone may record counsellor ratings")
                    .isZero();
            assertThat(everything(store, DemoOrganisation.SAMIA))
                    .as("the original untouched")
                    .isEqualTo(samiaBefore);
            assertThat(everything(store, other).get(RecordKind.GOAL)).hasSameSizeAs(samiaBefore.get(RecordKind.GOAL));
            ExportViewModel model = reportModel(store);
            model.show(report);
            assertThat(model.reportLines())
                    .anySatisfy(l -> assertThat(l).startsWith("Parmi eux, " + report.collided()));
        }
    }

    @Test
    void anotherOrganisationsFileIsRefusedWithItsIdsAndTakenIntoThePersonsOwnParcours() throws Exception {
        byte[] file = samiaExport("org-a", ORG_A);
        assertThat(Json.MAPPER.readTree(file).get("organisationId").asText()).isEqualTo(ORG_A.toString());

        try (LocalStore counsellor = TestStores.counsellorStore(dir.resolve("org-b-counsellor"))) {
            TestPairing.pair(counsellor, "https://b.example", "COUNSELLOR", ORG_B, null);
            ImportReport report = new ParcoursImporter(counsellor).importBytes(file);
            assertThat(report.fileProblem()).isEqualTo("import.file.otherOrganisation");
            assertThat(counsellor.beneficiaries().all()).isEmpty();
            assertThat(counsellor.outbox().pendingCount()).isZero();
            ExportViewModel model = reportModel(counsellor);
            model.show(report);
            assertThat(model.errorProperty().get()).contains("autre structure").contains("Rien n’a été repris");
        }
        try (LocalStore phone = newPersonsPhone("org-b-person")) {
            TestPairing.pair(
                    phone,
                    "https://b.example",
                    "BENEFICIARY",
                    ORG_B,
                    phone.profile().beneficiaryId());
            ImportReport report = new ParcoursImporter(phone).importBytes(file);
            assertThat(report.succeeded()).as(report.toString()).isTrue();
            assertThat(report.renamed()).isPositive();
            assertThat(phone.goals().forBeneficiary(phone.profile().beneficiaryId()))
                    .hasSize((int) count(file, RecordKind.GOAL, null, null));
        }
    }

    @Test
    void anEntryOfAnotherOrganisationIsRefusedAndNothingIsImported() throws Exception {
        ObjectNode file = (ObjectNode) Json.MAPPER.readTree(samiaExport("org-a", ORG_A));
        ArrayNode records = (ArrayNode) file.get("records");
        ((ObjectNode) records.get(records.size() - 1)).put("organisationId", ORG_B.toString());
        ((ObjectNode) records.get(1)).put("organisationId", ORG_A.toString());
        try (LocalStore phone = newPersonsPhone("person")) {
            Snapshot before = Snapshot.of(phone);
            ImportReport report = new ParcoursImporter(phone).importBytes(Json.MAPPER.writeValueAsBytes(file));
            assertThat(report.refused()).singleElement().satisfies(r -> {
                assertThat(r.reasonKey()).isEqualTo("import.refused.otherOrganisation");
                assertThat(r.index()).isEqualTo(records.size());
            });
            assertThat(Snapshot.of(phone)).isEqualTo(before);
        }
    }

    /** What a phone holds for its person, and what it has to send: equal before and after a refused import. */
    record Snapshot(Map<RecordKind, List<JalonsRecord>> records, long pending) {
        static Snapshot of(LocalStore store) {
            return new Snapshot(
                    everything(store, store.profile().beneficiaryId()),
                    store.outbox().pendingCount());
        }
    }

    @Test
    void aHostileFileIntoANewProfileIsRefusedWithAClearReasonAndChangesNothing() throws Exception {
        byte[] good = samiaExport("old", null);
        try (LocalStore phone = newPersonsPhone("new")) {
            Snapshot before = Snapshot.of(phone);
            ParcoursImporter importer = new ParcoursImporter(phone);

            ObjectNode version = (ObjectNode) Json.MAPPER.readTree(good);
            version.put("formatVersion", 2);
            assertThat(importer.importBytes(Json.MAPPER.writeValueAsBytes(version))
                            .fileProblem())
                    .isEqualTo("import.file.version");

            Path big = dir.resolve("big.json");
            try (var out = Files.newOutputStream(big)) {
                out.write(good);
                byte[] chunk = new byte[1024 * 1024];
                Arrays.fill(chunk, (byte) ' ');
                for (int i = 0; i < 21; i++) {
                    out.write(chunk);
                }
            }
            assertThat(importer.importFile(big).fileProblem()).isEqualTo("import.file.tooBig");

            assertThat(importer.importBytes(Arrays.copyOf(good, good.length - 40))
                            .fileProblem())
                    .isEqualTo("import.file.notJson");

            ObjectNode duplicated = (ObjectNode) Json.MAPPER.readTree(good);
            ArrayNode records = (ArrayNode) duplicated.get("records");
            records.add(records.get(3).deepCopy());
            ImportReport twice = importer.importBytes(Json.MAPPER.writeValueAsBytes(duplicated));
            assertThat(twice.refused())
                    .extracting(ImportReport.Refusal::reasonKey)
                    .containsExactly("import.refused.duplicate");

            // Only the last entry is wrong: the ones before it, all fine, are not written either.
            ObjectNode lastBroken = (ObjectNode) Json.MAPPER.readTree(good);
            ArrayNode entries = (ArrayNode) lastBroken.get("records");
            ((ObjectNode) entries.get(entries.size() - 1).get("fields")).put("unexpected", true);
            assertThat(importer.importBytes(Json.MAPPER.writeValueAsBytes(lastBroken))
                            .refused())
                    .extracting(ImportReport.Refusal::reasonKey)
                    .containsExactly("import.refused.unknownField");

            // A rule that needs other records fails while writing: health data with no health consent. The
            // records written before it in the same transaction go too.
            ObjectNode noConsent = (ObjectNode) Json.MAPPER.readTree(good);
            ArrayNode kept = Json.MAPPER.createArrayNode();
            for (JsonNode e : noConsent.get("records")) {
                if ("consent".equals(e.get("kind").asText())) {
                    continue;
                }
                if ("barrier".equals(e.get("kind").asText())
                        && "SANTE".equals(e.get("fields").get("area").asText())) {
                    ((ObjectNode) e.get("fields")).put("status", "BESOIN");
                }
                kept.add(e);
            }
            noConsent.set("records", kept);
            ImportReport rules = importer.importBytes(Json.MAPPER.writeValueAsBytes(noConsent));
            assertThat(rules.refused()).singleElement().satisfies(r -> {
                assertThat(r.reasonKey()).isEqualTo("import.refused.rules");
                assertThat(r.index())
                        .as("found while writing, not while reading")
                        .isZero();
            });

            assertThat(Snapshot.of(phone)).isEqualTo(before);
            assertThat(phone.beneficiaries().find(DemoOrganisation.SAMIA)).isEmpty();
        }
    }
}

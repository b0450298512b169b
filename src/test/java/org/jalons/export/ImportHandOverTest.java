package org.jalons.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalons.export.ImportIntoAnotherProfileTest.ORG_A;
import static org.jalons.export.ImportIntoAnotherProfileTest.ORG_B;
import static org.jalons.export.ImportIntoAnotherProfileTest.count;
import static org.jalons.export.ImportIntoAnotherProfileTest.everything;
import static org.jalons.export.ImportIntoAnotherProfileTest.reportModel;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jalons.domain.Barrier;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Goal;
import org.jalons.domain.GoalStep;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.Note;
import org.jalons.domain.RecordKind;
import org.jalons.domain.Training;
import org.jalons.protocol.Vocabulary.BarrierStatus;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.protocol.Vocabulary.TrainingStatus;
import org.jalons.storage.DemoOrganisation;
import org.jalons.storage.ImportedHistory;
import org.jalons.storage.LocalStore;
import org.jalons.storage.OutboxEntry;
import org.jalons.storage.TestStores;
import org.jalons.sync.TestPairing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A parcours file made by another structure: what this phone's account may write is taken over as its own writes
 * and queued; the rest is kept as the former structure's history, read-only, never queued; nothing lost.
 */
class ImportHandOverTest {
    @TempDir
    Path dir;

    /** Samia's demo parcours, exported from a counsellor's phone of organisation A. */
    byte[] otherStructuresFile() {
        try (LocalStore store = TestStores.counsellorStore(dir.resolve("org-a"))) {
            DemoOrganisation.load(store, TestStores.CLOCK);
            TestPairing.pair(store, "https://a.example", "COUNSELLOR", ORG_A, null);
            return new ParcoursExporter(store, TestStores.CLOCK).json(DemoOrganisation.SAMIA);
        }
    }

    private static Set<UUID> queued(LocalStore store) {
        return store.outbox().pending(100_000).stream()
                .map(OutboxEntry::recordId)
                .collect(Collectors.toSet());
    }

    private static Set<UUID> history(LocalStore store, UUID person) {
        return store.database().read(c -> ImportedHistory.ids(c, person));
    }

    @Test
    void aCounsellorTakesOverWhatTheyMayWriteAndKeepsThePersonsOwnVoiceAsHistory() throws Exception {
        byte[] file = otherStructuresFile();
        try (LocalStore camille = TestStores.counsellorStore(dir.resolve("org-b"))) {
            TestPairing.pair(camille, "https://b.example", "COUNSELLOR", ORG_B, null);
            UUID samia = UUID.randomUUID();
            camille.beneficiaries()
                    .save(new Beneficiary(
                            samia, "Samia B.", null, LocalDate.of(2026, 9, 1), null, null, List.of(), null, "Nord"));

            ImportReport report = new ParcoursImporter(camille, samia).importBytes(file);

            assertThat(report.succeeded()).as(report.toString()).isTrue();
            long selfRatings = count(file, RecordKind.CHECK_IN, "rater", "BENEFICIARY");
            long personsNotes = count(file, RecordKind.NOTE, "authorRole", "BENEFICIARY");
            assertThat(selfRatings).isPositive();
            long atWork = count(file, RecordKind.WORK_OBSERVATION, null, null);
            assertThat(atWork).as("the demo's observations at work").isPositive();
            assertThat(report.history()).isEqualTo(selfRatings + personsNotes + atWork);
            var here = everything(camille, samia);
            Set<UUID> queued = queued(camille);
            Set<UUID> history = history(camille, samia);
            // nothing lost: every record of the file is here, under Samia's file at this structure
            for (RecordKind kind : ParcoursFile.KINDS) {
                if (kind != RecordKind.BENEFICIARY) {
                    assertThat(here.get(kind)).as(kind.wireName()).hasSize((int) count(file, kind, null, null));
                }
            }
            // the person's own voice and the work supervisor's are history, not queued; everything else is queued as
            // Camille's writes
            here.values().stream()
                    .flatMap(List::stream)
                    .filter(r -> !(r instanceof Beneficiary))
                    .forEach(r -> {
                        boolean personsOwn = r instanceof CheckIn c && c.rater() == Rater.BENEFICIARY
                                || r instanceof Note n && n.authorRole() == Rater.BENEFICIARY
                                || r instanceof org.jalons.domain.WorkObservation;
                        assertThat(history.contains(r.id()))
                                .as("%s is history", r)
                                .isEqualTo(personsOwn);
                        assertThat(queued.contains(r.id()))
                                .as("%s is queued", r)
                                .isEqualTo(!personsOwn);
                    });
            assertThat(report.total())
                    .as("Samia’s record, completed from the file, among them")
                    .isEqualTo(queued.size());

            ExportViewModel model = reportModel(camille);
            model.show(report);
            assertThat(model.reportLines())
                    .anySatisfy(l -> assertThat(l)
                            .startsWith(report.history() + " éléments du dossier que votre compte ne peut pas écrire")
                            .contains("ne seront pas envoyés"));

            // the same file again: nothing doubled, nothing more queued
            ImportReport again = new ParcoursImporter(camille, samia).importBytes(file);
            assertThat(again.total()).isZero();
            assertThat(again.history()).isZero();
            assertThat(queued(camille)).isEqualTo(queued);
        }
    }

    @Test
    void onThePersonsOwnPhoneTheStructuresRecordsAreHistoryAndCannotBeChanged() throws Exception {
        byte[] file = otherStructuresFile();
        try (LocalStore phone = TestStores.profiles(dir.resolve("person"), TestStores.CLOCK)
                .create("Samia", Role.BENEFICIARY, TestStores.PIN.clone())) {
            TestPairing.pair(
                    phone,
                    "https://b.example",
                    "BENEFICIARY",
                    ORG_B,
                    phone.profile().beneficiaryId());
            UUID me = phone.profile().beneficiaryId();

            ImportReport report = new ParcoursImporter(phone).importBytes(file);

            assertThat(report.succeeded()).as(report.toString()).isTrue();
            Set<UUID> queued = queued(phone);
            Set<UUID> history = history(phone, me);
            var here = everything(phone, me);
            Set<UUID> ownGoals = here.get(RecordKind.GOAL).stream()
                    .map(Goal.class::cast)
                    .filter(g -> g.proposedBy() == ProposedBy.BENEFICIARY)
                    .map(JalonsRecord::id)
                    .collect(Collectors.toSet());
            assertThat(ownGoals).isNotEmpty();
            for (JalonsRecord r : here.values().stream().flatMap(List::stream).toList()) {
                if (r instanceof Beneficiary) {
                    continue;
                }
                // barriers, interviews, consents, exits, follow-ups are the structure's: never the person's own
                boolean personsOwn = r instanceof Goal g && ownGoals.contains(g.id())
                        || r instanceof GoalStep s && ownGoals.contains(s.goalId())
                        || r instanceof CheckIn c && c.rater() == Rater.BENEFICIARY && ownGoals.contains(c.goalId())
                        || r instanceof Note n && n.authorRole() == Rater.BENEFICIARY
                        || r instanceof Training t
                                && t.status() != TrainingStatus.CERTIFIEE
                                && (t.goalId() == null || ownGoals.contains(t.goalId()))
                        || r instanceof org.jalons.domain.QuestionnaireResponse;
                assertThat(queued.contains(r.id())).as("%s is queued", r).isEqualTo(personsOwn);
                assertThat(history.contains(r.id())).as("%s is history", r).isEqualTo(!personsOwn);
            }
            Barrier barrier = (Barrier) here.get(RecordKind.BARRIER).get(0);
            assertThat(history).contains(barrier.id());
            assertThatThrownBy(() -> phone.barriers()
                            .save(new Barrier(
                                    barrier.id(), me, barrier.area(), BarrierStatus.POINT_APPUI, "changé ici")))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(phone.barriers().find(barrier.id())).contains(barrier);
            assertThat(queued(phone)).isEqualTo(queued);
        }
    }
}

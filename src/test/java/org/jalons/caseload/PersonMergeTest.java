package org.jalons.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalons.storage.DemoOrganisation.SAMIA;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jalons.domain.Barrier;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Consent;
import org.jalons.domain.Exit;
import org.jalons.domain.FollowUp;
import org.jalons.domain.Goal;
import org.jalons.domain.GoalStep;
import org.jalons.domain.Interview;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.Note;
import org.jalons.domain.QuestionnaireResponse;
import org.jalons.domain.RecordKind;
import org.jalons.domain.SharedWord;
import org.jalons.domain.Term;
import org.jalons.domain.Training;
import org.jalons.domain.WorkObservation;
import org.jalons.protocol.Vocabulary.BarrierArea;
import org.jalons.protocol.Vocabulary.BarrierStatus;
import org.jalons.protocol.Vocabulary.ConsentCategory;
import org.jalons.protocol.Vocabulary.Eligibility;
import org.jalons.protocol.Vocabulary.ExitCategory;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.InterviewPlace;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.StepStatus;
import org.jalons.protocol.Vocabulary.TrainingKind;
import org.jalons.protocol.Vocabulary.TrainingStatus;
import org.jalons.protocol.Vocabulary.WorkSkill;
import org.jalons.storage.OutboxEntry;
import org.jalons.storage.RecordTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Samia's file made a second time (on another phone, before a sync), with records of every kind in it, merged into
 * hers: everything moves under her with new ids, the copy's records and file go as tombstones, all in the outbox.
 */
class PersonMergeTest extends DemoStoreTest {
    private static final Instant NOW = CLOCK.instant();

    private Beneficiary copy;
    private final List<JalonsRecord> copysRecords = new ArrayList<>();
    private UUID goalId;
    private UUID exitId;
    private UUID noteId;

    @BeforeEach
    void samiaMadeTwice() {
        Beneficiary samia = store.beneficiaries().find(SAMIA).orElseThrow();
        copy = new Beneficiary(
                JalonsRecord.newId(),
                "B. Samia",
                null,
                samia.entryDate(),
                null,
                null,
                List.of(Term.of(Eligibility.RSA)),
                null,
                "Roubaix");
        UUID d = copy.id();
        store.beneficiaries().save(copy);
        for (ConsentCategory c : List.of(ConsentCategory.IDENTITY_CONTACT, ConsentCategory.HEALTH)) {
            add(store.consents().save(new Consent(JalonsRecord.newId(), d, c, true, NOW, "Camille")));
        }
        // A decision older than Samia's own: hers stays in force after the merge.
        add(store.consents()
                .save(new Consent(
                        JalonsRecord.newId(),
                        d,
                        ConsentCategory.ANONYMOUS_STATISTICS,
                        false,
                        Instant.parse("2020-01-01T00:00:00Z"),
                        "Camille")));
        store.beneficiaries()
                .save(
                        copy = new Beneficiary(
                                d,
                                copy.displayName(),
                                null,
                                copy.entryDate(),
                                null,
                                null,
                                List.of(Term.of(Eligibility.RSA), Term.of(Eligibility.RQTH)),
                                null,
                                copy.site(),
                                "06 39 98 00 11",
                                "3 rue Neuve\n59100 Roubaix"));
        goalId = JalonsRecord.newId();
        add(store.goals()
                .save(new Goal(
                        goalId,
                        d,
                        Term.of(GoalTheme.values()[0]),
                        "Passer le permis",
                        ProposedBy.COUNSELLOR,
                        GoalStatus.EN_COURS,
                        null,
                        TODAY,
                        null)));
        add(store.goalSteps()
                .save(new GoalStep(JalonsRecord.newId(), d, goalId, "Code", StepStatus.A_FAIRE, null, null)));
        add(store.trainings()
                .save(new Training(
                        JalonsRecord.newId(),
                        d,
                        goalId,
                        "Permis B",
                        "Auto-école",
                        TrainingKind.CERTIFYING,
                        Term.of(org.jalons.protocol.Vocabulary.Certification.RS),
                        null,
                        20.0,
                        null,
                        TODAY,
                        null,
                        TrainingStatus.PREVUE)));
        add(store.barriers()
                .save(new Barrier(
                        JalonsRecord.newId(), d, Term.of(BarrierArea.SANTE), BarrierStatus.values()[0], "Dos")));
        add(store.checkIns().save(new CheckIn(JalonsRecord.newId(), d, goalId, Rater.COUNSELLOR, 6, "Bien", NOW)));
        add(store.questionnaireResponses()
                .save(new QuestionnaireResponse(JalonsRecord.newId(), d, "pouvoir-agir", 1, Map.of("q1", 3), NOW)));
        add(store.interviews()
                .save(new Interview(
                        JalonsRecord.newId(),
                        d,
                        TODAY,
                        InterviewPlace.STRUCTURE,
                        "Samia",
                        "Premier entretien",
                        null,
                        null)));
        noteId = add(store.notes()
                        .save(new Note(JalonsRecord.newId(), d, "Appeler la mission locale", NOW, Rater.COUNSELLOR)))
                .id();
        // words shared with the structure name a note of the copy and its goal: they follow both
        add(store.sharedWords().save(new SharedWord(JalonsRecord.newId(), d, noteId, goalId, NOW, null, null)));
        exitId = JalonsRecord.newId();
        add(store.exits()
                .save(new Exit(exitId, d, TODAY, ExitCategory.EMPLOI_DURABLE, "CDI", Exit.followUpDueFor(TODAY))));
        add(store.followUps()
                .save(new FollowUp(JalonsRecord.newId(), d, exitId, Exit.followUpDueFor(TODAY), null, null, null)));
    }

    private JalonsRecord add(JalonsRecord r) {
        copysRecords.add(r);
        return r;
    }

    @Test
    void theCopysRecordsOfEveryKindMoveUnderTheKeptFileAndTheCopyGoes() {
        Set<RecordKind> kinds =
                copysRecords.stream().map(r -> RecordKind.of(r.getClass())).collect(Collectors.toSet());
        assertThat(kinds).containsAll(PersonMerge.MOVED);
        Set<UUID> pendingBefore = pendingChanges().keySet();

        PersonMerge merge = PersonMerge.of(store, copy.id(), SAMIA).orElseThrow();
        assertThat(merge.kept().id())
                .as("the file where the person wrote is kept")
                .isEqualTo(SAMIA);
        PersonMerge.Result result = merge.merge();

        assertThat(result.kept()).isEqualTo(SAMIA);
        assertThat(result.moved()).isEqualTo(copysRecords.size());
        Map<UUID, UUID> newIds = new HashMap<>();
        for (JalonsRecord original : copysRecords) {
            RecordKind kind = RecordKind.of(original.getClass());
            JalonsRecord moved = store.repository(kind).forBeneficiary(SAMIA).stream()
                    .filter(r -> content(r).equals(content(original)))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("not moved: " + original));
            assertThat(moved.id()).isNotEqualTo(original.id());
            newIds.put(original.id(), moved.id());
            if (!kind.isAppendOnly()) {
                assertThat(store.repository(kind)
                                .findStored(original.id())
                                .orElseThrow()
                                .deleted())
                        .as("the copy's %s is a tombstone", kind)
                        .isTrue();
            }
        }
        // References between the moved records follow them.
        UUID newGoal = newIds.get(goalId);
        assertThat(store.goalSteps().forBeneficiary(SAMIA))
                .anyMatch(s -> s.goalId().equals(newGoal));
        assertThat(store.trainings().forBeneficiary(SAMIA)).anyMatch(t -> newGoal.equals(t.goalId()));
        assertThat(store.checkIns().forBeneficiary(SAMIA))
                .anyMatch(c -> c.goalId().equals(newGoal));
        assertThat(store.followUps().forBeneficiary(SAMIA))
                .anyMatch(f -> f.exitId().equals(newIds.get(exitId)));
        assertThat(store.sharedWords().forBeneficiary(SAMIA))
                .anyMatch(w ->
                        w.recordId().equals(newIds.get(noteId)) && w.goalId().equals(newGoal));

        assertThat(store.beneficiaries().find(copy.id())).isEmpty();
        assertThat(store.beneficiaries().caseload())
                .noneMatch(r -> r.beneficiaryId().equals(copy.id()));

        // The outbox: each moved record created under Samia, each of the copy's mutable records and the copy deleted.
        Map<UUID, OutboxEntry> added = pendingChanges();
        added.keySet().removeAll(pendingBefore);
        for (UUID moved : newIds.values()) {
            assertThat(added.values())
                    .anyMatch(e -> e.recordId().equals(moved)
                            && e.op() == OutboxEntry.Op.UPSERT
                            && e.beneficiaryId().equals(SAMIA));
        }
        List<UUID> deleted = added.values().stream()
                .filter(e -> e.op() == OutboxEntry.Op.DELETE)
                .map(OutboxEntry::recordId)
                .toList();
        List<UUID> mutable = new ArrayList<>(copysRecords.stream()
                .filter(r -> !RecordKind.of(r.getClass()).isAppendOnly())
                .map(JalonsRecord::id)
                .toList());
        mutable.add(copy.id());
        assertThat(deleted).containsExactlyInAnyOrderElementsOf(mutable);
        assertThat(deleted.get(deleted.size() - 1)).as("the file goes last").isEqualTo(copy.id());
    }

    @Test
    void differingFieldsAreChosenFreeTextsBothKeptCriteriaJoined() {
        PersonMerge merge = PersonMerge.of(store, SAMIA, copy.id()).orElseThrow();
        Beneficiary samia = merge.kept();
        assertThat(merge.differences())
                .extracting(PersonMerge.Difference::field)
                .contains("displayName", "site", "phone", "address");
        assertThat(merge.choice("site")).isEqualTo(PersonMerge.Side.KEPT);
        assertThat(merge.choice("address")).isEqualTo(PersonMerge.Side.BOTH);
        merge.choose("site", PersonMerge.Side.OTHER);
        merge.merge();

        Beneficiary merged = store.beneficiaries().find(SAMIA).orElseThrow();
        assertThat(merged.displayName()).isEqualTo(samia.displayName());
        assertThat(merged.site()).isEqualTo("Roubaix");
        assertThat(merged.phone()).isEqualTo(samia.phone());
        assertThat(merged.address()).isEqualTo(samia.address() + "\n3 rue Neuve\n59100 Roubaix");
        assertThat(merged.eligibility()).containsAll(samia.eligibility()).contains(Term.of(Eligibility.RQTH));
    }

    @Test
    void theLatestConsentDecisionOfEitherFileStaysInForce() {
        boolean statsBefore = store.consents().isGranted(SAMIA, ConsentCategory.ANONYMOUS_STATISTICS);
        PersonMerge.of(store, SAMIA, copy.id()).orElseThrow().merge();
        assertThat(store.consents().isGranted(SAMIA, ConsentCategory.HEALTH)).isTrue();
        assertThat(store.consents().isGranted(SAMIA, ConsentCategory.ANONYMOUS_STATISTICS))
                .isEqualTo(statsBefore);
        assertThat(store.consents().history(SAMIA))
                .anyMatch(c -> c.category() == ConsentCategory.ANONYMOUS_STATISTICS && !c.granted())
                .as("the copy's older decision is kept in the history");
    }

    @Test
    void twoFilesWhereThePersonWroteAreNotMerged() {
        store.notes().save(new Note(JalonsRecord.newId(), copy.id(), "Moi aussi", NOW, Rater.BENEFICIARY));
        assertThat(PersonMerge.of(store, SAMIA, copy.id())).isEmpty();
    }

    @Test
    void aCopyHoldingObservationsAtWorkIsNotMergedIntoAFileThePersonWroteIn() {
        assertThat(PersonMerge.of(store, SAMIA, copy.id())).isPresent();
        store.workObservations()
                .save(new WorkObservation(
                        JalonsRecord.newId(),
                        copy.id(),
                        NOW.atZone(java.time.ZoneOffset.UTC).toLocalDate(),
                        "Espaces verts",
                        List.of(Term.of(WorkSkill.PONCTUALITE)),
                        7,
                        "À l’heure chaque matin",
                        "Karim D.",
                        null,
                        null));
        // a counsellor's account may not write a work supervisor's observation again under the kept file
        assertThat(PersonMerge.of(store, SAMIA, copy.id())).isEmpty();
    }

    @Test
    void aCorrectedInterviewMovesWithItsCorrectionStillNamingItsOriginal() {
        Interview original = store.interviews()
                .save(new Interview(
                        JalonsRecord.newId(),
                        copy.id(),
                        NOW.atZone(java.time.ZoneOffset.UTC).toLocalDate(),
                        InterviewPlace.STRUCTURE,
                        null,
                        "Entretien au bureua",
                        null,
                        null));
        store.interviews()
                .save(original.correctedAs(
                        JalonsRecord.newId(), null, "Entretien au bureau", null, NOW, original.id()));

        PersonMerge.of(store, SAMIA, copy.id()).orElseThrow().merge();

        List<Interview> moved = store.interviews().forBeneficiary(SAMIA).stream()
                .filter(i -> i.notes() != null && i.notes().startsWith("Entretien au bure"))
                .toList();
        assertThat(moved).hasSize(2);
        Interview movedOriginal =
                moved.stream().filter(i -> i.amends() == null).findFirst().orElseThrow();
        assertThat(movedOriginal.id()).isNotEqualTo(original.id());
        assertThat(org.jalons.domain.Corrections.of(moved, movedOriginal.id())
                        .current()
                        .notes())
                .isEqualTo("Entretien au bureau");
        assertThat(moved)
                .filteredOn(i -> i.amends() != null)
                .extracting(Interview::amends)
                .containsExactly(movedOriginal.id());
    }

    private Map<UUID, OutboxEntry> pendingChanges() {
        Map<UUID, OutboxEntry> out = new LinkedHashMap<>();
        store.outbox().pending(100_000).forEach(e -> out.put(e.changeId(), e));
        return out;
    }

    /** A record's fields but its id, its person and its references to other records. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<String, Object> content(JalonsRecord r) {
        Map<String, Object> wire = new LinkedHashMap<>(((org.jalons.storage.RecordMapper)
                        RecordTable.of(RecordKind.of(r.getClass())).mapper())
                .toWire(r));
        wire.remove("goalId");
        wire.remove("exitId");
        wire.remove("recordId");
        return wire;
    }
}

package org.jalons.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jalons.protocol.WriteRights.Fact;
import org.jalons.protocol.WriteRights.Operation;
import org.jalons.protocol.WriteRights.Right;
import org.jalons.protocol.WriteRights.ValueIs;
import org.junit.jupiter.api.Test;

/** The write-rights table names only what the protocol has: kinds, their fields and codes. */
class WriteRightsTest {

    @Test
    void everyRightNamesAKindItsFieldsAndCodesTheProtocolHas() {
        for (Right right : WriteRights.table()) {
            RecordSchema kind = RecordSchema.fromWire(right.kind()).orElseThrow();
            if (!right.fields().equals(WriteRights.ALL_FIELDS)) {
                assertThat(kind.fields().keySet()).as(right.toString()).containsAll(right.fields());
            }
            assertThat(kind.appendOnly() && right.operation() != Operation.CREATE)
                    .as("an append-only kind is only created: " + right)
                    .isFalse();
            right.condition().terms().stream()
                    .filter(ValueIs.class::isInstance)
                    .map(ValueIs.class::cast)
                    .forEach(v -> assertThat(kind.fields().get(v.field()).codes())
                            .as(right.toString())
                            .contains(v.value()));
        }
    }

    @Test
    void conditionsHaveStableIdsAndWordsAndOnlyThePersonTheCounsellorAndTheWorkSupervisorHaveRights() {
        Set<String> ids = new HashSet<>();
        WriteRights.table().forEach(r -> ids.add(r.condition().id()));
        assertThat(ids)
                .containsExactlyInAnyOrder(
                        "always",
                        "proposedBy=BENEFICIARY",
                        "stepOfOwnGoal",
                        "notCertified",
                        "createdByPerson+notCertified",
                        "rater=BENEFICIARY",
                        "rater=COUNSELLOR",
                        "rater=BENEFICIARY+visit",
                        "authorRole=BENEFICIARY+amendsOwnVoice",
                        "authorRole=COUNSELLOR+amendsOwnVoice",
                        "disputedFieldWritable",
                        "staysWithdrawn");
        assertThat(WriteRights.Condition.of(new ValueIs("rater", "BENEFICIARY"), Fact.VISIT_IN_SAME_PUSH)
                        .words())
                .isEqualTo("`rater` is BENEFICIARY, and the same push records a new interview of the person");
        assertThat(WriteRights.table())
                .extracting(Right::role)
                .containsOnly(Vocabulary.Role.BENEFICIARY, Vocabulary.Role.COUNSELLOR, Vocabulary.Role.WORK_SUPERVISOR);
        assertThat(WriteRights.markdown()).contains("| SUPERVISOR | every kind | no | no | no |");
    }

    @Test
    void theWorkSupervisorObservesAtWorkOnlyAndThePersonOnlyAnswers() {
        assertThat(WriteRights.table())
                .filteredOn(r -> r.role() == Vocabulary.Role.WORK_SUPERVISOR)
                .extracting(Right::kind)
                .containsOnly("workObservation", "conflict");
        for (Operation op : List.of(Operation.CREATE, Operation.EDIT)) {
            var rows = WriteRights.rows(Vocabulary.Role.WORK_SUPERVISOR, "workObservation", op);
            assertThat(rows).hasSize(1);
            assertThat(rows.get(0).covers(java.util.Set.of("rating", "skills", "comment")))
                    .isTrue();
            assertThat(rows.get(0).covers(java.util.Set.of("answer"))).isFalse();
        }
        var answers = WriteRights.rows(Vocabulary.Role.BENEFICIARY, "workObservation", Operation.EDIT);
        assertThat(answers).hasSize(1);
        assertThat(answers.get(0).covers(java.util.Set.of("answer", "answeredAt")))
                .isTrue();
        assertThat(answers.get(0).covers(java.util.Set.of("rating"))).isFalse();
        assertThat(WriteRights.rows(Vocabulary.Role.BENEFICIARY, "workObservation", Operation.CREATE))
                .isEmpty();
        assertThat(WriteRights.rows(Vocabulary.Role.COUNSELLOR, "workObservation", Operation.EDIT))
                .isEmpty();
    }

    @Test
    void whoeverCreatesAnAmendableKindMayCorrectItANoteOnlyInItsOwnVoice() {
        for (Vocabulary.Role role : List.of(Vocabulary.Role.BENEFICIARY, Vocabulary.Role.COUNSELLOR)) {
            var notes = WriteRights.rows(role, "note", Operation.CREATE);
            assertThat(notes).hasSize(1);
            assertThat(notes.get(0).condition().terms())
                    .containsExactly(new ValueIs("authorRole", role.name()), Fact.AMENDS_OWN_VOICE);
        }
        assertThat(RecordSchema.AMENDABLE).containsExactlyInAnyOrder("interview", "checkIn", "note");
        // a rating's words are corrected in the voice that gave it: the person's own check-ins on their phone
        assertThat(WriteRights.rows(Vocabulary.Role.BENEFICIARY, "checkIn", Operation.CREATE))
                .extracting(r -> r.condition().terms())
                .containsExactly(List.of(new ValueIs("rater", "BENEFICIARY")));
        for (String kind : RecordSchema.AMENDABLE) {
            RecordSchema schema = RecordSchema.fromWire(kind).orElseThrow();
            assertThat(schema.appendOnly()).isTrue();
            assertThat(schema.fields()).containsKeys("amends", "amendedBy");
            assertThat(schema.required()).doesNotContain("amends", "amendedBy");
        }
    }

    @Test
    void thePersonRewordsAndProposesTheStatusOfEveryGoalButSetsTheStatusOnlyOfTheirOwn() {
        var edits = WriteRights.rows(Vocabulary.Role.BENEFICIARY, "goal", Operation.EDIT);
        var always = edits.stream().filter(r -> r.condition().terms().isEmpty()).toList();
        assertThat(always).hasSize(1);
        assertThat(always.get(0).covers(Set.of("phrasing"))).isTrue();
        assertThat(always.get(0).covers(Set.of("phrasing", "proposedStatus", "proposedAt")))
                .isTrue();
        assertThat(edits.stream().filter(r -> r.covers(Set.of("status"))))
                .extracting(r -> r.condition().id())
                .containsExactly("proposedBy=BENEFICIARY");
        assertThat(edits.stream().filter(r -> r.covers(Set.of("proposedBy")))).isEmpty();
        assertThat(RecordSchema.GOAL.fields().get("proposedStatus").codes())
                .containsExactlyInAnyOrder("ATTEINT", "REPORTE", "ABANDONNE");
    }
}

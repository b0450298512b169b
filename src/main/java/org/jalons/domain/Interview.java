package org.jalons.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jalons.protocol.RecordSchema;
import org.jalons.protocol.Vocabulary.InterviewPlace;

/**
 * An entretien or home visit: the qualitative, "monographic" evidence behind every figure. Append-only: a correction
 * is a new interview whose {@code amends} names the original, with the whole corrected text, when ({@code amendedAt})
 * and by whom ({@code amendedBy}, written by the server) it was corrected.
 */
public record Interview(
        UUID id,
        UUID beneficiaryId,
        LocalDate date,
        InterviewPlace place,
        String participants,
        String notes,
        String decisions,
        Instant nextAppointment,
        UUID amends,
        Instant amendedAt,
        String amendedBy)
        implements JalonsRecord, Amendable {

    /** An interview as first written (it corrects nothing). */
    public Interview(
            UUID id,
            UUID beneficiaryId,
            LocalDate date,
            InterviewPlace place,
            String participants,
            String notes,
            String decisions,
            Instant nextAppointment) {
        this(id, beneficiaryId, date, place, participants, notes, decisions, nextAppointment, null, null, null);
    }

    /** A correction of {@code original} (the root of its chain), with these words, written at {@code at}. */
    public Interview correctedAs(
            UUID newId, String participants, String notes, String decisions, Instant at, UUID original) {
        return new Interview(
                newId, beneficiaryId, date, place, participants, notes, decisions, nextAppointment, original, at, null);
    }

    @Override
    public Instant correctedAt() {
        return amendedAt;
    }

    @Override
    public List<Violation> violations() {
        Checks checks = new Checks()
                .required("beneficiaryId", beneficiaryId)
                .required("date", date)
                .plausible("date", date)
                .required("place", place)
                .text(RecordSchema.INTERVIEW, "participants", participants)
                .text(RecordSchema.INTERVIEW, "notes", notes)
                .text(RecordSchema.INTERVIEW, "decisions", decisions);
        if (amends != null) {
            checks.required("amendedAt", amendedAt);
        }
        return checks.list();
    }
}

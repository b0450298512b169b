package org.jalons.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jalons.protocol.RecordSchema;
import org.jalons.protocol.Vocabulary.InterviewPlace;

/** An entretien or home visit: the qualitative, "monographic" evidence behind every figure. Append-only. */
public record Interview(
        UUID id,
        UUID beneficiaryId,
        LocalDate date,
        InterviewPlace place,
        String participants,
        String notes,
        String decisions,
        Instant nextAppointment)
        implements JalonsRecord {

    @Override
    public List<Violation> violations() {
        return new Checks()
                .required("beneficiaryId", beneficiaryId)
                .required("date", date)
                .plausible("date", date)
                .required("place", place)
                .text(RecordSchema.INTERVIEW, "participants", participants)
                .text(RecordSchema.INTERVIEW, "notes", notes)
                .text(RecordSchema.INTERVIEW, "decisions", decisions)
                .list();
    }
}

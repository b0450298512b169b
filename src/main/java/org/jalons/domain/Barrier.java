package org.jalons.domain;

import java.util.List;
import java.util.UUID;
import org.jalons.protocol.RecordSchema;
import org.jalons.protocol.Vocabulary.BarrierArea;
import org.jalons.protocol.Vocabulary.BarrierStatus;
import org.jalons.protocol.Vocabulary.ConsentCategory;

/** A frein périphérique and where the person stands with it: a point of support, a need, or not explored yet. */
public record Barrier(UUID id, UUID beneficiaryId, Term<BarrierArea> area, BarrierStatus status, String note)
        implements JalonsRecord {

    @Override
    public List<Violation> violations() {
        return new Checks()
                .required("beneficiaryId", beneficiaryId)
                .required("area", area)
                .term("area", area)
                .required("status", status)
                .text(RecordSchema.BARRIER, "note", note)
                .list();
    }

    /** The consent this record needs (health, justice), or null when it says nothing sensitive. */
    public ConsentCategory requiredConsent() {
        if (area == null || area.known() == null || area.known().sensitiveCategory() == null) {
            return null;
        }
        boolean saysSomething = status != BarrierStatus.NON_EXPLORE || (note != null && !note.isBlank());
        return saysSomething ? area.known().sensitiveCategory() : null;
    }
}

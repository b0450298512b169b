package org.jalons.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jalons.protocol.RecordSchema;
import org.jalons.protocol.Vocabulary.ExitCategory;

/** The end of a parcours, in the IAE reporting categories, with its follow-up six months later. */
public record Exit(
        UUID id, UUID beneficiaryId, LocalDate exitDate, ExitCategory category, String detail, LocalDate followUpDue)
        implements JalonsRecord {

    public static final int FOLLOW_UP_MONTHS = 6;

    public static LocalDate followUpDueFor(LocalDate exitDate) {
        return exitDate.plusMonths(FOLLOW_UP_MONTHS);
    }

    @Override
    public List<Violation> violations() {
        return new Checks()
                .required("beneficiaryId", beneficiaryId)
                .required("exitDate", exitDate)
                .plausible("exitDate", exitDate)
                .required("category", category)
                .text(RecordSchema.EXIT, "detail", detail)
                .plausible("followUpDue", followUpDue)
                .notBefore("followUpDue", followUpDue, "exitDate", exitDate)
                .list();
    }

    /** The rules that need the parcours too: nobody leaves before they entered. */
    public List<Violation> violations(Beneficiary parcours) {
        List<Violation> all = new ArrayList<>(violations());
        all.addAll(new Checks()
                .notBefore("exitDate", exitDate, "entryDate", parcours.entryDate())
                .list());
        return all;
    }
}

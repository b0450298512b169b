package org.jalons.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jalons.protocol.RecordSchema;
import org.jalons.protocol.Vocabulary.ConsentCategory;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.ProposedBy;

/** An objectif, phrased in the first person ("Je me sens capable de… passer le permis B"). */
public record Goal(
        UUID id,
        UUID beneficiaryId,
        Term<GoalTheme> theme,
        String phrasing,
        ProposedBy proposedBy,
        GoalStatus status,
        LocalDate targetDate,
        LocalDate openedOn,
        LocalDate closedOn)
        implements JalonsRecord {

    @Override
    public List<Violation> violations() {
        return new Checks()
                .required("beneficiaryId", beneficiaryId)
                .required("theme", theme)
                .term("theme", theme)
                .required("phrasing", phrasing)
                .text(RecordSchema.GOAL, "phrasing", phrasing)
                .required("proposedBy", proposedBy)
                .required("status", status)
                .required("openedOn", openedOn)
                .plausible("openedOn", openedOn)
                .plausible("targetDate", targetDate)
                .notBefore("targetDate", targetDate, "openedOn", openedOn)
                .plausible("closedOn", closedOn)
                .notBefore("closedOn", closedOn, "openedOn", openedOn)
                .list();
    }

    @Override
    public Map<ConsentCategory, String> consentsNeeded() {
        ConsentCategory category =
                theme == null || theme.known() == null ? null : theme.known().sensitiveCategory();
        return category == null ? Map.of() : Map.of(category, "theme");
    }

    public boolean isOpen() {
        return status == GoalStatus.EN_COURS || status == GoalStatus.REPORTE;
    }

    public boolean isOverdue(LocalDate today) {
        return isOpen() && targetDate != null && targetDate.isBefore(today);
    }
}

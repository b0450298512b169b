package org.jalons.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jalons.protocol.RecordSchema;
import org.jalons.protocol.Vocabulary.ConsentCategory;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.ProposedStatus;

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
        LocalDate closedOn,
        ProposedStatus proposedStatus,
        Instant proposedAt)
        implements JalonsRecord {

    /** A goal without a status proposed by the person. */
    public Goal(
            UUID id,
            UUID beneficiaryId,
            Term<GoalTheme> theme,
            String phrasing,
            ProposedBy proposedBy,
            GoalStatus status,
            LocalDate targetDate,
            LocalDate openedOn,
            LocalDate closedOn) {
        this(id, beneficiaryId, theme, phrasing, proposedBy, status, targetDate, openedOn, closedOn, null, null);
    }

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

    /** The same goal reworded (by the person or the counsellor). */
    public Goal withPhrasing(String words) {
        return new Goal(
                id,
                beneficiaryId,
                theme,
                words,
                proposedBy,
                status,
                targetDate,
                openedOn,
                closedOn,
                proposedStatus,
                proposedAt);
    }

    /** The same goal with the status the person proposes ({@code null}: no proposal), proposed at {@code at}. */
    public Goal withProposal(ProposedStatus proposal, Instant at) {
        return new Goal(
                id,
                beneficiaryId,
                theme,
                phrasing,
                proposedBy,
                status,
                targetDate,
                openedOn,
                closedOn,
                proposal,
                proposal == null ? null : at);
    }

    /**
     * The counsellor confirms the person's proposal: the status becomes it (a goal reached or given up closes on
     * {@code today}), and the proposal is cleared.
     */
    public Goal confirmingProposal(LocalDate today) {
        GoalStatus decided = GoalStatus.valueOf(proposedStatus.name());
        LocalDate closed = decided == GoalStatus.REPORTE ? closedOn : today;
        return new Goal(
                id, beneficiaryId, theme, phrasing, proposedBy, decided, targetDate, openedOn, closed, null, null);
    }

    public boolean hasProposal() {
        return proposedStatus != null;
    }

    public boolean isOpen() {
        return status == GoalStatus.EN_COURS || status == GoalStatus.REPORTE;
    }

    public boolean isOverdue(LocalDate today) {
        return isOpen() && targetDate != null && targetDate.isBefore(today);
    }
}

package org.jalons.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jalons.protocol.RecordSchema;
import org.jalons.protocol.Vocabulary.Certification;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.TrainingKind;
import org.jalons.protocol.Vocabulary.TrainingStatus;

/**
 * A formation: qualifying, certifying, in-house or an immersion (PMSMP), with the hours planned and done, and
 * optionally a reference to the photo of its certificate ({@code evidenceRef}: the picture's name in the app's
 * private storage, never the picture itself).
 */
public record Training(
        UUID id,
        UUID beneficiaryId,
        UUID goalId,
        String title,
        String provider,
        TrainingKind trainingKind,
        Term<Certification> certification,
        Integer rncpLevel,
        Double plannedHours,
        Double doneHours,
        LocalDate startDate,
        LocalDate endDate,
        TrainingStatus status,
        String evidenceRef,
        Rater declaredBy)
        implements JalonsRecord {

    public static final double MAX_HOURS = 10_000;
    public static final int MAX_EVIDENCE_REF = 500;

    /**
     * A training as the phone writes it; who declared it ({@code declaredBy}) is written by the server, and kept as
     * stored when it is edited ({@link #withDeclaredBy}).
     */
    public Training(
            UUID id,
            UUID beneficiaryId,
            UUID goalId,
            String title,
            String provider,
            TrainingKind trainingKind,
            Term<Certification> certification,
            Integer rncpLevel,
            Double plannedHours,
            Double doneHours,
            LocalDate startDate,
            LocalDate endDate,
            TrainingStatus status,
            String evidenceRef) {
        this(
                id,
                beneficiaryId,
                goalId,
                title,
                provider,
                trainingKind,
                certification,
                rncpLevel,
                plannedHours,
                doneHours,
                startDate,
                endDate,
                status,
                evidenceRef,
                null);
    }

    /** The same training, declared by {@code rater} (BENEFICIARY: the person's own, which they may still edit). */
    public Training withDeclaredBy(Rater rater) {
        return new Training(
                id,
                beneficiaryId,
                goalId,
                title,
                provider,
                trainingKind,
                certification,
                rncpLevel,
                plannedHours,
                doneHours,
                startDate,
                endDate,
                status,
                evidenceRef,
                rater);
    }

    /** A training without a certificate photo (most of them). */
    public Training(
            UUID id,
            UUID beneficiaryId,
            UUID goalId,
            String title,
            String provider,
            TrainingKind trainingKind,
            Term<Certification> certification,
            Integer rncpLevel,
            Double plannedHours,
            Double doneHours,
            LocalDate startDate,
            LocalDate endDate,
            TrainingStatus status) {
        this(
                id,
                beneficiaryId,
                goalId,
                title,
                provider,
                trainingKind,
                certification,
                rncpLevel,
                plannedHours,
                doneHours,
                startDate,
                endDate,
                status,
                null,
                null);
    }

    @Override
    public List<Violation> violations() {
        boolean rncp = certification != null && certification.known() == Certification.RNCP;
        return new Checks()
                .required("beneficiaryId", beneficiaryId)
                .required("title", title)
                .text(RecordSchema.TRAINING, "title", title)
                .text(RecordSchema.TRAINING, "provider", provider)
                .required("trainingKind", trainingKind)
                .required("certification", certification)
                .term("certification", certification)
                .rule(rncpLevel != null && !rncp, "rncpLevel", "rncpLevelOnlyForRncp")
                .range("rncpLevel", rncpLevel, 3, 8)
                .notNegative("plannedHours", plannedHours)
                .range("plannedHours", plannedHours, 0, MAX_HOURS)
                .notNegative("doneHours", doneHours)
                .range("doneHours", doneHours, 0, MAX_HOURS)
                .plausible("startDate", startDate)
                .plausible("endDate", endDate)
                .notBefore("endDate", endDate, "startDate", startDate)
                .required("status", status)
                .text("evidenceRef", evidenceRef, MAX_EVIDENCE_REF)
                .list();
    }
}

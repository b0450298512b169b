package org.jalons.storage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of a counsellor's caseload, read in a single query so that a long list opens at once.
 * {@code confidenceDropping}: on an open goal, the person's latest self rating is lower than their previous one.
 * {@code followUpDue}: the follow-up six months after the exit is due (or late) and not recorded yet.
 * {@code proposals}: the person's open goals on which they proposed a status the counsellor has not answered yet.
 */
public record CaseloadRow(
        UUID beneficiaryId,
        String displayName,
        int openGoals,
        int overdueGoals,
        Integer latestSelfRating,
        Integer latestCounsellorRating,
        Instant nextAppointment,
        LocalDate lastInterview,
        boolean pendingSync,
        boolean exited,
        boolean confidenceDropping,
        boolean followUpDue,
        int proposals) {

    public CaseloadRow(
            UUID beneficiaryId,
            String displayName,
            int openGoals,
            int overdueGoals,
            Integer latestSelfRating,
            Integer latestCounsellorRating,
            Instant nextAppointment,
            LocalDate lastInterview,
            boolean pendingSync,
            boolean exited,
            boolean confidenceDropping,
            boolean followUpDue) {
        this(
                beneficiaryId,
                displayName,
                openGoals,
                overdueGoals,
                latestSelfRating,
                latestCounsellorRating,
                nextAppointment,
                lastInterview,
                pendingSync,
                exited,
                confidenceDropping,
                followUpDue,
                0);
    }

    public CaseloadRow(
            UUID beneficiaryId,
            String displayName,
            int openGoals,
            int overdueGoals,
            Integer latestSelfRating,
            Integer latestCounsellorRating,
            Instant nextAppointment,
            LocalDate lastInterview,
            boolean pendingSync,
            boolean exited,
            boolean confidenceDropping) {
        this(
                beneficiaryId,
                displayName,
                openGoals,
                overdueGoals,
                latestSelfRating,
                latestCounsellorRating,
                nextAppointment,
                lastInterview,
                pendingSync,
                exited,
                confidenceDropping,
                false);
    }

    public CaseloadRow(
            UUID beneficiaryId,
            String displayName,
            int openGoals,
            int overdueGoals,
            Integer latestSelfRating,
            Integer latestCounsellorRating,
            Instant nextAppointment,
            LocalDate lastInterview,
            boolean pendingSync,
            boolean exited) {
        this(
                beneficiaryId,
                displayName,
                openGoals,
                overdueGoals,
                latestSelfRating,
                latestCounsellorRating,
                nextAppointment,
                lastInterview,
                pendingSync,
                exited,
                false);
    }
}

package org.jalons.server.store;

import java.util.UUID;

/**
 * Which beneficiaries' records a reader may see: the table expression the records are read from (alias {@code r}),
 * a fixed SQL condition and its one parameter. Only the constant fragments below ever reach the SQL text.
 *
 * <p>A counsellor's records are read by joining the caseload to {@code sync_record} on its (organisation,
 * beneficiary, seq) index: written as {@code r.beneficiary_id in (select ... from caseload ...)}, H2 walked the
 * whole organisation in seq order and ran the caseload test on every row, so a pull cost grew with the size of the
 * organisation instead of the size of the caseload. A work supervisor's records are read the same way, from their
 * teams to the people of each team ({@code work_team_member}, indexed by team) to each person's records.
 */
public record ReaderScope(String source, String condition, UUID parameter) {

    public static ReaderScope caseloadOf(UUID counsellorId) {
        return new ReaderScope(
                "caseload cl join sync_record r on r.beneficiary_id = cl.beneficiary_id",
                "cl.counsellor_id = ?",
                counsellorId);
    }

    /**
     * The people of the work supervisor's teams, and of their records only the kinds a work supervisor reads: the
     * beneficiary record (served with {@code RecordSchema.WORK_SUPERVISOR_FIELDS} only), the observations at work and
     * the conflicts (served only about observations).
     */
    public static ReaderScope workTeamsOf(UUID workSupervisorId) {
        return new ReaderScope(
                "work_supervisor_team wt join work_team_member wm on wm.organisation_id = wt.organisation_id"
                        + " and wm.team = wt.team join sync_record r on r.organisation_id = wm.organisation_id"
                        + " and r.beneficiary_id = wm.beneficiary_id",
                "wt.user_id = ? and r.kind in ('beneficiary', 'workObservation', 'conflict')",
                workSupervisorId);
    }

    public static ReaderScope ownRecordsOf(UUID beneficiaryId) {
        return new ReaderScope("sync_record r", "r.beneficiary_id = ?", beneficiaryId);
    }
}

package org.jalons.server.store;

import java.util.UUID;

/**
 * Which beneficiaries' records a reader may see: the table expression the records are read from (alias {@code r}),
 * a fixed SQL condition and its one parameter. Only the constant fragments below ever reach the SQL text.
 *
 * <p>A counsellor's records are read by joining the caseload to {@code sync_record} on its (organisation,
 * beneficiary, seq) index: written as {@code r.beneficiary_id in (select ... from caseload ...)}, H2 walked the
 * whole organisation in seq order and ran the caseload test on every row, so a pull cost grew with the size of the
 * organisation instead of the size of the caseload.
 */
public record ReaderScope(String source, String condition, UUID parameter) {

    public static ReaderScope caseloadOf(UUID counsellorId) {
        return new ReaderScope(
                "caseload cl join sync_record r on r.beneficiary_id = cl.beneficiary_id",
                "cl.counsellor_id = ?",
                counsellorId);
    }

    public static ReaderScope ownRecordsOf(UUID beneficiaryId) {
        return new ReaderScope("sync_record r", "r.beneficiary_id = ?", beneficiaryId);
    }
}

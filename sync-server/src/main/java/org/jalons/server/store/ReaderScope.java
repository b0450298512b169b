package org.jalons.server.store;

import java.util.UUID;

/**
 * Which beneficiaries' records a reader may see, as a fixed SQL condition on {@code r.beneficiary_id}
 * plus its one parameter. Only the two constant fragments below ever reach the SQL text.
 */
public record ReaderScope(String condition, UUID parameter) {

    public static ReaderScope caseloadOf(UUID counsellorId) {
        return new ReaderScope(
                "r.beneficiary_id in (select cl.beneficiary_id from caseload cl where cl.counsellor_id = ?)",
                counsellorId);
    }

    public static ReaderScope ownRecordsOf(UUID beneficiaryId) {
        return new ReaderScope("r.beneficiary_id = ?", beneficiaryId);
    }
}

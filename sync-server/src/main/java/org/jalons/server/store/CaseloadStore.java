package org.jalons.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/** Which beneficiaries each counsellor follows. */
public final class CaseloadStore {

    /** Adds the person to the counsellor's caseload; false when they were in it already. */
    public boolean add(Connection c, UUID counsellorId, UUID beneficiaryId) throws SQLException {
        if (contains(c, counsellorId, beneficiaryId)) {
            return false;
        }
        Jdbc.update(c, """
                insert into caseload (counsellor_id, beneficiary_id) values (?, ?)
                """, counsellorId, beneficiaryId);
        return true;
    }

    /** Takes the person out of the counsellor's caseload; false when they were not in it. */
    public boolean remove(Connection c, UUID counsellorId, UUID beneficiaryId) throws SQLException {
        return Jdbc.update(c, """
                delete from caseload where counsellor_id = ? and beneficiary_id = ?
                """, counsellorId, beneficiaryId) > 0;
    }

    public boolean contains(Connection c, UUID counsellorId, UUID beneficiaryId) throws SQLException {
        return Jdbc.one(c, """
                select 1 from caseload where counsellor_id = ? and beneficiary_id = ?
                """, row -> true, counsellorId, beneficiaryId).isPresent();
    }

    public List<UUID> beneficiaries(Connection c, UUID counsellorId) throws SQLException {
        return Jdbc.list(c, """
                select beneficiary_id from caseload where counsellor_id = ? order by beneficiary_id
                """, row -> Jdbc.uuid(row, "beneficiary_id"), counsellorId);
    }
}

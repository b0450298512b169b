package org.jalons.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.jalons.domain.RecordKind;

/**
 * Moves a person's own parcours to the id the server knows them by (PROTOCOL.md, open point 6): a person who
 * started the app alone got a parcours id made by the phone; pairing tells the server's one. Every record of the
 * local id, the pending and refused changes that describe them and the profile move to the server's id, inside
 * the caller's transaction. The phone's own {@code beneficiary} record is dropped, with its changes, when the server
 * already has one for the person: the server's is authoritative and arrives with the next sync.
 */
public final class ParcoursRekey {
    private ParcoursRekey() {}

    /** Returns the number of records moved (the dropped beneficiary record not counted). */
    public static int rekey(Connection c, UUID from, UUID to, boolean serverHasBeneficiary) throws SQLException {
        if (from.equals(to)) {
            return 0;
        }
        RecordTable<?> beneficiaries = RecordTable.of(RecordKind.BENEFICIARY);
        if (serverHasBeneficiary) {
            beneficiaries.deleteRow(c, from);
            update(c, "DELETE FROM OUTBOX WHERE RECORD_ID = ?", from);
        } else {
            update(c, "UPDATE BENEFICIARY SET ID = ? WHERE ID = ?", to, from);
            update(c, "UPDATE OUTBOX SET RECORD_ID = ? WHERE RECORD_ID = ?", to, from);
        }
        int moved = 0;
        for (RecordKind kind : RecordKind.values()) {
            moved += update(
                    c,
                    "UPDATE " + RecordTable.of(kind).name() + " SET BENEFICIARY_ID = ? WHERE BENEFICIARY_ID = ?",
                    to,
                    from);
        }
        update(c, "UPDATE OUTBOX SET BENEFICIARY_ID = ? WHERE BENEFICIARY_ID = ?", to, from);
        update(c, "UPDATE SYNC_SHADOW SET BENEFICIARY_ID = ? WHERE BENEFICIARY_ID = ?", to, from);
        update(c, "UPDATE IMPORTED_HISTORY SET BENEFICIARY_ID = ? WHERE BENEFICIARY_ID = ?", to, from);
        update(c, "DELETE FROM SYNC_SCOPE WHERE BENEFICIARY_ID = ?", from);
        update(c, "UPDATE LOCAL_PROFILE SET BENEFICIARY_ID = ? WHERE BENEFICIARY_ID = ?", to, from);
        return moved;
    }

    private static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        }
    }
}

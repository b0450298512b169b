package org.jalons.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import org.h2.api.Trigger;

/**
 * Keeps OUTBOX_PENDING (migration V14), how many changes of each person wait to be sent, in step with OUTBOX, row by
 * row, in the transaction of the write: a pending entry written counts one, one acknowledged (deleted), refused
 * (state REJECTED) or moved to another person (re-keyed) counts one less. Every way the outbox changes goes through
 * it: saves, acknowledgements, refusals and retries, re-keying, wipes. Made by H2 through the public no-argument
 * constructor (listed for native images in reflect-config.json), like {@link CheckInDigest}.
 */
public final class PendingDigest implements Trigger {
    private static final String PENDING = "PENDING";

    private int beneficiaryColumn = -1;
    private int stateColumn = -1;

    @Override
    public void init(Connection c, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        int[] at = TriggerRows.columns(c, schema, table, "BENEFICIARY_ID", "STATE");
        beneficiaryColumn = at[0];
        stateColumn = at[1];
    }

    @Override
    public void fire(Connection c, Object[] oldRow, Object[] newRow) throws SQLException {
        UUID was = pendingFor(oldRow);
        UUID is = pendingFor(newRow);
        if (was != null && was.equals(is)) {
            return; // still pending, for the same person
        }
        if (was != null) {
            TriggerRows.update(c, "UPDATE OUTBOX_PENDING SET N = N - 1 WHERE BENEFICIARY_ID = ?", was);
        }
        if (is != null) {
            TriggerRows.update(c, """
                    MERGE INTO OUTBOX_PENDING t USING (VALUES (CAST(? AS UUID))) s(B) ON t.BENEFICIARY_ID = s.B
                    WHEN MATCHED THEN UPDATE SET N = N + 1
                    WHEN NOT MATCHED THEN INSERT VALUES (s.B, 1)""", is);
        }
    }

    /** The person of a pending outbox row, or null (no row, or not pending). */
    private UUID pendingFor(Object[] row) {
        return row != null && PENDING.equals(String.valueOf(row[stateColumn])) ? (UUID) row[beneficiaryColumn] : null;
    }
}

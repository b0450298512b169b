package org.jalons.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.h2.api.Trigger;

/**
 * Keeps CASELOAD_LAST_INTERVIEW (migration V13), each person's latest interview date, in step with INTERVIEW, row by
 * row, in the transaction of the write: a new interview raises the date in place; a changed or removed one (a
 * person's data evicted, a record re-keyed) has its person's date recomputed from INTERVIEW, as the trigger sees it
 * after the write. Made by H2 through the public no-argument constructor (listed for native images in
 * reflect-config.json), like {@link CheckInDigest}.
 */
public final class InterviewDigest implements Trigger {
    private int beneficiaryColumn = -1;
    private int dateColumn = -1;

    @Override
    public void init(Connection c, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        int[] at = TriggerRows.columns(c, schema, table, "BENEFICIARY_ID", "DATE");
        beneficiaryColumn = at[0];
        dateColumn = at[1];
    }

    @Override
    public void fire(Connection c, Object[] oldRow, Object[] newRow) throws SQLException {
        UUID before = oldRow == null ? null : (UUID) oldRow[beneficiaryColumn];
        UUID after = newRow == null ? null : (UUID) newRow[beneficiaryColumn];
        LocalDate newDate = newRow == null ? null : (LocalDate) newRow[dateColumn];
        if (oldRow == null) {
            if (newDate != null) {
                TriggerRows.update(c, """
                        MERGE INTO CASELOAD_LAST_INTERVIEW t USING (VALUES (CAST(? AS UUID), CAST(? AS DATE))) s(B, D)
                        ON t.BENEFICIARY_ID = s.B
                        WHEN MATCHED AND t.LAST_DATE < s.D THEN UPDATE SET LAST_DATE = s.D
                        WHEN NOT MATCHED THEN INSERT VALUES (s.B, s.D)""", after, newDate);
            }
            return;
        }
        if (Objects.equals(before, after) && Objects.equals(oldRow[dateColumn], newDate)) {
            return; // rewritten as it was (a pull or snapshot bringing the same interview back)
        }
        recompute(c, before);
        if (after != null && !after.equals(before)) {
            recompute(c, after);
        }
    }

    private static void recompute(Connection c, UUID person) throws SQLException {
        TriggerRows.update(c, "DELETE FROM CASELOAD_LAST_INTERVIEW WHERE BENEFICIARY_ID = ?", person);
        TriggerRows.update(c, """
                INSERT INTO CASELOAD_LAST_INTERVIEW SELECT BENEFICIARY_ID, MAX("DATE") FROM INTERVIEW
                WHERE BENEFICIARY_ID = ? AND "DATE" IS NOT NULL GROUP BY BENEFICIARY_ID""", person);
    }
}

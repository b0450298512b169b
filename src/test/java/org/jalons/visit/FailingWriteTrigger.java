package org.jalons.visit;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** Installed on a record table by tests: fails the write, as a full disk or a damaged page would. */
public class FailingWriteTrigger implements Trigger {
    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("record write failed on purpose");
    }
}

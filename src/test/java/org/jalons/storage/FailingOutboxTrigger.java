package org.jalons.storage;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** Installed on OUTBOX by tests: fails the insert of an outbox entry, after its record was written. */
public class FailingOutboxTrigger implements Trigger {
    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("outbox insert failed on purpose");
    }
}

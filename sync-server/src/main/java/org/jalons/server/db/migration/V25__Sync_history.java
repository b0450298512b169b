package org.jalons.server.db.migration;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jalons.server.store.SyncHistory;

/**
 * The database's history id (PROTOCOL.md, "A server restored from a backup"): made here, replaced by {@code restore}
 * and {@code new-history}, served with every sync answer so that a phone sees that the server went back in time.
 * Written in Java so that H2 and PostgreSQL get the same random id without a database-specific function.
 */
public class V25__Sync_history extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("""
                    create table sync_history (
                        id          int primary key check (id = 1),
                        history_id  uuid not null,
                        started_at  timestamp with time zone not null
                    )""");
        }
        SyncHistory.start(c);
    }
}

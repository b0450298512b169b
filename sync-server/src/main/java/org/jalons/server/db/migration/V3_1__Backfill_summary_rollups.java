package org.jalons.server.db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jalons.server.store.SummaryRollups;

/**
 * Fills the roll-ups of V3 from the fact rows already there, with the same measure definitions the
 * write path uses ({@link SummaryRollups}).
 */
public class V3_1__Backfill_summary_rollups extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        SummaryRollups.rebuild(context.getConnection(), null);
    }
}

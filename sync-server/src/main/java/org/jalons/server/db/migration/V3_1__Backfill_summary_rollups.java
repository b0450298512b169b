package org.jalons.server.db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Filled the roll-ups of V3 from the fact rows already there. The cells now depend on a column of V12 (statistics
 * refusals), so the fill moved there: V12 rebuilds every cell with the measure definitions in force, and every
 * database that passes through this step passes through V12 too.
 */
public class V3_1__Backfill_summary_rollups extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        // see the class comment: V12__Consent_in_order_of_receipt rebuilds the cells
    }
}

package org.jalons.server.db.migration;

import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jalons.server.summary.measure.Measures;
import org.jalons.server.summary.store.SummaryRollups;

/**
 * The PEOPLE cells (people followed during a year) are kept by the year a person left and the year they entered,
 * no longer by month: a summary reads one cell per counsellor and pair of years instead of about one per person.
 * Rebuilds that measure's cells from the facts; the figures shown do not change.
 */
public class V22__People_cells_by_year extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        SummaryRollups.rebuild(context.getConnection(), null, List.of(Measures.named("PEOPLE")));
    }
}

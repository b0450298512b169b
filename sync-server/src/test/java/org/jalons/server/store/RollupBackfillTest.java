package org.jalons.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** A database holding summary facts from before the roll-ups gets its cells when it migrates. */
class RollupBackfillTest {

    @Test
    void migratingFromTheFactTablesFillsTheCells() throws Exception {
        String url = "jdbc:h2:mem:rollup-backfill;DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations(Database.MIGRATIONS)
                .target("2")
                .load()
                .migrate();
        UUID org = UUID.randomUUID();
        UUID counsellor = UUID.randomUUID();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement()) {
            for (int i = 0; i < 3; i++) {
                UUID person = UUID.randomUUID();
                s.execute("insert into agg_person (organisation_id, beneficiary_id, site, counsellor_id, entry_month,"
                        + " stats_consent) values ('" + org + "', '" + person + "', 'Nord', '" + counsellor
                        + "', 24312, true)");
                s.execute("insert into agg_goal (organisation_id, goal_id, beneficiary_id, site, counsellor_id, theme,"
                        + " status, opened_month, commented) values ('" + org + "', '" + UUID.randomUUID() + "', '"
                        + person + "', 'Nord', '" + counsellor + "', 'MOBILITE', 'EN_COURS', 24313, false)");
            }
        }
        try (Database db = Database.open(url, "sa", "", 2)) {
            long[] cell = db.inTransaction(c -> {
                try (Statement s = c.createStatement();
                        ResultSet r = s.executeQuery("select events, people"
                                + " from agg_cell where organisation_id = '" + org + "' and level = 2 and span = 'Q'"
                                + " and measure = 'GOAL_OPENED' and theme = '*' and row_key = 'MOBILITE'")) {
                    assertThat(r.next()).isTrue();
                    return new long[] {r.getLong(1), r.getLong(2)};
                }
            });
            assertThat(cell).containsExactly(3, 3);
        }
    }
}

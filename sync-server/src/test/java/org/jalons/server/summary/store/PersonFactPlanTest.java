package org.jalons.server.summary.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jalons.server.store.Database;
import org.jalons.server.support.Backend;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.Test;

/**
 * A person's facts are read and rewritten by person (roll-up cells, placement, consent). H2 plans a statement once
 * per pooled connection, with default selectivities while its table is empty or small, and keeps the plan: on a new
 * server every such statement must still go through an index by organisation and person. Without V9,
 * barrier_transition's went through its month index and read every transition of the organisation.
 */
class PersonFactPlanTest {

    @Test
    void perPersonStatementsUseAnIndexByPersonOnEmptyTables() throws Exception {
        String url = TestServers.newDatabase(Backend.H2);
        Database.open(url, "sa", "", 2).close();
        List<String> statements = new ArrayList<>();
        for (String table : SummaryRollups.TABLES) {
            statements.add("select * from " + table + " where organisation_id = ? and beneficiary_id = ?");
        }
        for (String table : AggregateStore.FACT_TABLES) {
            statements.add("update " + table + " set site = ?, counsellor_id = ?"
                    + " where organisation_id = ? and beneficiary_id = ?");
        }
        List<String> plans = new ArrayList<>();
        try (Connection c = TestServers.connect(Backend.H2, url);
                Statement s = c.createStatement()) {
            for (String statement : statements) {
                String sql = statement.replace("?", "random_uuid()").replace("site = random_uuid()", "site = ''");
                try (ResultSet rs = s.executeQuery("explain " + sql)) {
                    rs.next();
                    plans.add(rs.getString(1).replaceAll("\\s+", " "));
                }
            }
        }
        assertThat(plans)
                .hasSize(SummaryRollups.TABLES.size() + AggregateStore.FACT_TABLES.size())
                .allSatisfy(plan -> assertThat(plan).containsPattern("/\\* PUBLIC\\.\\w+: [^*]*BENEFICIARY_ID ="));
    }
}

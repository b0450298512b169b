package org.jalons.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jalons.server.support.Backend;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.Test;

/**
 * Every index is written by every insert of its table, and a push inserts thousands of rows: an index whose
 * columns begin another index of the same table speeds up no read the longer one does not (V6 dropped one).
 * Unique indexes and primary keys are kept: they also say what must never repeat. So are the indexes H2 makes for
 * a foreign key (CONSTRAINT_INDEX_…): H2 checks a key only through an index on exactly its columns, and
 * PostgreSQL, which makes none, needs the declared ones. And so is barrier_transition's index by person (V9): H2
 * plans with default selectivities on a table not yet analysed, and then prefers the month index to the longer one
 * by person and status, which reads every transition of the organisation (PersonFactPlanTest).
 */
class IndexRedundancyTest {
    private static final java.util.Set<String> KEPT_FOR_H2_PLANS = java.util.Set.of("BARRIER_TRANSITION_BENEFICIARY");

    @Test
    void noPlainIndexIsALeadingPartOfAnotherIndexOfItsTable() throws Exception {
        record Index(String table, String name, boolean unique, List<String> columns) {}
        Map<String, Index> indexes = new LinkedHashMap<>();
        try (Connection c = TestServers.sharedDatabase(Backend.H2);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                     select i.table_name, i.index_name, i.index_type_name, c.column_name
                     from information_schema.indexes i join information_schema.index_columns c
                       on c.index_schema = i.index_schema and c.index_name = i.index_name
                     where i.table_schema = 'PUBLIC' and i.table_name <> 'flyway_schema_history'
                     order by i.table_name, i.index_name, c.ordinal_position""")) {
            while (rs.next()) {
                String table = rs.getString(1);
                String name = rs.getString(2);
                boolean unique = !"INDEX".equals(rs.getString(3));
                indexes.computeIfAbsent(table + "." + name, k -> new Index(table, name, unique, new ArrayList<>()))
                        .columns()
                        .add(rs.getString(4));
            }
        }
        assertThat(indexes).as("indexes read").containsKey("BARRIER_TRANSITION.BARRIER_TRANSITION_PERSON_STATUS");
        List<String> redundant = new ArrayList<>();
        for (Index index : indexes.values()) {
            for (Index other : indexes.values()) {
                if (index != other
                        && !index.unique()
                        && index.table().equals(other.table())
                        && !index.name().startsWith("CONSTRAINT_INDEX")
                        && !other.name().startsWith("CONSTRAINT_INDEX")
                        && !KEPT_FOR_H2_PLANS.contains(index.name())
                        && other.columns().size() >= index.columns().size()
                        && other.columns().subList(0, index.columns().size()).equals(index.columns())) {
                    redundant.add(index.table() + "." + index.name() + index.columns() + " begins " + other.name()
                            + other.columns());
                }
            }
        }
        assertThat(redundant).isEmpty();
    }
}

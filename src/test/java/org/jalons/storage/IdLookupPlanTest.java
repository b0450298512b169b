package org.jalons.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pulled page and a push answer look up their 1,000 ids in one query each. H2 must look each id up in an index
 * (a join on a table of values), not read rows and compare each against the whole list, which a first sync of
 * 10,000 records paid with the square of its page size.
 */
class IdLookupPlanTest {
    @TempDir
    Path dir;

    @Test
    void idsOfABatchAreLookedUpInTheIndexOfTheTableTheyAreIn() {
        try (LocalStore store = TestStores.counsellorStore(dir)) {
            assertThat(plan(store, Sql.idsAmongQuery("OUTBOX", "RECORD_ID", "T.STATE = 'PENDING'")))
                    .contains("OUTBOX_RECORD: RECORD_ID = V.ID");
            assertThat(plan(store, Sql.idsAmongQuery("SYNC_SHADOW", "RECORD_ID", null)))
                    .containsPattern("PRIMARY_KEY_\\w*: RECORD_ID = V.ID");
            assertThat(plan(
                            store,
                            RecordTable.of(org.jalons.domain.RecordKind.BARRIER).versionsQuery()))
                    .containsPattern("PRIMARY_KEY_\\w*: ID = V.ID");
        }
    }

    private static String plan(LocalStore store, String query) {
        String sql = query.replace("CAST(? AS UUID ARRAY)", "ARRAY[RANDOM_UUID(), RANDOM_UUID(), RANDOM_UUID()]");
        return store.database().read(c -> {
            try (Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("EXPLAIN " + sql)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }
}

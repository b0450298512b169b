package org.jalons.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sync engine reads the outbox 500 changes at a time. H2 must read them in index order and stop at the limit:
 * with ORDER BY SEQ alone it read and sorted every pending change for each batch, a cost that grew with the square
 * of the queue. This checks the plan H2 chooses for the queries the outbox runs.
 */
class OutboxPlanTest {
    @TempDir
    Path dir;

    @Test
    void pendingChangesAreReadInIndexOrderUpToTheLimit() {
        try (LocalStore store = TestStores.counsellorStore(dir)) {
            for (String where : new String[] {Outbox.pendingAfterWhere(0, 500), Outbox.pendingAfterWhere(42, 500)}) {
                String plan = store.database().read(c -> {
                    try (Statement st = c.createStatement();
                            ResultSet rs = st.executeQuery("EXPLAIN SELECT * FROM OUTBOX WHERE " + where)) {
                        rs.next();
                        return rs.getString(1);
                    }
                });
                assertThat(plan).as(where).contains("OUTBOX_STATE").contains("index sorted");
            }
        }
    }
}

package org.jalons.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The server's Flyway migrations live under {@code org/jalons/server/db/migration}, never under Flyway's default
 * {@code db/migration}, which is the app's (docs/PROTOCOL.md, protocol rules): on one class path the two sets
 * would read each other's. A migration added in the old place would be silently skipped: this test says so.
 */
class MigrationLocationTest {

    @Test
    void migrationsAreUnderTheServersOwnPackageAndNoneUnderTheDefaultLocation() throws Exception {
        ClassLoader loader = Database.class.getClassLoader();
        assertThat(Database.MIGRATIONS).isEqualTo("classpath:org/jalons/server/db/migration");
        assertThat(loader.getResource("org/jalons/server/db/migration/V1__initial_schema.sql"))
                .isNotNull();
        List<URL> defaults = Collections.list(loader.getResources("db/migration"));
        assertThat(defaults)
                .as("server migrations go to src/main/resources/org/jalons/server/db/migration, not db/migration")
                .isEmpty();
    }

    @Test
    void theSchemaIsBuiltFromTheNewLocation() {
        try (Database db = Database.open("jdbc:h2:mem:migration-location;DB_CLOSE_DELAY=-1", "sa", "", 2)) {
            int applied = db.inTransaction(c -> {
                try (var rs = c.createStatement()
                        .executeQuery("select count(*) from \"flyway_schema_history\" where \"success\" = true")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(applied).isPositive();
        }
    }
}

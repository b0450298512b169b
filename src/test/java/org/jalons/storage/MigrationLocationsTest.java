package org.jalons.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The app's local store and the sync server (a test dependency, for the end-to-end tests) share the test class
 * path: each set of Flyway migrations must stay where only its own Flyway looks (app: {@code db/migration}; server:
 * {@code org/jalons/server/db/migration}), or each would read the other's ("more than one migration with version 1").
 */
class MigrationLocationsTest {

    @Test
    void theAppsMigrationLocationHoldsOnlyTheAppsOwnMigrations() throws Exception {
        List<URL> locations = Collections.list(getClass().getClassLoader().getResources("db/migration"));
        assertThat(locations)
                .as("only target/classes, no jar (the server's or a library's)")
                .singleElement()
                .satisfies(url -> assertThat(url.getProtocol()).isEqualTo("file"));
    }

    @Test
    void theServersMigrationsAreNotUnderTheApps() {
        ClassLoader loader = getClass().getClassLoader();
        assertThat(loader.getResource("org/jalons/server/db/migration/V1__initial_schema.sql"))
                .isNotNull();
        assertThat(loader.getResource("db/migration/V1__initial_schema.sql")).isNull();
    }
}

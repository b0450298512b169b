package org.jalons.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jalons.server.support.Backend;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** V13 keys applied changes per user: the rows already stored get their author from the audit log. */
class AppliedChangeBackfillTest {

    @ParameterizedTest
    @EnumSource(Backend.class)
    void storedChangeIdsKeepTheirAuthorAndStayDuplicatesOfThem(Backend backend) throws Exception {
        String url = TestServers.newDatabase(backend);
        String user = backend == Backend.H2 ? "sa" : "postgres";
        Flyway.configure()
                .dataSource(url, user, "")
                .locations(Database.MIGRATIONS)
                .target("10")
                .load()
                .migrate();
        UUID org = UUID.randomUUID();
        UUID author = UUID.randomUUID();
        UUID audited = UUID.randomUUID();
        UUID unaudited = UUID.randomUUID();
        try (Connection c = TestServers.connect(backend, url)) {
            for (UUID change : new UUID[] {audited, unaudited}) {
                insert(
                        c,
                        "insert into applied_change (organisation_id, change_id, content_hash, result, applied_at)"
                                + " values (?, ?, 'h', '{}', ?)",
                        org,
                        change,
                        Timestamp.from(Instant.now()));
            }
            insert(
                    c,
                    "insert into audit_log (organisation_id, user_id, device_id, logged_at, action, kind,"
                            + " record_id, change_id, seq) values (?, ?, ?, ?, 'CREATE', 'goal', ?, ?, 1)",
                    org,
                    author,
                    UUID.randomUUID(),
                    Timestamp.from(Instant.now()),
                    UUID.randomUUID(),
                    audited);
        }

        try (Database db = Database.open(url, user, "", 2)) {
            var stores = Stores.create();
            db.inTransaction(c -> {
                assertThat(stores.appliedChanges().find(c, org, author, audited))
                        .isPresent();
                assertThat(stores.appliedChanges().find(c, org, UUID.randomUUID(), audited))
                        .isEmpty();
                assertThat(stores.appliedChanges().find(c, org, new UUID(0, 0), unaudited))
                        .isPresent();
                return null;
            });
        }
        try (Connection c = TestServers.connect(backend, url);
                PreparedStatement s =
                        c.prepareStatement("select count(*) from applied_change where organisation_id = ?")) {
            s.setObject(1, org);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).isEqualTo(2);
            }
        }
    }

    private static void insert(Connection c, String sql, Object... values) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }
}

package org.jalons.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jalons.server.support.Backend;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A database written while consents went by recordedAt: a grant dated 2099 kept winning over a later withdrawal.
 * Migrating replays the consent records in the order the server received them, statistics flags included.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class ConsentReplayMigrationTest {

    @Parameter
    Backend backend;

    @Test
    void migratingPutsInForceTheConsentReceivedLast() throws Exception {
        String url = TestServers.newDatabase(backend);
        String user = backend == Backend.H2 ? "sa" : "postgres";
        Flyway.configure()
                .dataSource(url, user, "")
                .locations(Database.MIGRATIONS)
                .target("10")
                .load()
                .migrate();
        UUID org = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        try (Connection c = TestServers.connect(backend, url)) {
            run(
                    c,
                    "insert into organisation (id, name, created_at) values (?, 'Structure', ?)",
                    org,
                    OffsetDateTime.now());
            run(
                    c,
                    "insert into agg_person (organisation_id, beneficiary_id, site, stats_consent) values (?, ?, '', true)",
                    org,
                    person);
            consent(c, org, person, 1, "HEALTH", true, "2099-01-01T00:00:00Z");
            consent(c, org, person, 2, "HEALTH", false, "2026-11-02T10:00:00Z");
            consent(c, org, person, 3, "ANONYMOUS_STATISTICS", true, "2099-01-01T00:00:00Z");
            consent(c, org, person, 4, "ANONYMOUS_STATISTICS", false, "2026-11-02T10:00:00Z");
            // the state the old rule left: the consents dated 2099 in force
            for (String category : new String[] {"HEALTH", "ANONYMOUS_STATISTICS"}) {
                run(
                        c,
                        "insert into consent_state (organisation_id, beneficiary_id, category, granted, recorded_at)"
                                + " values (?, ?, ?, true, ?)",
                        org,
                        person,
                        category,
                        OffsetDateTime.parse("2099-01-01T00:00:00Z"));
            }
        }

        Flyway.configure()
                .dataSource(url, user, "")
                .locations(Database.MIGRATIONS)
                .load()
                .migrate();

        try (Connection c = TestServers.connect(backend, url)) {
            assertThat(bool(
                            c,
                            "select granted from consent_state where organisation_id = ? and beneficiary_id = ?"
                                    + " and category = 'HEALTH'",
                            org,
                            person))
                    .isFalse();
            assertThat(bool(
                            c,
                            "select stats_consent from agg_person where organisation_id = ? and beneficiary_id = ?",
                            org,
                            person))
                    .isFalse();
            assertThat(bool(
                            c,
                            "select stats_refused from agg_person where organisation_id = ? and beneficiary_id = ?",
                            org,
                            person))
                    .isTrue();
        }
    }

    private static void consent(
            Connection c, UUID org, UUID person, long seq, String category, boolean granted, String recordedAt)
            throws Exception {
        run(
                c,
                "insert into sync_record (organisation_id, id, kind, beneficiary_id, version, seq, deleted, fields,"
                        + " field_versions, updated_at) values (?, ?, 'consent', ?, 1, ?, false, ?, '{}', ?)",
                org,
                UUID.randomUUID(),
                person,
                seq,
                "{\"category\":\"" + category + "\",\"granted\":" + granted + ",\"recordedAt\":\"" + recordedAt
                        + "\",\"recordedBy\":\"CIP\"}",
                OffsetDateTime.now());
    }

    private static void run(Connection c, String sql, Object... args) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }

    private static boolean bool(Connection c, String sql, Object... args) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                return r.getBoolean(1);
            }
        }
    }
}

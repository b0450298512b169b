package org.jalons.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jalons.server.model.Json;
import org.jalons.server.support.Backend;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A database holding text stored before the text rule (V11): record fields, names and summary rows that break it are
 * repaired when the server migrates, on both databases. PostgreSQL holds no NUL and no lone surrogate in a text, so
 * there the bad rows carry JSON escapes and other control characters.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class TextRepairMigrationTest {

    @Parameter
    Backend backend;

    @Test
    void migratingRepairsStoredText() throws Exception {
        String url = TestServers.newDatabase(backend);
        String user = backend == Backend.H2 ? "sa" : "postgres";
        Flyway.configure()
                .dataSource(url, user, "")
                .locations(Database.MIGRATIONS)
                .target("10")
                .load()
                .migrate();
        UUID org = UUID.randomUUID();
        UUID userId = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        UUID note = UUID.randomUUID();
        UUID clean = UUID.randomUUID();
        boolean h2 = backend == Backend.H2;
        String badName = h2 ? "Sam\uD800ia\u0000" : "Sam\u0007ia\u001b";
        String badFields = h2
                ? "{\"text\":\"a\uD800b\u0000c\\u0007d\",\"answers\":{\"q\\u0000\":2},\"site\":\"Nord\\r\\nEst\"}"
                : "{\"text\":\"a\\ud800b\\u0000c\u0007d\",\"answers\":{\"q\\u0000\":2},\"site\":\"Nord\\r\\nEst\"}";
        String cleanFields = "{\"text\":\"Crèche\",\"authorRole\":\"COUNSELLOR\"}";
        try (Connection c = TestServers.connect(backend, url)) {
            Instant now = Instant.parse("2026-11-26T09:30:00Z");
            insert(
                    c,
                    "insert into organisation (id, name, created_at) values (?, ?, ?)",
                    org,
                    "ACI e\u0301te\u0301",
                    java.sql.Timestamp.from(now));
            insert(
                    c,
                    "insert into app_user (id, organisation_id, display_name, role, created_at) values (?, ?, ?,"
                            + " 'COUNSELLOR', ?)",
                    userId,
                    org,
                    badName,
                    java.sql.Timestamp.from(now));
            insert(
                    c,
                    "insert into device (id, user_id, name, token_hash, paired_at) values (?, ?, ?, 'h', ?)",
                    UUID.randomUUID(),
                    userId,
                    badName,
                    java.sql.Timestamp.from(now));
            insert(
                    c,
                    "insert into sync_record (organisation_id, id, kind, beneficiary_id, version, seq, deleted,"
                            + " fields, field_versions, updated_at) values (?, ?, 'note', ?, 1, 1, false, ?, '{}', ?)",
                    org,
                    note,
                    person,
                    badFields,
                    java.sql.Timestamp.from(now));
            insert(
                    c,
                    "insert into sync_record (organisation_id, id, kind, beneficiary_id, version, seq, deleted,"
                            + " fields, field_versions, updated_at) values (?, ?, 'note', ?, 1, 2, false, ?, '{}', ?)",
                    org,
                    clean,
                    person,
                    cleanFields,
                    java.sql.Timestamp.from(now));
            insert(
                    c,
                    "insert into agg_person (organisation_id, beneficiary_id, site, counsellor_id, entry_month,"
                            + " stats_consent) values (?, ?, ?, ?, 24312, true)",
                    org,
                    person,
                    "Nord\u001b",
                    userId);
        }

        try (Database db = Database.open(url, user, "", 2)) {
            db.inTransaction(c -> {
                assertThat(text(c, "select name from organisation where id = ?", org))
                        .isEqualTo("ACI été");
                assertThat(text(c, "select display_name from app_user where id = ?", userId))
                        .isEqualTo(h2 ? "Sam\uFFFDia" : "Samia");
                assertThat(text(c, "select name from device where user_id = ?", userId))
                        .isEqualTo(h2 ? "Sam\uFFFDia" : "Samia");
                var fields = Json.parseObject(text(c, "select fields from sync_record where id = ?", note));
                assertThat(fields.get("text").asText()).isEqualTo("a\uFFFDbcd");
                assertThat(fields.get("answers").has("q")).isTrue();
                assertThat(fields.get("site").asText()).isEqualTo("Nord\nEst");
                assertThat(text(c, "select fields from sync_record where id = ?", clean))
                        .isEqualTo(cleanFields);
                assertThat(text(c, "select site from agg_person where beneficiary_id = ?", person))
                        .isEqualTo("Nord");
                assertThat(text(
                                c,
                                "select site from agg_cell where organisation_id = ? and site <> '*'"
                                        + " fetch first 1 rows only",
                                org))
                        .isEqualTo("Nord");
                return null;
            });
        }
    }

    private static void insert(Connection c, String sql, Object... args) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    private static String text(Connection c, String sql, Object arg) throws java.sql.SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, arg);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).as(sql).isTrue();
                return r.getString(1);
            }
        }
    }
}

package org.jalons.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jalons.server.support.Backend;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Migration V37 fills the lookup of people by work team from the records already stored: the {@code workTeam} of
 * each live beneficiary record, on both databases; no team, a blank one, a deleted record or another kind: no row.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class WorkTeamBackfillMigrationTest {

    @Parameter
    Backend backend;

    @Test
    void theLiveBeneficiaryRecordsThatNameATeamAreItsPeople() throws Exception {
        String url = TestServers.newDatabase(backend);
        String user = backend == Backend.H2 ? "sa" : "postgres";
        Flyway.configure()
                .dataSource(url, user, "")
                .locations(Database.MIGRATIONS)
                .target("36")
                .load()
                .migrate();
        UUID org = UUID.randomUUID();
        UUID inTeam = UUID.randomUUID();
        UUID noTeam = UUID.randomUUID();
        UUID blank = UUID.randomUUID();
        UUID deleted = UUID.randomUUID();
        try (Connection c = TestServers.connect(backend, url)) {
            run(
                    c,
                    "insert into organisation (id, name, created_at) values (?, 'Structure', ?)",
                    org,
                    OffsetDateTime.now());
            record(
                    c,
                    org,
                    inTeam,
                    inTeam,
                    "beneficiary",
                    1,
                    false,
                    "{\"displayName\":\"A\",\"workTeam\":\"Atelier bois\"}");
            record(c, org, noTeam, noTeam, "beneficiary", 2, false, "{\"displayName\":\"B\"}");
            record(c, org, blank, blank, "beneficiary", 3, false, "{\"displayName\":\"C\",\"workTeam\":\"  \"}");
            record(
                    c,
                    org,
                    deleted,
                    deleted,
                    "beneficiary",
                    4,
                    true,
                    "{\"displayName\":\"D\",\"workTeam\":\"Atelier bois\"}");
            record(
                    c,
                    org,
                    UUID.randomUUID(),
                    noTeam,
                    "note",
                    5,
                    false,
                    "{\"text\":\"x\",\"workTeam\":\"Atelier bois\"}");
        }

        Flyway.configure()
                .dataSource(url, user, "")
                .locations(Database.MIGRATIONS)
                .load()
                .migrate();

        try (Connection c = TestServers.connect(backend, url);
                PreparedStatement s = c.prepareStatement(
                        "select beneficiary_id, team from work_team_member where organisation_id = ?")) {
            s.setObject(1, org);
            List<String> members = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    members.add(r.getObject(1, UUID.class) + " " + r.getString(2));
                }
            }
            assertThat(members).containsExactly(inTeam + " Atelier bois");
        }
    }

    private static void record(
            Connection c, UUID org, UUID id, UUID person, String kind, long seq, boolean deleted, String fields)
            throws Exception {
        run(
                c,
                "insert into sync_record (organisation_id, id, kind, beneficiary_id, version, seq, deleted, fields,"
                        + " field_versions, updated_at) values (?, ?, ?, ?, 1, ?, ?, ?, '{}', ?)",
                org,
                id,
                kind,
                person,
                seq,
                deleted,
                fields,
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
}

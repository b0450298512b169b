package org.jalons.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jalons.server.JalonsServer;
import org.jalons.server.model.Role;
import org.jalons.server.store.Database;
import org.jalons.server.support.Api;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Changes;
import org.jalons.server.support.Org;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The admin's audit viewer: writes and reads of the organisation, filtered, paged, exported; admins only. */
class AuditViewerTest {

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anAdminFindsWhoWroteAndReadWhatAboutWhom(Backend backend) {
        JalonsServer server = TestServers.shared(backend);
        Org org = Org.create(server);
        Org.Member samia = org.counsellor("Samia CIP");
        Org.Member marc = org.counsellor("Marc CIP");
        UUID lea = org.newBeneficiary(samia);
        UUID tom = org.newBeneficiary(marc);
        org.applied(samia, Changes.newGoal(UUID.randomUUID(), lea));
        org.pull(samia, 0); // Samia's phone reads Léa's file
        Org.Member supervisor = org.supervisor("Nadia Direction");
        org.api.get("/api/v1/summary?period=year&from=2026-01-01", supervisor.token());

        JsonNode aboutLea = page(org, "person=" + lea);
        assertThat(actions(aboutLea)).containsExactly("READ_PULL", "CREATE", "CREATE"); // newest first: Léa, her goal
        assertThat(people(aboutLea)).containsOnly(lea.toString());
        JsonNode read = find(aboutLea, "READ_PULL");
        assertThat(read.get("userName").asText()).isEqualTo("Samia CIP");
        assertThat(read.get("userRole").asText()).isEqualTo("COUNSELLOR");
        assertThat(read.get("deviceName").asText()).isEqualTo("Téléphone de Samia CIP");
        assertThat(read.get("deviceId").asText()).isEqualTo(samia.deviceId().toString());

        assertThat(people(page(org, "user=" + marc.id())))
                .contains(tom.toString())
                .doesNotContain(lea.toString());
        assertThat(actions(page(org, "device=" + samia.deviceId())))
                .contains("CREATE", "READ_PULL", "PAIR")
                .doesNotContain("READ_SUMMARY");
        assertThat(actions(page(org, "action=READ_SUMMARY"))).containsOnly("READ_SUMMARY");
        assertThat(page(org, "action=READ_SUMMARY").at("/lines/0/userName").asText())
                .isEqualTo("Nadia Direction");

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(page(org, "from=" + today.plusDays(1)).get("lines")).isEmpty();
        assertThat(page(org, "to=" + today.minusDays(1)).get("lines")).isEmpty();
        assertThat(page(org, "from=" + today + "&to=" + today).get("lines")).isNotEmpty();
        // looking is logged too
        assertThat(actions(page(org, "action=READ_AUDIT"))).containsOnly("READ_AUDIT");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void pagesGoNewestFirstWithoutGapsOrRepeats(Backend backend) {
        JalonsServer server = TestServers.shared(backend);
        Org org = Org.create(server);
        Org.Member samia = org.counsellor("Samia CIP");
        UUID lea = org.newBeneficiary(samia);
        List<JsonNode> goals = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            goals.add(Changes.newGoal(UUID.randomUUID(), lea));
        }
        org.push(samia, Changes.batch(goals)); // 23 lines with the same instant: the id orders them

        List<String> seen = new ArrayList<>();
        String before = null;
        int pages = 0;
        do {
            JsonNode page = page(org, "action=CREATE&limit=5" + (before == null ? "" : "&before=" + before));
            page.get("lines").forEach(line -> seen.add(line.get("recordId").asText()));
            before = page.get("next").isNull() ? null : page.get("next").asText();
            pages++;
        } while (before != null && pages < 20);

        assertThat(seen).hasSize(24).doesNotHaveDuplicates(); // 23 goals and Léa
        assertThat(pages).isEqualTo(5);
        JsonNode all = page(org, "action=CREATE&limit=24");
        List<Long> ids = new ArrayList<>();
        all.get("lines").forEach(line -> ids.add(line.get("id").asLong()));
        assertThat(ids).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void onlyAnAdminOfTheOrganisationSeesItsLog(Backend backend) {
        JalonsServer server = TestServers.shared(backend);
        Org org = Org.create(server);
        Org other = Org.create(server);
        Org.Member samia = org.counsellor("Samia CIP");
        UUID lea = org.newBeneficiary(samia);

        for (Org.Member notAdmin : List.of(samia, org.supervisor("Nadia Direction"))) {
            Api.Response refused = org.api.get("/api/v1/admin/audit", notAdmin.token());
            assertThat(refused.status()).isEqualTo(403);
            assertThat(org.api.get("/api/v1/admin/audit.csv", notAdmin.token()).status())
                    .isEqualTo(403);
        }
        assertThat(org.api.get("/api/v1/admin/audit", null).status()).isEqualTo(401);
        JsonNode othersView = other.api
                .get("/api/v1/admin/audit?person=" + lea, other.admin.token())
                .json();
        assertThat(othersView.get("lines")).isEmpty();
        JsonNode othersAll = other.api
                .get("/api/v1/admin/audit?limit=500", other.admin.token())
                .json();
        assertThat(othersAll.toString()).doesNotContain("Samia");
        // Léa's id appears only in the other admin's own query of it, in their own log
        othersAll.get("lines").forEach(line -> {
            if (line.toString().contains(lea.toString())) {
                assertThat(line.get("action").asText()).isEqualTo("READ_AUDIT");
                assertThat(line.get("userId").asText())
                        .isEqualTo(other.admin.id().toString());
            }
        });
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void badFiltersAreRefusedInWords(Backend backend) {
        Org org = Org.create(TestServers.shared(backend));
        List<String> bad = List.of(
                "person=léa",
                "person=" + UUID.randomUUID() + "0",
                "user=1",
                "device=",
                "action=update",
                "action=" + "A".repeat(33),
                "action=DROP%20TABLE",
                "from=2026-13-01",
                "from=01/12/2026",
                "to=1999-01-01",
                "from=2026-12-02&to=2026-12-01",
                "before=x",
                "before=0",
                "limit=0",
                "limit=501",
                "limit=-1",
                "limit=1&limit=2",
                "order=asc");
        for (String query : bad) {
            Api.Response refused = org.api.get("/api/v1/admin/audit?" + query, org.admin.token());
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.json().get("error").asText()).as(query).isIn("invalid_parameter", "invalid_text");
        }
        Api.Response csv = org.api.get("/api/v1/admin/audit.csv?limit=5", org.admin.token());
        assertThat(csv.status()).isEqualTo(400);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void theCsvOpensInASpreadsheetAndRunsNothing(Backend backend) {
        JalonsServer server = TestServers.shared(backend);
        Org org = Org.create(server);
        var user = server.createUser(org.id, "=HYPERLINK(\"http://x\")", Role.COUNSELLOR, null);
        Org.Member odd = org.member(user);
        UUID lea = org.newBeneficiary(odd);

        Api.Response csv = org.api.get("/api/v1/admin/audit.csv?person=" + lea, org.admin.token());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        byte[] body = csv.body();
        assertThat(body[0]).isEqualTo((byte) 0xEF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertThat(lines[0]).startsWith("date (UTC);action;sur;fiche;personne;compte");
        assertThat(text).contains("CREATE;beneficiary;" + lea + ";" + lea);
        assertThat(text).contains("'=HYPERLINK").doesNotContain(";=HYPERLINK").doesNotContain(";\"=HYPERLINK");
        // the export is in the log
        assertThat(actions(page(org, "action=EXPORT_AUDIT"))).containsOnly("EXPORT_AUDIT");
        assertThat(page(org, "action=EXPORT_AUDIT").at("/lines/0/personId").asText())
                .isEqualTo(lea.toString());
    }

    /** V24 gives the lines written before it the person they concern, from the record or the account. */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void olderLinesGetTheirPerson(Backend backend) throws Exception {
        String url = TestServers.newDatabase(backend);
        String user = backend == Backend.H2 ? "sa" : "postgres";
        Flyway.configure()
                .dataSource(url, user, "")
                .locations(Database.MIGRATIONS)
                .target("22")
                .load()
                .migrate();
        UUID org = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        UUID goal = UUID.randomUUID();
        UUID personAccount = UUID.randomUUID();
        UUID device = UUID.randomUUID();
        try (Connection c = TestServers.connect(backend, url)) {
            update(c, "insert into organisation (id, name, created_at) values (?, 'ACI', ?)", org, now());
            update(
                    c,
                    "insert into sync_record (organisation_id, id, kind, beneficiary_id, version, seq, deleted,"
                            + " fields, field_versions, updated_at) values (?, ?, 'goal', ?, 1, 1, false, '{}', '{}', ?)",
                    org,
                    goal,
                    person,
                    now());
            update(
                    c,
                    "insert into app_user (id, organisation_id, display_name, role, beneficiary_id, created_at)"
                            + " values (?, ?, 'Léa', 'BENEFICIARY', ?, ?)",
                    personAccount,
                    org,
                    person,
                    now());
            audit(c, org, "CREATE", "goal", goal);
            audit(c, org, "CREATE_USER", "user", personAccount);
            audit(c, org, "CASELOAD_ADD", "caseload", person);
            audit(c, org, "PAIR", "device", device);
        }
        try (Database db = Database.open(url, user, "", 2)) {
            db.inTransaction(c -> null); // migrates to the newest
        }
        try (Connection c = TestServers.connect(backend, url);
                PreparedStatement s = c.prepareStatement(
                        "select action, beneficiary_id from audit_log where organisation_id = ? order by id")) {
            s.setObject(1, org);
            List<String> found = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1) + "=" + rows.getObject(2, UUID.class));
                }
            }
            assertThat(found)
                    .containsExactly(
                            "CREATE=" + person, "CREATE_USER=" + person, "CASELOAD_ADD=" + person, "PAIR=null");
        }
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    private static void audit(Connection c, UUID org, String action, String kind, UUID record) throws Exception {
        update(
                c,
                "insert into audit_log (organisation_id, logged_at, action, kind, record_id) values (?, ?, ?, ?, ?)",
                org,
                now(),
                action,
                kind,
                record);
    }

    private static void update(Connection c, String sql, Object... values) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    private static JsonNode page(Org org, String query) {
        Api.Response response = org.api.get("/api/v1/admin/audit?" + query, org.admin.token());
        assertThat(response.status()).as(query + " " + response).isEqualTo(200);
        return response.json();
    }

    private static List<String> actions(JsonNode page) {
        List<String> actions = new ArrayList<>();
        page.get("lines").forEach(line -> actions.add(line.get("action").asText()));
        return actions;
    }

    private static List<String> people(JsonNode page) {
        List<String> people = new ArrayList<>();
        page.get("lines").forEach(line -> people.add(line.get("personId").asText()));
        return people;
    }

    private static JsonNode find(JsonNode page, String action) {
        for (JsonNode line : page.get("lines")) {
            if (line.get("action").asText().equals(action)) {
                return line;
            }
        }
        throw new AssertionError("No " + action + " in " + page);
    }
}

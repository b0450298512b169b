package org.jalons.server.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jalons.server.model.Json;
import org.jalons.server.support.Api;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Changes;
import org.jalons.server.support.Community;
import org.jalons.server.support.Org;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An admin erases a person: their records of every kind, their facts and their share of the figures leave the
 * server; their own account and phone lose their name and access; the audit keeps who erased whom, without content;
 * a phone that was offline meanwhile cannot bring the person back.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class ErasureTest {

    @Parameter
    Backend backend;

    /** Every table that holds something of a person, with the column that names them. */
    private static final Map<String, String> PERSON_TABLES = Map.ofEntries(
            Map.entry("sync_record", "beneficiary_id"),
            Map.entry("summary_change", "beneficiary_id"),
            Map.entry("consent_state", "beneficiary_id"),
            Map.entry("caseload", "beneficiary_id"),
            Map.entry("referent_change", "beneficiary_id"),
            Map.entry("agg_person", "beneficiary_id"),
            Map.entry("agg_goal", "beneficiary_id"),
            Map.entry("agg_training", "beneficiary_id"),
            Map.entry("agg_interview", "beneficiary_id"),
            Map.entry("agg_exit", "beneficiary_id"),
            Map.entry("barrier_transition", "beneficiary_id"));

    @Test
    void theFiguresAfterAnErasureAreThoseOfThePeopleWhoStay() throws SQLException {
        Community nine = new Community(backend, 9);
        Community nineAndOne = new Community(backend, 9);
        UUID erased = nineAndOne.addPerson();
        nineAndOne.lateFacts(erased);
        nineAndOne.people.consent(erased, "IDENTITY_CONTACT", true, "2026-03-05T10:00:00Z");
        nineAndOne.people.push();
        Org.Member ownPhone = nineAndOne.org.beneficiaryUser(erased);
        assertThat(nineAndOne.tables()).isNotEqualTo(nine.tables());
        assertThat(rowsAbout(erased))
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isOne());
        List<UUID> changesAboutThem = changeIds(erased);
        assertThat(changesAboutThem).isNotEmpty();

        long accounts = count("select count(*) from app_user where beneficiary_id = ?", erased);
        Api.Response done = erase(nineAndOne.org, nineAndOne.org.admin, erased, "REQUEST");

        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().get("personId").asText()).isEqualTo(erased.toString());
        assertThat(done.json().get("records").asInt()).isGreaterThan(10);
        assertThat(done.json().get("accounts").asLong()).isEqualTo(accounts).isPositive();
        assertThat(done.json().get("devices").asInt()).isPositive();
        assertThat(nineAndOne.tables()).isEqualTo(nine.tables());
        assertThat(rowsAbout(erased))
                .allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
        assertThat(count(
                        "select count(*) from applied_change where change_id in (" + placeholders(changesAboutThem)
                                + ")",
                        changesAboutThem.toArray()))
                .as("what the changes about them answered")
                .isZero();
        // their own account keeps no name, their phone no access
        assertThat(nineAndOne
                        .org
                        .api
                        .get("/api/v1/sync/pull?cursor=0", ownPhone.token())
                        .status())
                .isEqualTo(401);
        assertThat(text("select display_name from app_user where id = ?", ownPhone.id()))
                .isEqualTo("(effacé)");
        assertThat(text("select name from device where id = ?", ownPhone.deviceId()))
                .isEqualTo("(effacé)");
        // the audit says who erased whom and when, and nothing of what the file held
        JsonNode audit = nineAndOne
                .org
                .api
                .get("/api/v1/admin/audit?action=ERASE_PERSON_REQUEST", nineAndOne.org.admin.token())
                .json();
        assertThat(audit.at("/lines/0/personId").asText()).isEqualTo(erased.toString());
        assertThat(audit.at("/lines/0/userName").asText()).isEqualTo("Nadia Admin");
        assertThat(audit.get("lines")).hasSize(1);
    }

    @Test
    void aPhoneOfflineDuringTheErasureCannotBringThePersonBack() {
        Org org = Org.create(TestServers.shared(backend));
        Org.Member counsellor = org.counsellor("Samia CIP");
        UUID person = UUID.randomUUID();
        ObjectNode creation = Changes.newBeneficiary(person, "Léa M.");
        org.push(counsellor, Changes.batch(creation));
        assertThat(scope(org, counsellor)).contains(person.toString());

        assertThat(erase(org, org.admin, person, "REQUEST").status()).isEqualTo(200);

        // the phone, offline meanwhile, sends its creation again (its answer was lost) and new work about them
        JsonNode results = org.push(
                counsellor,
                Changes.batch(
                        creation,
                        Changes.newGoal(UUID.randomUUID(), person),
                        Changes.upsert("beneficiary", person, person, 1, "displayName", "Léa Martin")));
        for (JsonNode result : results.get("results")) {
            assertThat(result.get("status").asText()).isEqualTo("REJECTED");
            assertThat(result.get("code").asInt()).isEqualTo(410);
            assertThat(result.get("error").asText()).isEqualTo("person_erased");
        }
        assertThat(count("select count(*) from sync_record where beneficiary_id = ?", person))
                .isZero();
        // at its next pull the person has left its scope: the app removes what it holds of them
        assertThat(scope(org, counsellor)).doesNotContain(person.toString());
        assertThat(org.api
                        .get("/api/v1/sync/snapshot?beneficiaryId=" + person, counsellor.token())
                        .status())
                .isEqualTo(404);
        // nobody can reattach the id to an account, a caseload or a phone
        assertThat(org.api
                        .post("/api/v1/pairing-codes", counsellor.token(), json(Map.of("beneficiaryId", person)))
                        .status())
                .isEqualTo(404);
        assertThat(org.api
                        .put("/api/v1/admin/caseloads/" + counsellor.id() + "/" + person, org.admin.token())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void onlyAnAdminErasesOnlyTheirOrganisationsPeopleAndOnlyOnce() {
        Org org = Org.create(TestServers.shared(backend));
        Org other = Org.create(TestServers.shared(backend));
        Org.Member counsellor = org.counsellor("Samia CIP");
        Org.Member supervisor = org.supervisor("Direction");
        UUID person = org.newBeneficiary(counsellor);

        assertThat(erase(org, counsellor, person, "REQUEST").status()).isEqualTo(403);
        assertThat(erase(org, supervisor, person, "REQUEST").status()).isEqualTo(403);
        assertThat(erase(other, other.admin, person, "REQUEST").status()).isEqualTo(404);
        assertThat(erase(org, org.admin, UUID.randomUUID(), "REQUEST").status()).isEqualTo(404);
        assertThat(erase(org, org.admin, person, "BECAUSE").json().get("error").asText())
                .isEqualTo("invalid_body");
        assertThat(org.api
                        .post("/api/v1/admin/people/" + person + "/erase", org.admin.token(), json(Map.of()))
                        .status())
                .isEqualTo(400);
        assertThat(org.api
                        .post(
                                "/api/v1/admin/people/" + person + "/erase",
                                org.admin.token(),
                                json(Map.of("reason", "REQUEST", "andAlso", "x")))
                        .status())
                .isEqualTo(400);
        assertThat(org.api
                        .post(
                                "/api/v1/admin/people/not-an-id/erase",
                                org.admin.token(),
                                json(Map.of("reason", "REQUEST")))
                        .json()
                        .get("error")
                        .asText())
                .isEqualTo("invalid_parameter");
        assertThat(count("select count(*) from sync_record where beneficiary_id = ?", person))
                .isOne();

        assertThat(erase(org, org.admin, person, "REQUEST").status()).isEqualTo(200);
        Api.Response again = erase(org, org.admin, person, "REQUEST");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("error").asText()).isEqualTo("already_erased");
    }

    private static Api.Response erase(Org org, Org.Member who, UUID person, String reason) {
        return org.api.post("/api/v1/admin/people/" + person + "/erase", who.token(), json(Map.of("reason", reason)));
    }

    private static JsonNode json(Map<String, ?> body) {
        return Json.MAPPER.valueToTree(body);
    }

    private static List<String> scope(Org org, Org.Member member) {
        List<String> ids = new ArrayList<>();
        org.pull(member, 0)
                .get("scope")
                .forEach(e -> ids.add(e.get("beneficiaryId").asText()));
        return ids;
    }

    private Map<String, Long> rowsAbout(UUID person) throws SQLException {
        Map<String, Long> rows = new java.util.TreeMap<>();
        for (Map.Entry<String, String> table : PERSON_TABLES.entrySet()) {
            long n = count("select count(*) from " + table.getKey() + " where " + table.getValue() + " = ?", person);
            rows.put(table.getKey(), Math.min(n, 1));
        }
        return rows;
    }

    private List<UUID> changeIds(UUID person) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = TestServers.sharedDatabase(backend);
                PreparedStatement ps = c.prepareStatement(
                        "select change_id from audit_log where beneficiary_id = ? and change_id is not null")) {
            ps.setObject(1, person);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }

    private static String placeholders(List<?> values) {
        return String.join(",", java.util.Collections.nCopies(values.size(), "?"));
    }

    private long count(String sql, Object... args) {
        try (Connection c = TestServers.sharedDatabase(backend);
                PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String text(String sql, UUID id) throws SQLException {
        try (Connection c = TestServers.sharedDatabase(backend);
                PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}

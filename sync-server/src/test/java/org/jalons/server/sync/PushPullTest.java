package org.jalons.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalons.server.support.PersonInCaseload.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Changes;
import org.jalons.server.support.Org;
import org.jalons.server.support.PersonInCaseload;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class PushPullTest {

    @Parameter
    Backend backend;

    PersonInCaseload person;
    Org org;
    Org.Member counsellor;
    UUID beneficiaryId;

    @BeforeEach
    void setUp() {
        person = PersonInCaseload.on(backend);
        org = person.org;
        counsellor = person.counsellor;
        beneficiaryId = person.beneficiaryId;
    }

    @Test
    void pushedGoalIsPulledWithItsFullState() {
        UUID goalId = UUID.randomUUID();
        JsonNode pushed = org.push(counsellor, Changes.batch(Changes.newGoal(goalId, beneficiaryId)));
        assertThat(pushed.at("/results/0/status").asText()).isEqualTo("APPLIED");
        assertThat(pushed.at("/results/0/version").asLong()).isEqualTo(1);

        JsonNode page = org.pull(counsellor, 0);
        JsonNode goal = record(page, goalId);
        assertThat(goal.get("kind").asText()).isEqualTo("goal");
        assertThat(goal.get("deleted").asBoolean()).isFalse();
        assertThat(goal.at("/fields/phrasing").asText()).startsWith("Je me sens capable");
        assertThat(page.get("cursor").asLong())
                .isGreaterThanOrEqualTo(pushed.at("/results/0/seq").asLong());
        assertThat(page.get("scope").toString()).contains(beneficiaryId.toString());
    }

    /**
     * The server writes a push's new records together, just before the statements that read them: a change sees
     * the records created earlier in the same push (the entry date checked against an exit, an edit of a goal
     * created in the batch), and another counsellor cannot take the person's id afterwards.
     */
    @Test
    void aChangeSeesTheRecordsCreatedEarlierInTheSamePush() {
        UUID person = UUID.randomUUID();
        UUID goalId = UUID.randomUUID();
        ObjectNode profile = Changes.newBeneficiary(person, "Nadia K.");
        ((ObjectNode) profile.get("fields")).put("entryDate", "2026-03-01");
        JsonNode pushed = org.push(
                counsellor,
                Changes.batch(
                        profile,
                        Changes.upsert(
                                "exit",
                                UUID.randomUUID(),
                                person,
                                0,
                                "exitDate",
                                "2026-02-01",
                                "category",
                                "EMPLOI_DURABLE"),
                        Changes.newGoal(goalId, person),
                        Changes.upsert("goal", goalId, person, 1, "status", "ATTEINT")));

        assertThat(pushed.at("/results/0/status").asText()).isEqualTo("APPLIED");
        assertThat(pushed.at("/results/1/status").asText())
                .as("exit before the entry date of this push")
                .isEqualTo("REJECTED");
        assertThat(pushed.at("/results/1/reason").asText()).contains("entryDate");
        assertThat(pushed.at("/results/2/status").asText()).isEqualTo("APPLIED");
        assertThat(pushed.at("/results/3/status").asText()).isEqualTo("APPLIED");
        assertThat(pushed.at("/results/3/version").asLong()).isEqualTo(2);
        Org.Member other = org.counsellor("Karim CIP");
        JsonNode taken = org.push(other, Changes.batch(Changes.newBeneficiary(person, "Autre")));
        assertThat(taken.at("/results/0/status").asText()).isEqualTo("REJECTED");
        JsonNode goal = record(org.pull(counsellor, 0), goalId);
        assertThat(goal.get("version").asLong()).isEqualTo(2);
        assertThat(goal.at("/fields/status").asText()).isEqualTo("ATTEINT");
    }

    @Test
    void replayedChangeIsAcknowledgedNotAppliedTwice() {
        UUID goalId = UUID.randomUUID();
        org.push(counsellor, Changes.batch(Changes.newGoal(goalId, beneficiaryId)));
        ObjectNode edit = Changes.upsert("goal", goalId, beneficiaryId, 1, "status", "ATTEINT");
        JsonNode first = org.push(counsellor, Changes.batch(edit));
        JsonNode replay = org.push(counsellor, Changes.batch(edit));

        assertThat(first.at("/results/0/status").asText()).isEqualTo("APPLIED");
        assertThat(replay.at("/results/0/status").asText()).isEqualTo("DUPLICATE");
        assertThat(replay.at("/results/0/version").asLong())
                .isEqualTo(first.at("/results/0/version").asLong());
        assertThat(replay.at("/results/0/seq").asLong())
                .isEqualTo(first.at("/results/0/seq").asLong());
        assertThat(record(org.pull(counsellor, 0), goalId).get("version").asLong())
                .isEqualTo(2);
    }

    @Test
    void sameChangeIdWithDifferentContentIsRejectedWith409() {
        UUID goalId = UUID.randomUUID();
        ObjectNode create = Changes.newGoal(goalId, beneficiaryId);
        org.push(counsellor, Changes.batch(create));
        ObjectNode tampered = create.deepCopy();
        ((ObjectNode) tampered.get("fields")).put("phrasing", "Autre chose");

        JsonNode result = org.push(counsellor, Changes.batch(tampered));

        assertThat(result.at("/results/0/status").asText()).isEqualTo("REJECTED");
        assertThat(result.at("/results/0/code").asInt()).isEqualTo(409);
        assertThat(result.at("/results/0/error").asText()).isEqualTo("change_id_reused");
        assertThat(record(org.pull(counsellor, 0), goalId)
                        .at("/fields/phrasing")
                        .asText())
                .startsWith("Je me sens");
    }

    @Test
    void everyAcceptedWriteIsInTheAuditLogWithUserDeviceTimeKindRecordAndChange() throws Exception {
        UUID goalId = UUID.randomUUID();
        ObjectNode create = Changes.newGoal(goalId, beneficiaryId);
        org.push(counsellor, Changes.batch(create));
        org.push(counsellor, Changes.batch(create)); // replay: not a second write
        org.push(counsellor, Changes.batch(Changes.upsert("goal", goalId, beneficiaryId, 1, "status", "FINI")));
        ObjectNode edit = Changes.upsert("goal", goalId, beneficiaryId, 1, "status", "ATTEINT");
        org.push(counsellor, Changes.batch(edit));

        List<String> rows = new ArrayList<>();
        try (Connection c = TestServers.sharedDatabase(backend);
                PreparedStatement s = c.prepareStatement("""
                     select user_id, device_id, logged_at, action, kind, change_id from audit_log
                     where organisation_id = ? and record_id = ? order by id""")) {
            s.setObject(1, org.id);
            s.setObject(2, goalId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    assertThat(r.getObject("logged_at")).isNotNull();
                    rows.add(r.getObject("user_id") + " " + r.getObject("device_id") + " " + r.getString("action") + " "
                            + r.getString("kind") + " " + r.getObject("change_id"));
                }
            }
        }
        String who = counsellor.id() + " " + counsellor.deviceId();
        assertThat(rows)
                .containsExactly(
                        who + " CREATE goal " + create.get("changeId").asText(),
                        who + " UPDATE goal " + edit.get("changeId").asText());
    }
}

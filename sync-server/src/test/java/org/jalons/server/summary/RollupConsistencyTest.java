package org.jalons.server.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jalons.server.summary.store.SummaryRollups;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Changes;
import org.jalons.server.support.Org;
import org.jalons.server.support.People;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The roll-up cells kept on write are exactly what a rebuild from the facts gives, after creates,
 * edits, deletions, a move to another site, consent changes and check-ins arriving out of order.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class RollupConsistencyTest {

    @Parameter
    Backend backend;

    @Test
    void cellsKeptOnWriteEqualTheRebuildFromTheFacts() throws Exception {
        Org org = Org.create(TestServers.shared(backend));
        Org.Member samia = org.counsellor("Samia CIP");
        Org.Member karim = org.counsellor("Karim CIP");
        People people = new People(org, samia);
        People karims = new People(org, karim);
        List<UUID> nord = people.persons(6, "Nord", "2026-01-05");
        List<UUID> sud = karims.persons(3, "Sud", "2025-11-20");
        UUID goal = people.goal(nord.get(0), "MOBILITE", "EN_COURS", "2026-01-10", null);
        UUID custom = people.goal(nord.get(3), "custom:Jardinage", "EN_COURS", "2026-02-10", null);
        UUID dropped = people.goal(nord.get(2), "LOGEMENT", "ABANDONNE", "2026-01-10", "2026-03-02");
        people.goal(nord.get(0), "LOGEMENT", "ATTEINT", "2026-01-12", "2026-04-20");
        for (int i = 0; i < 3; i++) {
            people.goal(nord.get(3 + i), "MOBILITE", "EN_COURS", "2026-0" + (i + 1) + "-15", null);
        }
        people.checkIn(nord.get(0), goal, "BENEFICIARY", 4, "2026-02-11T10:00:00Z", "Un peu mieux");
        people.checkIn(nord.get(0), goal, "COUNSELLOR", 5, "2026-02-12T10:00:00Z", null);
        people.checkIn(nord.get(3), custom, "BENEFICIARY", 6, "2026-03-01T10:00:00Z", null);
        people.training(nord.get(2), "RNCP", 4, "CERTIFIEE", "2026-01-15", "2026-03-25", 120, 110);
        people.training(nord.get(3), "CACES", null, "EN_COURS", "2026-02-01", null, 35, 10);
        people.add(Changes.upsert(
                "training",
                UUID.randomUUID(),
                nord.get(0),
                0,
                "title",
                "Code",
                "trainingKind",
                "QUALIFYING",
                "certification",
                "PERMIS_B",
                "status",
                "SUIVIE",
                "goalId",
                goal.toString(),
                "startDate",
                "2026-02-01",
                "endDate",
                "2026-05-01",
                "plannedHours",
                40,
                "doneHours",
                40));
        people.interview(nord.get(0), "2026-01-20");
        people.interview(nord.get(0), "2026-01-28");
        people.interview(nord.get(4), "2026-03-05");
        UUID exit = people.exit(nord.get(5), "2026-03-10", "EMPLOI_DURABLE");
        people.add(Changes.upsert(
                "followUp",
                UUID.randomUUID(),
                nord.get(5),
                0,
                "exitId",
                exit.toString(),
                "dueDate",
                "2026-09-10",
                "doneDate",
                "2026-09-12",
                "situation",
                "EMPLOI_TRANSITION"));
        people.consent(nord.get(1), "HEALTH", true, "2026-01-06T10:00:00Z");
        people.consent(nord.get(1), "ANONYMOUS_STATISTICS", true, "2026-01-06T10:00:00Z");
        UUID health = people.barrier(nord.get(1), "SANTE", "BESOIN");
        UUID mobility = people.barrier(nord.get(2), "MOBILITE", "BESOIN");
        ObjectNode answers = Changes.upsert(
                "questionnaireResponse",
                UUID.randomUUID(),
                nord.get(3),
                0,
                "questionnaireId",
                "pouvoir-agir",
                "questionnaireVersion",
                1,
                "answeredAt",
                "2026-02-02T10:00:00Z");
        ((ObjectNode) answers.get("fields"))
                .putObject("answers")
                .put("PA1", 2)
                .put("PA2", 3)
                .put("PA3", 4);
        people.add(answers);
        karims.exit(sud.get(0), "2026-02-10", "RETRAIT");
        karims.interview(sud.get(1), "2026-02-03");
        people.push();
        karims.push();

        // edits: a status change, a move to another site, a late check-in, consent withdrawn, deletions
        people.add(Changes.upsert("goal", goal, nord.get(0), 1, "status", "ATTEINT", "closedOn", "2026-04-02"));
        people.add(Changes.upsert("beneficiary", nord.get(4), nord.get(4), 1, "site", "Sud"));
        people.checkIn(nord.get(0), goal, "BENEFICIARY", 2, "2026-01-11T10:00:00Z", null);
        people.checkIn(nord.get(0), goal, "BENEFICIARY", 8, "2026-04-01T10:00:00Z", null);
        people.barrierStatus(nord.get(1), health, 1, "POINT_APPUI");
        people.barrierStatus(nord.get(2), mobility, 1, "POINT_APPUI");
        people.add(Changes.delete("goal", dropped, nord.get(2), 1));
        people.push();
        people.consent(nord.get(1), "ANONYMOUS_STATISTICS", false, "2026-05-06T10:00:00Z");
        people.add(Changes.delete("exit", exit, nord.get(5), 1));
        people.push();

        TestServers.shared(backend).projectSummaries(); // the facts are projected after the push
        try (Connection c = TestServers.sharedDatabase(backend)) {
            Map<String, String> kept = cells(c, org.id);
            assertThat(kept).isNotEmpty();
            assertThat(kept.keySet()).anyMatch(k -> k.contains("custom:Jardinage"));
            assertEqualsRebuild(c, org.id, kept);
        }
        JsonNode summary = org.api
                .get(
                        "/api/v1/summary?period=year&from=2026-01-01",
                        org.supervisor("Direction").token())
                .json();
        assertThat(summary.get("tables")).isNotEmpty();
    }

    /**
     * Barrier transitions and interviews are appended: each counts the person once per cell by asking where the
     * person already counts in the fact's year, not by reading their history. Many appends of the same people in
     * one push, over months, quarters and a year boundary, with a consent withdrawn and given back and a site move
     * in between, still equal the rebuild.
     */
    @Test
    void manyAppendsOfTheSamePeopleInOnePushEqualTheRebuild() throws Exception {
        Org org = Org.create(TestServers.shared(backend));
        Org.Member samia = org.counsellor("Samia CIP");
        People people = new People(org, samia);
        List<UUID> nord = people.persons(3, "Nord", "2026-01-05");
        people.push();
        String[] statuses = {"POINT_APPUI", "BESOIN", "NON_EXPLORE", "POINT_APPUI"};
        for (UUID person : nord) {
            people.consent(person, "HEALTH", true, "2026-02-01T10:00:00Z");
            people.consent(person, "ANONYMOUS_STATISTICS", true, "2026-02-01T10:00:00Z");
            UUID health = people.barrier(person, "SANTE", "BESOIN");
            UUID mobility = people.barrier(person, "MOBILITE", "BESOIN");
            people.interview(person, "2025-12-18");
            for (int i = 0; i < statuses.length; i++) {
                people.barrierStatus(person, health, i + 1, statuses[i]);
                people.interview(person, "2026-0" + (i + 2) + "-10");
                if (i == 1) {
                    people.consent(person, "ANONYMOUS_STATISTICS", false, "2026-03-01T10:00:00Z");
                }
                if (i == 2) {
                    people.consent(person, "ANONYMOUS_STATISTICS", true, "2026-04-01T10:00:00Z");
                    people.add(Changes.upsert("beneficiary", person, person, 1, "site", "Sud"));
                }
                people.barrierStatus(person, mobility, i + 1, statuses[statuses.length - 1 - i]);
            }
        }
        people.push();

        TestServers.shared(backend).projectSummaries(); // the facts are projected after the push
        try (Connection c = TestServers.sharedDatabase(backend)) {
            Map<String, String> kept = cells(c, org.id);
            assertThat(kept.keySet()).anyMatch(k -> k.contains("Sud"));
            assertEqualsRebuild(c, org.id, kept);
        }
    }

    /** {@code kept} (the cells as kept on write) equals a rebuild from the facts, rolled back afterwards. */
    private static void assertEqualsRebuild(Connection c, UUID org, Map<String, String> kept) throws Exception {
        c.setAutoCommit(false);
        try {
            SummaryRollups.rebuild(c, org);
            assertThat(kept).isEqualTo(cells(c, org));
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    private static Map<String, String> cells(Connection c, UUID org) throws Exception {
        Map<String, String> cells = new TreeMap<>();
        try (PreparedStatement s = c.prepareStatement("select level, span, period, measure, site, counsellor_id, theme,"
                + " row_key, bucket, events, people, sum1, sum2 from agg_cell where organisation_id = ?")) {
            s.setObject(1, org);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String key = r.getInt(1) + "|" + r.getString(2).strip() + "|" + r.getInt(3) + "|" + r.getString(4)
                            + "|" + r.getString(5) + "|" + r.getObject(6) + "|" + r.getString(7) + "|"
                            + r.getString(8) + "|" + r.getInt(9);
                    cells.put(
                            key,
                            r.getLong(10) + " events, " + r.getLong(11) + " people, "
                                    + Math.round(r.getDouble(12) * 100) / 100.0 + ", "
                                    + Math.round(r.getDouble(13) * 100) / 100.0);
                }
            }
        }
        return cells;
    }
}

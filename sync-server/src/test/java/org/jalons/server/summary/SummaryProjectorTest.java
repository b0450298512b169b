package org.jalons.server.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jalons.server.summary.store.SummaryRollups;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Changes;
import org.jalons.server.support.Org;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The summary facts are a projection of the change log: the projector's incremental facts and cells equal a rebuild
 * from the log after random histories, and the log keeps no free text.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class SummaryProjectorTest {

    static final List<String> FACT_TABLES = List.of(
            "agg_person",
            "agg_goal",
            "agg_training",
            "barrier_transition",
            "agg_interview",
            "agg_exit",
            "agg_follow_up",
            "agg_cell");

    @Parameter
    Backend backend;

    @Test
    void incrementalFactsAndCellsEqualARebuildFromTheChangeLog() throws Exception {
        long seed = new Random().nextLong();
        System.out.println("SummaryProjectorTest seed " + seed + " on " + backend);
        Org org = Org.create(TestServers.shared(backend));
        new History(org, new Random(seed)).run(12, 25);
        assertThat(org.server.projectSummaries()).isTrue();
        Map<String, List<String>> incremental;
        try (Connection c = TestServers.sharedDatabase(backend)) {
            incremental = facts(c, org.id);
        }
        assertThat(incremental.get("barrier_transition")).as("seed " + seed).isNotEmpty();
        assertThat(incremental.get("agg_cell")).as("seed " + seed).isNotEmpty();
        try (Connection c = TestServers.sharedDatabase(backend)) { // the cells are those of the projected facts
            c.setAutoCommit(false);
            try {
                SummaryRollups.rebuild(c, org.id);
                assertThat(facts(c, org.id).get("agg_cell")).isEqualTo(incremental.get("agg_cell"));
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }

        org.server.rebuildSummary(org.id);

        try (Connection c = TestServers.sharedDatabase(backend)) {
            Map<String, List<String>> rebuilt = facts(c, org.id);
            for (String table : FACT_TABLES) {
                assertThat(rebuilt.get(table)).as(table + ", seed " + seed).isEqualTo(incremental.get(table));
            }
        }
    }

    @Test
    void catchingUpAgainAfterTheLastChangeChangesNothing() throws Exception {
        Org org = Org.create(TestServers.shared(backend));
        History history = new History(org, new Random(7));
        history.run(4, 20);
        assertThat(org.server.projectSummaries()).isTrue();
        try (Connection c = TestServers.sharedDatabase(backend)) {
            Map<String, List<String>> once = facts(c, org.id);
            assertThat(org.server.projectSummaries()).isTrue();
            assertThat(org.server.projectSummaries()).isTrue();
            assertThat(facts(c, org.id)).isEqualTo(once);
        }
    }

    @Test
    void theChangeLogKeepsCodedFieldsOnlyNeverFreeText() throws Exception {
        Org org = Org.create(TestServers.shared(backend));
        Org.Member samia = org.counsellor("Samia CIP");
        UUID person = UUID.randomUUID();
        UUID goal = UUID.randomUUID();
        org.push(
                samia,
                Changes.batch(
                        Changes.upsert(
                                "beneficiary",
                                person,
                                person,
                                0,
                                "displayName",
                                "Nadia Secretname",
                                "entryDate",
                                "2026-01-05",
                                "site",
                                "Nord"),
                        Changes.upsert(
                                "goal",
                                goal,
                                person,
                                0,
                                "theme",
                                "MOBILITE",
                                "phrasing",
                                "Passer le permis secretphrase",
                                "proposedBy",
                                "JOINT",
                                "status",
                                "EN_COURS",
                                "openedOn",
                                "2026-01-10"),
                        Changes.upsert(
                                "checkIn",
                                UUID.randomUUID(),
                                person,
                                0,
                                "goalId",
                                goal.toString(),
                                "rater",
                                "COUNSELLOR",
                                "rating",
                                3,
                                "ratedAt",
                                "2026-01-12T10:00:00Z",
                                "comment",
                                "secretcomment about her health")));
        try (Connection c = TestServers.sharedDatabase(backend);
                PreparedStatement s = c.prepareStatement(
                        "select kind, fields from summary_change where organisation_id = ? order by seq")) {
            s.setObject(1, org.id);
            Map<String, String> logged = new LinkedHashMap<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    logged.put(r.getString(1), r.getString(2));
                }
            }
            assertThat(logged).containsOnlyKeys("beneficiary", "goal", "checkIn");
            assertThat(String.join(" ", logged.values()))
                    .doesNotContainIgnoringCase("secret")
                    .doesNotContain("displayName")
                    .doesNotContain("phrasing");
            assertThat(logged.get("checkIn")).contains("\"comment\":true");
            assertThat(logged.get("beneficiary")).contains("Nord").contains("2026-01-05");
        }
    }

    /** Every row of every fact and roll-up table of the organisation, as text, sorted (surrogate ids left out). */
    static Map<String, List<String>> facts(Connection c, UUID org) throws Exception {
        Map<String, List<String>> tables = new TreeMap<>();
        for (String table : FACT_TABLES) {
            List<String> rows = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select * from " + table + " where organisation_id = ?")) {
                s.setObject(1, org);
                try (ResultSet r = s.executeQuery()) {
                    ResultSetMetaData meta = r.getMetaData();
                    while (r.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            if (meta.getColumnName(i).equalsIgnoreCase("id")) {
                                continue;
                            }
                            Object value = r.getObject(i);
                            row.append(meta.getColumnName(i).toLowerCase(java.util.Locale.ROOT))
                                    .append('=')
                                    .append(value instanceof Number n ? Double.toString(n.doubleValue()) : value)
                                    .append(';');
                        }
                        rows.add(row.toString());
                    }
                }
            }
            rows.sort(null);
            tables.put(table, rows);
        }
        return tables;
    }

    /**
     * Random pushes of one counsellor: people, goals, trainings, barriers and their status changes, check-ins,
     * interviews, exits and follow-ups, consents, tombstones and revivals. Only applied changes enter its state.
     */
    static final class History {
        private static final String[] SITES = {"Nord", "Sud", ""};
        private static final String[] THEMES = {"MOBILITE", "SE_FORMER", "TROUVER_EMPLOI"};
        private static final String[] GOAL_STATUSES = {"EN_COURS", "ATTEINT", "ABANDONNE", "REPORTE"};
        private static final String[] BARRIER_AREAS = {"MOBILITE", "LOGEMENT", "NUMERIQUE"};
        private static final String[] BARRIER_STATUSES = {"POINT_APPUI", "BESOIN", "NON_EXPLORE"};
        private static final String[] TRAINING_STATUSES = {"PREVUE", "EN_COURS", "SUIVIE", "CERTIFIEE", "ABANDONNEE"};
        private static final String[] EXITS = {"EMPLOI_DURABLE", "SORTIE_POSITIVE", "RETRAIT"};

        /** A mutable record as the server last answered about it. */
        record Rec(String kind, UUID id, UUID person, long version, boolean deleted, ObjectNode fields) {}

        private final Org org;
        private final Org.Member counsellor;
        private final Random random;
        private final List<UUID> people = new ArrayList<>();
        private final Map<UUID, Rec> records = new LinkedHashMap<>();

        History(Org org, Random random) {
            this.org = org;
            this.counsellor = org.counsellor("CIP " + random.nextInt(1000));
            this.random = random;
        }

        void run(int pushes, int changesPerPush) {
            for (int p = 0; p < pushes; p++) {
                List<ObjectNode> batch = new ArrayList<>();
                List<Rec> expected = new ArrayList<>();
                Set<UUID> touched = new HashSet<>();
                for (int i = 0; i < changesPerPush; i++) {
                    next(batch, expected, touched);
                }
                JsonNode answer = org.push(counsellor, Changes.batch(batch));
                JsonNode results = answer.get("results");
                for (int i = 0; i < batch.size(); i++) {
                    JsonNode result = results.get(i);
                    Rec rec = expected.get(i);
                    if (!"APPLIED".equals(result.get("status").asText())) {
                        throw new AssertionError("not applied: " + batch.get(i) + " -> " + result);
                    }
                    if ("beneficiary".equals(rec.kind()) && rec.version() == 0) {
                        people.add(rec.id());
                    }
                    if (rec.fields() != null) {
                        records.put(
                                rec.id(),
                                new Rec(
                                        rec.kind(),
                                        rec.id(),
                                        rec.person(),
                                        result.get("version").asLong(),
                                        rec.deleted(),
                                        rec.fields()));
                    }
                }
            }
        }

        private String month() {
            return String.format(
                    "2026-%02d-%02d", 1 + random.nextInt(11), 1 + random.nextInt(28)); // never ahead of today
        }

        private <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }

        private void next(List<ObjectNode> batch, List<Rec> expected, Set<UUID> touched) {
            int op = people.isEmpty() ? 0 : random.nextInt(14);
            UUID person = people.isEmpty() ? null : people.get(random.nextInt(people.size()));
            List<Rec> mine = records.values().stream()
                    .filter(r -> !touched.contains(r.id()))
                    .toList();
            Rec some = mine.isEmpty() ? null : mine.get(random.nextInt(mine.size()));
            switch (op) {
                case 0, 1 -> {
                    UUID id = UUID.randomUUID();
                    add(
                            batch,
                            expected,
                            touched,
                            "beneficiary",
                            id,
                            id,
                            0,
                            false,
                            "displayName",
                            "P " + id.toString().substring(0, 4),
                            "entryDate",
                            String.format("2025-%02d-01", 1 + random.nextInt(12)),
                            "site",
                            pick(SITES));
                }
                case 2 -> {
                    String status = pick(GOAL_STATUSES);
                    List<Object> fields = new ArrayList<>(List.of(
                            "theme",
                            pick(THEMES),
                            "phrasing",
                            "Je peux",
                            "proposedBy",
                            "JOINT",
                            "status",
                            status,
                            "openedOn",
                            month()));
                    if (random.nextBoolean() && !"EN_COURS".equals(status)) {
                        fields.addAll(List.of("closedOn", month()));
                    }
                    add(batch, expected, touched, "goal", UUID.randomUUID(), person, 0, false, fields.toArray());
                }
                case 3 ->
                    add(
                            batch,
                            expected,
                            touched,
                            "barrier",
                            UUID.randomUUID(),
                            person,
                            0,
                            false,
                            "area",
                            pick(BARRIER_AREAS),
                            "status",
                            pick(BARRIER_STATUSES));
                case 4, 5 -> { // an edit of a live record: a barrier's, goal's or training's status, an exit's date
                    if (some == null || some.deleted()) {
                        return;
                    }
                    switch (some.kind()) {
                        case "barrier" -> edit(batch, expected, touched, some, "status", pick(BARRIER_STATUSES));
                        case "goal" -> edit(batch, expected, touched, some, "status", pick(GOAL_STATUSES));
                        case "training" -> edit(batch, expected, touched, some, "status", pick(TRAINING_STATUSES));
                        case "exit" -> edit(batch, expected, touched, some, "exitDate", month());
                        case "beneficiary" -> edit(batch, expected, touched, some, "site", pick(SITES));
                        default -> {}
                    }
                }
                case 6 -> {
                    List<Rec> goals = records.values().stream()
                            .filter(r -> r.kind().equals("goal") && !r.deleted())
                            .toList();
                    if (goals.isEmpty()) {
                        return;
                    }
                    Rec goal = goals.get(random.nextInt(goals.size()));
                    List<Object> fields = new ArrayList<>(List.of(
                            "goalId",
                            goal.id().toString(),
                            "rater",
                            "COUNSELLOR",
                            "rating",
                            1 + random.nextInt(5),
                            "ratedAt",
                            month() + "T10:00:00Z"));
                    if (random.nextBoolean()) {
                        fields.addAll(List.of("comment", "Bien avancé"));
                    }
                    add(
                            batch,
                            expected,
                            touched,
                            "checkIn",
                            UUID.randomUUID(),
                            goal.person(),
                            0,
                            true,
                            fields.toArray());
                }
                case 7 ->
                    add(
                            batch,
                            expected,
                            touched,
                            "interview",
                            UUID.randomUUID(),
                            person,
                            0,
                            true,
                            "date",
                            month(),
                            "place",
                            "STRUCTURE");
                case 8 -> {
                    String status = pick(TRAINING_STATUSES);
                    List<Object> fields = new ArrayList<>(List.of(
                            "title",
                            "Formation",
                            "trainingKind",
                            "CERTIFYING",
                            "certification",
                            "CACES",
                            "status",
                            status,
                            "plannedHours",
                            random.nextInt(100),
                            "doneHours",
                            random.nextInt(50)));
                    if (random.nextBoolean()) {
                        fields.addAll(List.of("startDate", month()));
                    }
                    add(batch, expected, touched, "training", UUID.randomUUID(), person, 0, false, fields.toArray());
                }
                case 9 -> {
                    UUID exit = UUID.randomUUID();
                    add(
                            batch,
                            expected,
                            touched,
                            "exit",
                            exit,
                            person,
                            0,
                            false,
                            "exitDate",
                            month(),
                            "category",
                            pick(EXITS));
                    List<Object> fields = new ArrayList<>(List.of("exitId", exit.toString(), "dueDate", month()));
                    if (random.nextBoolean()) {
                        fields.addAll(List.of("doneDate", month(), "situation", pick(EXITS)));
                    }
                    add(batch, expected, touched, "followUp", UUID.randomUUID(), person, 0, false, fields.toArray());
                }
                case 10 ->
                    add(
                            batch,
                            expected,
                            touched,
                            "consent",
                            UUID.randomUUID(),
                            person,
                            0,
                            true,
                            "category",
                            random.nextBoolean() ? "ANONYMOUS_STATISTICS" : "NOTES_SHARED_SUPERVISOR",
                            "granted",
                            random.nextBoolean(),
                            "recordedAt",
                            month() + "T09:00:00Z",
                            "recordedBy",
                            "CIP");
                case 11, 12 -> { // a tombstone
                    if (some == null || some.deleted() || some.kind().equals("beneficiary")) {
                        return;
                    }
                    batch.add(Changes.delete(some.kind(), some.id(), some.person(), some.version()));
                    expected.add(new Rec(some.kind(), some.id(), some.person(), some.version(), true, some.fields()));
                    touched.add(some.id());
                }
                default -> { // a revival: the record kept again, whole, from a device that saw the tombstone
                    List<Rec> deleted = records.values().stream()
                            .filter(r -> r.deleted() && !touched.contains(r.id()))
                            .toList();
                    if (deleted.isEmpty()) {
                        return;
                    }
                    Rec back = deleted.get(random.nextInt(deleted.size()));
                    ObjectNode change = Changes.upsert(back.kind(), back.id(), back.person(), back.version());
                    change.set("fields", back.fields().deepCopy());
                    batch.add(change);
                    expected.add(new Rec(back.kind(), back.id(), back.person(), back.version(), false, back.fields()));
                    touched.add(back.id());
                }
            }
        }

        private void edit(
                List<ObjectNode> batch, List<Rec> expected, Set<UUID> touched, Rec rec, String field, String value) {
            ObjectNode change = Changes.upsert(rec.kind(), rec.id(), rec.person(), rec.version(), field, value);
            batch.add(change);
            ObjectNode fields = rec.fields().deepCopy();
            fields.put(field, value);
            expected.add(new Rec(rec.kind(), rec.id(), rec.person(), rec.version(), false, fields));
            touched.add(rec.id());
        }

        private void add(
                List<ObjectNode> batch,
                List<Rec> expected,
                Set<UUID> touched,
                String kind,
                UUID id,
                UUID person,
                long version,
                boolean appendOnly,
                Object... fields) {
            ObjectNode change = Changes.upsert(kind, id, person, version, fields);
            batch.add(change);
            expected.add(
                    new Rec(kind, id, person, version, false, appendOnly ? null : (ObjectNode) change.get("fields")));
            touched.add(id);
        }
    }
}

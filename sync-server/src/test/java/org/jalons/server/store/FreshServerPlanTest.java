package org.jalons.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jalons.server.JalonsServer;
import org.jalons.server.model.Role;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Changes;
import org.jalons.server.support.Org;
import org.jalons.server.support.People;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.Test;

/**
 * H2 plans a statement once per pooled connection and keeps the plan; on a new server it plans against empty
 * tables, with default selectivities. This test runs a small workload of every kind of record, pull, snapshot and
 * summary on a new server, collects every statement H2 ran (QUERY_STATISTICS), explains each on an empty database,
 * and fails when the chosen index seeks fewer columns (leading equalities, then one range) than another index of
 * the same table would: the kind of plan that read every barrier transition (V9) or every interview of the year
 * (V10) of an organisation, once per fact pushed.
 * <p>
 * Known and left: single roll-up cell writes and theme reads of agg_cell go through agg_cell_site (organisation,
 * level, span, site, period) rather than the primary key, which H2 costs the same on an empty table. Each such
 * write then reads the cells of its site and period, as many as its measures, counsellors, themes and rows make:
 * not measured yet, and left for a measured fix.
 */
class FreshServerPlanTest {
    private static final Set<String> KNOWN = Set.of("AGG_CELL via AGG_CELL_SITE");

    @Test
    void everyStatementOfAWorkloadSeeksAsFarAsTheBestIndexOfItsTable() throws Exception {
        String url = TestServers.newDatabase(Backend.H2);
        Set<String> statements = new LinkedHashSet<>();
        try (JalonsServer server = JalonsServer.start(TestServers.config(Backend.H2, url))) {
            try (Connection c = TestServers.connect(Backend.H2, url);
                    Statement s = c.createStatement()) {
                s.execute("SET QUERY_STATISTICS_MAX_ENTRIES 10000");
                s.execute("SET QUERY_STATISTICS TRUE");
            }
            Org org = Org.create(server);
            Org.Member samia = org.counsellor("Samia");
            Org.Member supervisor = org.supervisor("Claire");
            People people = new People(org, samia);
            List<UUID> persons = people.persons(3, "Nord", "2026-01-05");
            for (UUID p : persons) {
                UUID goal = people.goal(p, "MOBILITE", "EN_COURS", "2026-01-10", null);
                people.checkIn(p, goal, "BENEFICIARY", 3, "2026-02-11T10:00:00Z", "ok");
                people.interview(p, "2026-02-03");
                people.training(p, "CACES", null, "EN_COURS", "2026-02-01", null, 35, 10);
                people.consent(p, "HEALTH", true, "2026-01-06T10:00:00Z");
                UUID barrier = people.barrier(p, "MOBILITE", "BESOIN");
                people.push();
                people.barrierStatus(p, barrier, 1, "POINT_APPUI");
                people.exit(p, "2026-03-01", "EMPLOI_DURABLE");
                people.push();
            }
            org.pull(samia, 0);
            // a work supervisor's team, observation, pull and snapshot, and the admin's list of teams
            Org.Member marc = org.member(server.createUser(org.id, "Marc", Role.WORK_SUPERVISOR, null));
            org.api.send(org.api
                    .request("/api/v1/admin/users/" + marc.id() + "/work-teams", org.admin.token())
                    .header("Content-Type", "application/json")
                    .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"teams\":[\"Atelier\"]}")));
            for (UUID p : persons) {
                org.applied(samia, Changes.upsert("beneficiary", p, p, 1, "workTeam", "Atelier"));
                org.applied(
                        marc,
                        Changes.upsert(
                                "workObservation",
                                UUID.randomUUID(),
                                p,
                                0,
                                "observedOn",
                                "2026-02-10",
                                "skills",
                                List.of("PONCTUALITE")));
            }
            org.pull(marc, 0);
            org.api.get("/api/v1/sync/snapshot?limit=100", marc.token());
            org.api.get("/api/v1/sync/snapshot?beneficiaryId=" + persons.get(0), marc.token());
            org.api.get("/api/v1/admin/work-teams", org.admin.token());
            for (String q : List.of(
                    "period=month&from=2026-02-01",
                    "period=quarter&from=2026-01-01",
                    "period=year&from=2026-01-01&theme=MOBILITE",
                    "period=year&from=2026-01-01&site=Nord&counsellorId=" + samia.id())) {
                org.api.get("/api/v1/summary?" + q, supervisor.token());
            }
            org.api.get("/api/v1/sync/snapshot?limit=100", samia.token());
            try (Connection c = TestServers.connect(Backend.H2, url);
                    Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select sql_statement from information_schema.query_statistics")) {
                while (rs.next()) {
                    statements.add(rs.getString(1));
                }
            }
        }
        String empty = TestServers.newDatabase(Backend.H2);
        Database.open(empty, "sa", "", 2).close();
        List<String> report = new ArrayList<>();
        try (Connection c = TestServers.connect(Backend.H2, empty)) {
            Map<String, Map<String, List<String>>> indexes = indexes(c);
            for (String sql : statements) {
                String l = sql.strip().toLowerCase(Locale.ROOT);
                if (!(l.startsWith("select") || l.startsWith("update") || l.startsWith("delete"))
                        || !l.contains(" where ")
                        || l.contains("information_schema")
                        || l.contains("flyway")) {
                    continue;
                }
                String plan;
                try (PreparedStatement ps = c.prepareStatement("explain " + sql);
                        ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    plan = rs.getString(1).replaceAll("\\s+", " ");
                } catch (java.sql.SQLException e) {
                    report.add("NOT EXPLAINED "
                            + e.getMessage().lines().findFirst().orElse("") + " :: " + sql);
                    continue;
                }
                String flag = misplanned(plan, indexes);
                if (flag != null && !KNOWN.contains(flag.substring(0, flag.indexOf(" seeks ")))) {
                    report.add(flag + " :: " + plan);
                }
            }
        }
        assertThat(statements).as("statements collected").hasSizeGreaterThan(50);
        assertThat(report).isEmpty();
    }

    private static final Pattern TABLE =
            Pattern.compile("FROM \"PUBLIC\"\\.\"(\\w+)\"|^UPDATE \"PUBLIC\"\\.\"(\\w+)\"");
    private static final Pattern INDEX = Pattern.compile("/\\* PUBLIC\\.(\\w+)(\\.tableScan)?");
    private static final Pattern EQ = Pattern.compile("\"(\\w+)\" = ");
    private static final Pattern RANGE = Pattern.compile("\"(\\w+)\" (BETWEEN|>=|<=|>|<) ");

    /** Null when the chosen index seeks as far as any index of the table could, else why not. */
    static String misplanned(String plan, Map<String, Map<String, List<String>>> indexes) {
        if (plan.indexOf("SELECT", 1) >= 0 || plan.contains(" JOIN ") || plan.contains(" OR ")) {
            return null; // one table at a time only
        }
        Matcher t = TABLE.matcher(plan);
        Matcher i = INDEX.matcher(plan);
        if (!t.find() || !i.find()) {
            return null;
        }
        String table = t.group(1) != null ? t.group(1) : t.group(2);
        String where = plan.substring(Math.max(0, plan.indexOf(" WHERE ")));
        Set<String> eq = new LinkedHashSet<>();
        Set<String> range = new LinkedHashSet<>();
        for (Matcher m = EQ.matcher(where); m.find(); ) {
            eq.add(m.group(1));
        }
        for (Matcher m = RANGE.matcher(where); m.find(); ) {
            range.add(m.group(1));
        }
        Map<String, List<String>> ofTable = indexes.getOrDefault(table, Map.of());
        double chosen = i.group(2) != null ? 0 : seek(ofTable.getOrDefault(i.group(1), List.of()), eq, range);
        String best = null;
        double bestSeek = chosen;
        for (Map.Entry<String, List<String>> index : ofTable.entrySet()) {
            double seek = seek(index.getValue(), eq, range);
            if (seek > bestSeek) {
                bestSeek = seek;
                best = index.getKey();
            }
        }
        return best == null
                ? null
                : table + " via " + i.group(1) + " seeks " + chosen + " columns, " + best + " " + ofTable.get(best)
                        + " would seek " + bestSeek;
    }

    /** Leading columns with an equality, plus one half for a range on the next one. */
    private static double seek(List<String> columns, Set<String> eq, Set<String> range) {
        int k = 0;
        while (k < columns.size() && eq.contains(columns.get(k))) {
            k++;
        }
        return k < columns.size() && range.contains(columns.get(k)) ? k + 0.5 : k;
    }

    private static Map<String, Map<String, List<String>>> indexes(Connection c) throws Exception {
        Map<String, Map<String, List<String>>> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                select table_name, index_name, column_name from information_schema.index_columns
                where table_schema = 'PUBLIC' order by table_name, index_name, ordinal_position""")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                        .computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                        .add(rs.getString(3));
            }
        }
        return out;
    }
}

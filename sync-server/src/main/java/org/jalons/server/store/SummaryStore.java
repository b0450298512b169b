package org.jalons.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Read side of the summary fact tables: grouped counts per site x counsellor (x theme) x row x
 * month, and distinct people over the whole period. The service adds them up per view and decides
 * what may be shown; nothing here reads raw records.
 */
public final class SummaryStore {

    /** Counts of one group: {@code month} null for period-wide people counts, row null for a total. */
    public record Group(String site, UUID counsellorId, String theme, String row, Integer month, long count,
                        long people, double sum1, double sum2) {
    }

    /** One additive measure: which table, which month column, which row expression, which extra condition. */
    public record Measure(String table, String monthColumn, String rowExpression, String condition,
                          boolean themed, String sum1, String sum2, String totalCondition) {
        public Measure {
            sum1 = sum1 == null ? "0" : sum1;
            sum2 = sum2 == null ? "0" : sum2;
        }

        public Measure(String table, String monthColumn, String rowExpression, String condition, boolean themed,
                       String sum1, String sum2) {
            this(table, monthColumn, rowExpression, condition, themed, sum1, sum2, null);
        }
    }

    /**
     * Month groups (count, people in that month) and period groups (people over the whole period, per
     * row and for the total over rows) of a measure, for months in [from, to].
     */
    public List<Group> measure(Connection c, UUID org, Measure m, int from, int to) throws SQLException {
        String theme = m.themed() ? "theme" : "cast(null as varchar(140))";
        String where = " from " + m.table() + " where organisation_id = ? and " + m.monthColumn()
                + " between ? and ?" + (m.condition().isEmpty() ? "" : " and " + m.condition());
        String dims = "site, counsellor_id, " + theme;
        List<Group> groups = new ArrayList<>();
        groups.addAll(Jdbc.list(c, "select " + dims + ", " + m.rowExpression() + " r, " + m.monthColumn()
                + " m, count(*), count(distinct beneficiary_id), sum(" + m.sum1() + "), sum(" + m.sum2() + ")"
                + where + " group by " + dims + ", " + m.rowExpression() + ", " + m.monthColumn(),
                row -> new Group(row.getString(1), Jdbc.uuid(row, "counsellor_id"), row.getString(3),
                        row.getString(4), row.getInt(5), row.getLong(6), row.getLong(7), row.getDouble(8),
                        row.getDouble(9)), org, from, to));
        groups.addAll(Jdbc.list(c, "select " + dims + ", " + m.rowExpression() + " r,"
                + " count(distinct beneficiary_id)" + where + " group by " + dims + ", " + m.rowExpression(),
                row -> new Group(row.getString(1), Jdbc.uuid(row, "counsellor_id"), row.getString(3),
                        row.getString(4), null, 0, row.getLong(5), 0, 0), org, from, to));
        groups.addAll(Jdbc.list(c, "select " + dims + ", count(distinct beneficiary_id)" + where
                + (m.totalCondition() == null ? "" : " and " + m.totalCondition()) + " group by " + dims,
                row -> new Group(row.getString(1), Jdbc.uuid(row, "counsellor_id"), row.getString(3), null,
                        null, 0, row.getLong(4), 0, 0), org, from, to));
        return groups;
    }

    /**
     * Active people: entered by the end of the period and not gone before its start (row "ACTIVE",
     * month null), plus the monthly entries (row "ENTRIES") and exits (row "EXITS") inside the
     * period, which two overlapping periods could tell apart.
     */
    public List<Group> active(Connection c, UUID org, int from, int to) throws SQLException {
        List<Group> groups = new ArrayList<>(Jdbc.list(c, """
                select site, counsellor_id, count(*) from agg_person
                where organisation_id = ? and entry_month <= ? and (exit_month is null or exit_month >= ?)
                group by site, counsellor_id
                """, row -> new Group(row.getString(1), Jdbc.uuid(row, "counsellor_id"), null, "ACTIVE", null,
                row.getLong(3), row.getLong(3), 0, 0), org, to, from));
        groups.addAll(Jdbc.list(c, """
                select site, counsellor_id, entry_month, count(*) from agg_person
                where organisation_id = ? and entry_month > ? and entry_month <= ?
                group by site, counsellor_id, entry_month
                """, row -> new Group(row.getString(1), Jdbc.uuid(row, "counsellor_id"), null, "ENTRIES",
                row.getInt(3), 0, row.getLong(4), 0, 0), org, from, to));
        groups.addAll(Jdbc.list(c, """
                select site, counsellor_id, exit_month, count(*) from agg_person
                where organisation_id = ? and entry_month <= ? and exit_month >= ? and exit_month < ?
                group by site, counsellor_id, exit_month
                """, row -> new Group(row.getString(1), Jdbc.uuid(row, "counsellor_id"), null, "EXITS",
                row.getInt(3), 0, row.getLong(4), 0, 0), org, to, from, to));
        return groups;
    }

    /** One bucket of a rating or score histogram. */
    public record Bucket(String theme, String series, int value, long count) {
    }

    /** The optional site / counsellor condition of the non-additive figures. */
    public record Scope(String site, UUID counsellorId) {
        String condition() {
            return (site == null ? "" : " and site = ?") + (counsellorId == null ? "" : " and counsellor_id = ?");
        }

        List<Object> args(Object... first) {
            List<Object> args = new ArrayList<>(List.of(first));
            if (site != null) {
                args.add(site);
            }
            if (counsellorId != null) {
                args.add(counsellorId);
            }
            return args;
        }
    }

    /**
     * Histograms of first and latest ratings (0-10) per theme and rater, over goals whose latest
     * rating falls in the period; series SF/SL (self first/latest), CF/CL (counsellor), plus
     * G (goals rated, value 0) and C (goals with a comment, value 0).
     */
    public List<Bucket> ratingHistograms(Connection c, UUID org, Scope scope, int from, int to)
            throws SQLException {
        String base = " from agg_goal where organisation_id = ? and rated_month between ? and ?"
                + " and theme is not null" + scope.condition();
        StringBuilder sql = new StringBuilder();
        List<Object> args = new ArrayList<>();
        String[][] series = {{"SF", "self_first"}, {"SL", "self_latest"}, {"CF", "couns_first"},
                {"CL", "couns_latest"}};
        for (String[] s : series) {
            sql.append(sql.length() == 0 ? "" : " union all ").append("select theme, '").append(s[0])
                    .append("', ").append(s[1]).append(", count(*)").append(base).append(" and ").append(s[1])
                    .append(" is not null group by theme, ").append(s[1]);
            args.addAll(scope.args(org, from, to));
        }
        sql.append(" union all select theme, 'G', 0, count(*)").append(base).append(" group by theme");
        args.addAll(scope.args(org, from, to));
        sql.append(" union all select theme, 'C', 0, count(*)").append(base)
                .append(" and commented = true group by theme");
        args.addAll(scope.args(org, from, to));
        return Jdbc.list(c, sql.toString(), row -> new Bucket(row.getString(1), row.getString(2).strip(),
                row.getInt(3), row.getLong(4)), args.toArray());
    }

    /** People behind the rating figures, per theme (row) and over all themes (theme null). */
    public List<Bucket> ratedPeople(Connection c, UUID org, Scope scope, int from, int to) throws SQLException {
        String base = " from agg_goal where organisation_id = ? and rated_month between ? and ?"
                + " and theme is not null" + scope.condition();
        List<Object> args = new ArrayList<>(scope.args(org, from, to));
        args.addAll(scope.args(org, from, to));
        return Jdbc.list(c, "select theme, 'P', 0, count(distinct beneficiary_id)" + base + " group by theme"
                + " union all select cast(null as varchar(140)), 'P', 0, count(distinct beneficiary_id)" + base,
                row -> new Bucket(row.getString(1), "P", 0, row.getLong(4)), args.toArray());
    }

    /** Questionnaire mean scores (x 100): first (F) and latest (L) of people whose latest falls in the period. */
    public List<Bucket> questionnaireHistograms(Connection c, UUID org, Scope scope, int from, int to)
            throws SQLException {
        String base = " from agg_person where organisation_id = ? and q_latest_month between ? and ?"
                + scope.condition();
        List<Object> args = new ArrayList<>(scope.args(org, from, to));
        args.addAll(scope.args(org, from, to));
        return Jdbc.list(c, "select cast(null as varchar(140)), 'F', q_first_score, count(*)" + base
                + " group by q_first_score union all select cast(null as varchar(140)), 'L', q_latest_score, count(*)"
                + base + " group by q_latest_score",
                row -> new Bucket(null, row.getString(2).strip(), row.getInt(3), row.getLong(4)), args.toArray());
    }

    // ---- filter checks ----

    public boolean siteExists(Connection c, UUID org, String site) throws SQLException {
        return Jdbc.one(c, "select 1 from agg_person where organisation_id = ? and site = ? fetch first 1 rows only",
                row -> true, org, site).isPresent();
    }

    public boolean customThemeExists(Connection c, UUID org, String theme) throws SQLException {
        return Jdbc.one(c, "select 1 from agg_goal where organisation_id = ? and theme = ? fetch first 1 rows only",
                row -> true, org, theme).isPresent();
    }

    public List<String> customThemes(Connection c, UUID org) throws SQLException {
        return Jdbc.list(c, "select distinct theme from agg_goal where organisation_id = ? and theme like 'custom:%'"
                + " order by theme", row -> row.getString(1), org);
    }
}

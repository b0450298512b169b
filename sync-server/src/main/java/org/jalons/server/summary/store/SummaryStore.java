package org.jalons.server.summary.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jalons.server.store.Jdbc;
import org.jalons.server.summary.measure.Measure;

/**
 * Read side of the summaries: the roll-up cells ({@link SummaryRollups}), and from the fact tables
 * the rating and questionnaire histograms of one counsellor's caseload (histogram cells are kept per
 * site and organisation only). The service lays them out and decides what may be shown; nothing
 * here reads raw records.
 */
public final class SummaryStore {

    /** One bucket of a rating or score histogram. */
    public record Bucket(String theme, String series, int value, long count) {}

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
    public List<Bucket> ratingHistograms(Connection c, UUID org, Scope scope, int from, int to) throws SQLException {
        String base = " from agg_goal where organisation_id = ? and rated_month between ? and ?"
                + " and theme is not null and " + SummaryRollups.notRefused("agg_goal") + scope.condition();
        StringBuilder sql = new StringBuilder();
        List<Object> args = new ArrayList<>();
        String[][] series = {{"SF", "self_first"}, {"SL", "self_latest"}, {"CF", "couns_first"}, {"CL", "couns_latest"}
        };
        for (String[] s : series) {
            sql.append(sql.length() == 0 ? "" : " union all ")
                    .append("select theme, '")
                    .append(s[0])
                    .append("', ")
                    .append(s[1])
                    .append(", count(*)")
                    .append(base)
                    .append(" and ")
                    .append(s[1])
                    .append(" is not null group by theme, ")
                    .append(s[1]);
            args.addAll(scope.args(org, from, to));
        }
        sql.append(" union all select theme, 'G', 0, count(*)").append(base).append(" group by theme");
        args.addAll(scope.args(org, from, to));
        sql.append(" union all select theme, 'C', 0, count(*)")
                .append(base)
                .append(" and commented = true group by theme");
        args.addAll(scope.args(org, from, to));
        return Jdbc.list(
                c,
                sql.toString(),
                row -> new Bucket(row.getString(1), row.getString(2).strip(), row.getInt(3), row.getLong(4)),
                args.toArray());
    }

    /** People behind the rating figures, per theme (row) and over all themes (theme null). */
    public List<Bucket> ratedPeople(Connection c, UUID org, Scope scope, int from, int to) throws SQLException {
        String base = " from agg_goal where organisation_id = ? and rated_month between ? and ?"
                + " and theme is not null and " + SummaryRollups.notRefused("agg_goal") + scope.condition();
        List<Object> args = new ArrayList<>(scope.args(org, from, to));
        args.addAll(scope.args(org, from, to));
        return Jdbc.list(
                c,
                "select theme, 'P', 0, count(distinct beneficiary_id)" + base + " group by theme"
                        + " union all select cast(null as varchar(140)), 'P', 0, count(distinct beneficiary_id)" + base,
                row -> new Bucket(row.getString(1), "P", 0, row.getLong(4)),
                args.toArray());
    }

    /** Questionnaire mean scores (x 100): first (F) and latest (L) of people whose latest falls in the period. */
    public List<Bucket> questionnaireHistograms(Connection c, UUID org, Scope scope, int from, int to)
            throws SQLException {
        String base = " from agg_person where organisation_id = ? and q_latest_month between ? and ?" + " and "
                + SummaryRollups.notRefused("agg_person") + scope.condition();
        List<Object> args = new ArrayList<>(scope.args(org, from, to));
        args.addAll(scope.args(org, from, to));
        return Jdbc.list(
                c,
                "select cast(null as varchar(140)), 'F', q_first_score, count(*)" + base
                        + " group by q_first_score union all select cast(null as varchar(140)), 'L', q_latest_score, count(*)"
                        + base + " group by q_latest_score",
                row -> new Bucket(null, row.getString(2).strip(), row.getInt(3), row.getLong(4)),
                args.toArray());
    }

    /** The people active in one calendar year in one place (site '' and counsellor NONE above their level). */
    public record YearPeople(int level, String site, UUID counsellorId, long people, long entries) {
        YearPeople plus(YearPeople other) {
            return new YearPeople(level, site, counsellorId, people + other.people, entries + other.entries);
        }
    }

    /**
     * Per level, site and counsellor, the people followed during the year of months [{@code from}, {@code to}]
     * (entered by its end, not gone before its start) and those of them who entered during it. The PEOPLE cells are
     * kept by year ({@link Measure.Span#BY_EXIT}): {@code from} must be a year's first month. Read per counsellor
     * only: a person has one site and one counsellor, so a site's and the organisation's figures are the sums of
     * their counsellors' (as their cells are), with nobody counted twice.
     */
    public List<YearPeople> yearPeople(Connection c, UUID org, int from, int to) throws SQLException {
        if (Measure.Span.YEAR.periodOf(from) != from || to != from + 11) {
            throw new IllegalArgumentException("people followed are counted by calendar year");
        }
        List<YearPeople> counsellors = Jdbc.list(
                c,
                """
                select site, counsellor_id, sum(events), sum(case when bucket >= ? then events else 0 end)
                from agg_cell where organisation_id = ? and level = ? and span = 'P' and theme = '*'
                and period >= ? and bucket <= ?
                group by site, counsellor_id""",
                row -> new YearPeople(
                        SummaryRollups.LEVEL_SITE_COUNSELLOR,
                        row.getString(1),
                        Jdbc.uuid(row, "counsellor_id"),
                        row.getLong(3),
                        row.getLong(4)),
                from,
                org,
                SummaryRollups.LEVEL_SITE_COUNSELLOR,
                from,
                to);
        Map<String, YearPeople> sites = new TreeMap<>();
        YearPeople organisation = null;
        for (YearPeople p : counsellors) {
            sites.merge(
                    p.site(),
                    new YearPeople(SummaryRollups.LEVEL_SITE, p.site(), SummaryRollups.NONE, p.people(), p.entries()),
                    YearPeople::plus);
            YearPeople whole =
                    new YearPeople(SummaryRollups.LEVEL_ORGANISATION, "", SummaryRollups.NONE, p.people(), p.entries());
            organisation = organisation == null ? whole : organisation.plus(whole);
        }
        List<YearPeople> all = new ArrayList<>(counsellors);
        all.addAll(sites.values());
        if (organisation != null) {
            all.add(organisation);
        }
        return all;
    }

    /** The people of one histogram measure in one period and site (each person is one event of it). */
    public record PeriodPeople(int period, String site, long people) {}

    /**
     * Per period (in order) and site, the people of histogram {@code measure} at {@code level} in {@code span} over
     * [{@code from}, {@code to}]: summed here, not read bucket by bucket with every other histogram.
     */
    public List<PeriodPeople> histogramPeople(
            Connection c, UUID org, int level, String span, String measure, int from, int to) throws SQLException {
        return Jdbc.list(
                c,
                """
                select period, site, sum(events) from agg_cell
                where organisation_id = ? and level = ? and span = ? and theme = '*' and period between ? and ?
                and measure = ?
                group by period, site order by period, site""",
                row -> new PeriodPeople(row.getInt(1), row.getString(2), row.getLong(3)),
                org,
                level,
                span,
                from,
                to,
                measure);
    }

    /** Per site and counsellor, the people whose latest questionnaire response falls in [{@code from}, {@code to}]. */
    public List<YearPeople> questionnairePeople(Connection c, UUID org, int from, int to) throws SQLException {
        return Jdbc.list(
                c,
                """
                select site, counsellor_id, count(*) from agg_person
                where organisation_id = ? and q_latest_month between ? and ? and\s""" + SummaryRollups.notRefused("agg_person") + " group by site, counsellor_id",
                row -> new YearPeople(
                        SummaryRollups.LEVEL_SITE_COUNSELLOR,
                        row.getString(1),
                        Jdbc.uuid(row, "counsellor_id"),
                        row.getLong(3),
                        0),
                org,
                from,
                to);
    }

    // ---- filter checks ----

    public boolean siteExists(Connection c, UUID org, String site) throws SQLException {
        return Jdbc.one(
                        c,
                        "select 1 from agg_person where organisation_id = ? and site = ? fetch first 1 rows only",
                        row -> true,
                        org,
                        site)
                .isPresent();
    }

    // ---- roll-ups (SummaryRollups) ----

    /** What a read of cells wants, each a precise range of agg_cell's primary key or of agg_cell_site. */
    public enum Read {
        /** Cells of one theme value ({@code theme}: '*' for every theme) over [from, to]. */
        THEME,
        /** Cells of every theme but '*' and {@code theme}, of {@code site} (and {@code counsellorId}). */
        OTHER_THEMES,
        /** Histograms (span H, I or J: month, quarter or year) of {@code site} ('' at the organisation level). */
        HISTOGRAMS
    }

    /**
     * Cells of one level; {@code site} / {@code counsellorId} narrow when given ({@code either}: cells of
     * that site or of that counsellor).
     */
    public List<SummaryRollups.Cell> cells(
            Connection c,
            UUID org,
            Read read,
            int level,
            String span,
            int from,
            int to,
            String theme,
            String site,
            UUID counsellorId,
            boolean either)
            throws SQLException {
        StringBuilder sql = new StringBuilder("select measure, span, period, level, site, counsellor_id, theme,"
                + " row_key, bucket, events, people, sum1, sum2 from agg_cell where organisation_id = ? and level = ?"
                + " and span = ?");
        List<Object> args = new ArrayList<>(List.of(org, level, span));
        switch (read) {
            case THEME -> {
                sql.append(" and theme = ? and period between ? and ?");
                args.addAll(List.of(theme, from, to));
            }
            case OTHER_THEMES -> {
                sql.append(" and period between ? and ? and theme <> '*' and theme <> ?");
                args.addAll(List.of(from, to, theme));
            }
            case HISTOGRAMS -> {
                sql.append(" and period between ? and ?");
                args.addAll(List.of(from, to));
            }
        }
        if (either) {
            sql.append(" and (site = ? or counsellor_id = ?)");
            args.add(site);
            args.add(counsellorId);
        } else {
            if (site != null) {
                sql.append(" and site = ?");
                args.add(site);
            }
            if (counsellorId != null) {
                sql.append(" and counsellor_id = ?");
                args.add(counsellorId);
            }
        }
        return Jdbc.list(
                c,
                sql.toString(),
                row -> new SummaryRollups.Cell(
                        row.getString(1),
                        row.getString(2).strip(),
                        row.getInt(3),
                        row.getInt(4),
                        row.getString(5),
                        Jdbc.uuid(row, "counsellor_id"),
                        row.getString(7),
                        row.getString(8),
                        row.getInt(9),
                        row.getLong(10),
                        row.getLong(11),
                        row.getDouble(12),
                        row.getDouble(13)),
                args.toArray());
    }
}

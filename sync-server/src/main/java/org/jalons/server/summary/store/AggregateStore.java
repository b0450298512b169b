package org.jalons.server.summary.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jalons.server.store.Jdbc;

/**
 * Write side of the summary fact tables (migration V2) and of their roll-ups (V3, {@link SummaryRollups}):
 * each write to a person's facts also adds the change of that person's cells. Called inside the push
 * transaction, which holds the sync counter lock, so "update, else insert" cannot race with another push.
 */
public final class AggregateStore {

    private static final Set<String> PERSON = Set.of("agg_person");
    private static final Set<String> ALL_FACTS = Set.copyOf(SummaryRollups.TABLES);

    private final SummaryRollups rollups = new SummaryRollups();

    /** Where a beneficiary counts: site ('' for none) and counsellor (may be null). */
    public record Placement(String site, UUID counsellorId) {
        public static final Placement NONE = new Placement("", null);
    }

    /** A per-goal rating summary for one rater. */
    public record Rating(Integer first, Instant firstAt, Integer latest, Instant latestAt) {}

    public record GoalRatings(Rating self, Rating counsellor, boolean commented) {}

    static final List<String> FACT_TABLES =
            List.of("agg_goal", "agg_training", "barrier_transition", "agg_interview", "agg_exit", "agg_follow_up");

    // ---- people ----

    public Optional<Placement> placement(Connection c, UUID org, UUID beneficiaryId) throws SQLException {
        return Jdbc.one(
                c, """
                select site, counsellor_id from agg_person where organisation_id = ? and beneficiary_id = ?
                """, row -> new Placement(row.getString(1), Jdbc.uuid(row, "counsellor_id")), org, beneficiaryId);
    }

    /** Creates the person row if missing; returns whether it was created. */
    public boolean ensurePerson(Connection c, UUID org, UUID beneficiaryId) throws SQLException {
        if (placement(c, org, beneficiaryId).isPresent()) {
            return false;
        }
        insertPerson(c, org, beneficiaryId);
        return true;
    }

    /** The person's placement, creating the (empty) person row when it is missing: one query when it exists. */
    public Placement placementCreatingPerson(Connection c, UUID org, UUID beneficiaryId) throws SQLException {
        Optional<Placement> found = placement(c, org, beneficiaryId);
        if (found.isPresent()) {
            return found.get();
        }
        insertPerson(c, org, beneficiaryId);
        return Placement.NONE;
    }

    private static void insertPerson(Connection c, UUID org, UUID beneficiaryId) throws SQLException {
        Jdbc.update(c, """
                insert into agg_person (organisation_id, beneficiary_id, site, stats_consent) values (?, ?, '', false)
                """, org, beneficiaryId);
    }

    /** The person's placement, {@code writtenSite} the site as the phone wrote it (the placement's is the counted one). */
    public void updatePerson(
            Connection c, UUID org, UUID beneficiaryId, Placement placement, String writtenSite, Integer entryMonth)
            throws SQLException {
        rollups.around(
                c,
                org,
                beneficiaryId,
                PERSON,
                () -> Jdbc.update(
                        c,
                        """
                update agg_person set site = ?, written_site = ?, counsellor_id = ?, entry_month = ?
                where organisation_id = ? and beneficiary_id = ?
                """,
                        placement.site(),
                        writtenSite,
                        placement.counsellorId(),
                        entryMonth,
                        org,
                        beneficiaryId));
    }

    /** Copies the person's placement onto every fact row of theirs. */
    public void propagatePlacement(Connection c, UUID org, UUID beneficiaryId, Placement placement)
            throws SQLException {
        rollups.around(c, org, beneficiaryId, ALL_FACTS, () -> {
            for (String table : FACT_TABLES) {
                Jdbc.update(
                        c,
                        "update " + table + " set site = ?, counsellor_id = ?"
                                + " where organisation_id = ? and beneficiary_id = ?",
                        placement.site(),
                        placement.counsellorId(),
                        org,
                        beneficiaryId);
            }
        });
    }

    public void deletePerson(Connection c, UUID org, UUID beneficiaryId) throws SQLException {
        rollups.around(
                c,
                org,
                beneficiaryId,
                PERSON,
                () -> Jdbc.update(
                        c,
                        "delete from agg_person where organisation_id = ? and beneficiary_id = ?",
                        org,
                        beneficiaryId));
        SharedWordStore.forget(c, org, beneficiaryId);
    }

    /**
     * Takes the person out of every fact table and every cell (an erasure): each cell loses exactly what the person
     * added to it, so later figures no longer count them.
     */
    public void erasePerson(Connection c, UUID org, UUID beneficiaryId) throws SQLException {
        rollups.around(c, org, beneficiaryId, ALL_FACTS, () -> {
            for (String table : FACT_TABLES) {
                Jdbc.update(
                        c,
                        "delete from " + table + " where organisation_id = ? and beneficiary_id = ?",
                        org,
                        beneficiaryId);
            }
            Jdbc.update(
                    c, "delete from agg_person where organisation_id = ? and beneficiary_id = ?", org, beneficiaryId);
        });
        SharedWordStore.forget(c, org, beneficiaryId);
    }

    /**
     * Health and justice barriers count only with this consent; a refusal ({@code granted} false) takes the person
     * out of every figure, and granting it again brings them back: all their cells follow it.
     */
    public void setStatsConsent(Connection c, UUID org, UUID beneficiaryId, boolean granted) throws SQLException {
        rollups.around(
                c, org, beneficiaryId, ALL_FACTS, () -> Jdbc.update(c, """
                update agg_person set stats_consent = ?, stats_refused = ?
                where organisation_id = ? and beneficiary_id = ?
                """, granted, !granted, org, beneficiaryId));
    }

    /** Marks as commented exactly the person's goals in {@code goalIds} (NOTES_SHARED_SUPERVISOR follows). */
    public void setCommentedGoals(Connection c, UUID org, UUID beneficiaryId, Set<UUID> goalIds) throws SQLException {
        rollups.around(c, org, beneficiaryId, Set.of("agg_goal"), () -> {
            for (UUID goal : Jdbc.list(c, """
                    select goal_id from agg_goal where organisation_id = ? and beneficiary_id = ?
                    """, row -> Jdbc.uuid(row, "goal_id"), org, beneficiaryId)) {
                Jdbc.update(
                        c,
                        "update agg_goal set commented = ? where organisation_id = ? and goal_id = ?",
                        goalIds.contains(goal),
                        org,
                        goal);
            }
        });
    }

    public void refreshExitMonth(Connection c, UUID org, UUID beneficiaryId) throws SQLException {
        rollups.around(
                c, org, beneficiaryId, PERSON, () -> Jdbc.update(c, """
                update agg_person set exit_month = (select max(e.exit_month) from agg_exit e
                    where e.organisation_id = ? and e.beneficiary_id = ?)
                where organisation_id = ? and beneficiary_id = ?
                """, org, beneficiaryId, org, beneficiaryId));
    }

    /** Questionnaire: keeps the first and the latest response (by answeredAt) of the person. */
    public void recordQuestionnaire(Connection c, UUID org, UUID beneficiaryId, int score, Instant at, int month)
            throws SQLException {
        rollups.around(c, org, beneficiaryId, PERSON, () -> {
            Jdbc.update(c, """
                    update agg_person set q_first_score = ?, q_first_at = ?
                    where organisation_id = ? and beneficiary_id = ? and (q_first_at is null or q_first_at > ?)
                    """, score, at, org, beneficiaryId, at);
            Jdbc.update(c, """
                    update agg_person set q_latest_score = ?, q_latest_at = ?, q_latest_month = ?
                    where organisation_id = ? and beneficiary_id = ? and (q_latest_at is null or q_latest_at <= ?)
                    """, score, at, month, org, beneficiaryId, at);
        });
    }

    // ---- goals and check-ins ----

    public void upsertGoal(
            Connection c,
            UUID org,
            UUID goalId,
            UUID beneficiaryId,
            Placement p,
            String theme,
            String counted,
            String status,
            Integer openedMonth,
            Integer closedMonth)
            throws SQLException {
        rollups.around(
                c,
                org,
                beneficiaryId,
                Set.of("agg_goal", "agg_training"),
                () -> writeGoal(c, org, goalId, beneficiaryId, p, theme, counted, status, openedMonth, closedMonth));
    }

    private void writeGoal(
            Connection c,
            UUID org,
            UUID goalId,
            UUID beneficiaryId,
            Placement p,
            String written,
            String theme,
            String status,
            Integer openedMonth,
            Integer closedMonth)
            throws SQLException {
        int updated = Jdbc.update(c, """
                update agg_goal set theme = ?, wire_theme = ?, status = ?, opened_month = ?, closed_month = ?
                where organisation_id = ? and goal_id = ?
                """, theme, written, status, openedMonth, closedMonth, org, goalId);
        if (updated == 0) {
            Jdbc.update(
                    c,
                    """
                    insert into agg_goal (organisation_id, goal_id, beneficiary_id, site, counsellor_id, theme,
                                          wire_theme, status, opened_month, closed_month, commented)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)
                    """,
                    org,
                    goalId,
                    beneficiaryId,
                    p.site(),
                    p.counsellorId(),
                    theme,
                    written,
                    status,
                    openedMonth,
                    closedMonth);
        }
        Jdbc.update(
                c, "update agg_training set theme = ? where organisation_id = ? and goal_id = ?", theme, org, goalId);
    }

    public Optional<GoalRatings> goalRatings(Connection c, UUID org, UUID goalId) throws SQLException {
        return Jdbc.one(
                c,
                """
                select self_first, self_first_at, self_latest, self_latest_at,
                       couns_first, couns_first_at, couns_latest, couns_latest_at, commented
                from agg_goal where organisation_id = ? and goal_id = ?
                """,
                row -> new GoalRatings(
                        new Rating(
                                (Integer) row.getObject(1),
                                Jdbc.instant(row, "self_first_at"),
                                (Integer) row.getObject(3),
                                Jdbc.instant(row, "self_latest_at")),
                        new Rating(
                                (Integer) row.getObject(5),
                                Jdbc.instant(row, "couns_first_at"),
                                (Integer) row.getObject(7),
                                Jdbc.instant(row, "couns_latest_at")),
                        row.getBoolean(9)),
                org,
                goalId);
    }

    /** A goal row for check-ins that arrive before their goal (the goal's upsert fills the rest). */
    public void ensureGoal(Connection c, UUID org, UUID goalId, UUID beneficiaryId, Placement p) throws SQLException {
        if (goalRatings(c, org, goalId).isEmpty()) {
            upsertGoal(c, org, goalId, beneficiaryId, p, null, null, null, null, null);
        }
    }

    public void storeGoalRatings(Connection c, UUID org, UUID goalId, GoalRatings r, Integer ratedMonth)
            throws SQLException {
        Optional<UUID> person = Jdbc.one(
                c,
                "select beneficiary_id from agg_goal where organisation_id = ? and goal_id = ?",
                row -> Jdbc.uuid(row, "beneficiary_id"),
                org,
                goalId);
        if (person.isEmpty()) {
            return;
        }
        rollups.around(
                c,
                org,
                person.get(),
                Set.of("agg_goal"),
                () -> Jdbc.update(
                        c,
                        """
                update agg_goal set self_first = ?, self_first_at = ?, self_latest = ?, self_latest_at = ?,
                                    couns_first = ?, couns_first_at = ?, couns_latest = ?, couns_latest_at = ?,
                                    commented = ?, rated_month = ?
                where organisation_id = ? and goal_id = ?
                """,
                        r.self().first(),
                        r.self().firstAt(),
                        r.self().latest(),
                        r.self().latestAt(),
                        r.counsellor().first(),
                        r.counsellor().firstAt(),
                        r.counsellor().latest(),
                        r.counsellor().latestAt(),
                        r.commented(),
                        ratedMonth,
                        org,
                        goalId));
    }

    public Optional<String> goalTheme(Connection c, UUID org, UUID goalId) throws SQLException {
        return Jdbc.one(
                c,
                "select theme from agg_goal where organisation_id = ? and goal_id = ?",
                row -> row.getString(1),
                org,
                goalId);
    }

    // ---- trainings, barriers, interviews, exits, follow-ups ----

    public void upsertTraining(
            Connection c,
            UUID org,
            UUID trainingId,
            UUID beneficiaryId,
            Placement p,
            UUID goalId,
            String theme,
            String certification,
            Integer rncpLevel,
            String status,
            Integer startMonth,
            Integer completedMonth,
            Integer certifiedMonth,
            double plannedHours,
            double doneHours)
            throws SQLException {
        rollups.around(c, org, beneficiaryId, Set.of("agg_training"), () -> {
            Jdbc.update(c, "delete from agg_training where organisation_id = ? and training_id = ?", org, trainingId);
            Jdbc.update(
                    c,
                    """
                insert into agg_training (organisation_id, training_id, beneficiary_id, site, counsellor_id, goal_id,
                    theme, certification, rncp_level, status, start_month, completed_month, certified_month,
                    planned_hours, done_hours)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                    org,
                    trainingId,
                    beneficiaryId,
                    p.site(),
                    p.counsellorId(),
                    goalId,
                    theme,
                    certification,
                    rncpLevel,
                    status,
                    startMonth,
                    completedMonth,
                    certifiedMonth,
                    plannedHours,
                    doneHours);
        });
    }

    public Optional<Integer> trainingMonth(Connection c, UUID org, UUID trainingId, String column) throws SQLException {
        // a month not set yet is a SQL null: Jdbc.one would wrap it in Optional.of and fail
        return Jdbc.list(
                        c,
                        "select " + column + " from agg_training where organisation_id = ? and training_id = ?",
                        row -> (Integer) row.getObject(1),
                        org,
                        trainingId)
                .stream()
                .filter(m -> m != null)
                .findFirst();
    }

    /** A barrier's status as its latest transition left it (every status change, creation included, made one). */
    public Optional<String> lastBarrierStatus(Connection c, UUID org, UUID barrierId) throws SQLException {
        SummaryRollups.flushFacts(c);
        return Jdbc.one(c, """
                select to_status from barrier_transition where organisation_id = ? and barrier_id = ?
                order by id desc fetch first 1 rows only
                """, row -> row.getString(1), org, barrierId);
    }

    /** Every fact and cell of the organisation, before a rebuild from its change log. */
    public void deleteAllFacts(Connection c, UUID org) throws SQLException {
        SummaryRollups.flushFacts(c);
        for (String table : FACT_TABLES) {
            Jdbc.update(c, "delete from " + table + " where organisation_id = ?", org);
        }
        Jdbc.update(c, "delete from agg_person where organisation_id = ?", org);
        Jdbc.update(c, "delete from agg_cell where organisation_id = ?", org);
        SharedWordStore.forgetAll(c, org);
    }

    public void recordBarrierTransition(
            Connection c,
            UUID org,
            UUID barrierId,
            UUID beneficiaryId,
            Placement p,
            String area,
            String fromStatus,
            String toStatus,
            Instant at,
            int month)
            throws SQLException {
        Map<String, Object> values = new HashMap<>();
        values.put("site", p.site());
        values.put("counsellor_id", p.counsellorId());
        values.put("area", area);
        values.put("from_status", fromStatus);
        values.put("to_status", toStatus);
        values.put("changed_month", month);
        rollups.appended(
                c,
                org,
                beneficiaryId,
                "barrier_transition",
                values,
                """
                insert into barrier_transition (organisation_id, barrier_id, beneficiary_id, site, counsellor_id,
                                                area, from_status, to_status, changed_month, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                org,
                barrierId,
                beneficiaryId,
                p.site(),
                p.counsellorId(),
                area,
                fromStatus,
                toStatus,
                month,
                at);
    }

    public void insertInterview(
            Connection c, UUID org, UUID interviewId, UUID beneficiaryId, Placement p, int heldMonth)
            throws SQLException {
        Map<String, Object> values = new HashMap<>();
        values.put("site", p.site());
        values.put("counsellor_id", p.counsellorId());
        values.put("held_month", heldMonth);
        rollups.appended(
                c,
                org,
                beneficiaryId,
                "agg_interview",
                values,
                """
                insert into agg_interview (organisation_id, interview_id, beneficiary_id, site, counsellor_id,
                                           held_month)
                values (?, ?, ?, ?, ?, ?)
                """,
                org,
                interviewId,
                beneficiaryId,
                p.site(),
                p.counsellorId(),
                heldMonth);
    }

    public void upsertExit(
            Connection c, UUID org, UUID exitId, UUID beneficiaryId, Placement p, String category, int exitMonth)
            throws SQLException {
        deleteFact(c, "agg_exit", "exit_id", org, exitId);
        rollups.around(
                c,
                org,
                beneficiaryId,
                Set.of("agg_exit"),
                () -> Jdbc.update(c, """
                insert into agg_exit (organisation_id, exit_id, beneficiary_id, site, counsellor_id, category, exit_month)
                values (?, ?, ?, ?, ?, ?, ?)
                """, org, exitId, beneficiaryId, p.site(), p.counsellorId(), category, exitMonth));
    }

    public void upsertFollowUp(
            Connection c,
            UUID org,
            UUID followUpId,
            UUID beneficiaryId,
            Placement p,
            String situation,
            int dueMonth,
            Integer doneMonth)
            throws SQLException {
        deleteFact(c, "agg_follow_up", "follow_up_id", org, followUpId);
        rollups.around(
                c,
                org,
                beneficiaryId,
                Set.of("agg_follow_up"),
                () -> Jdbc.update(
                        c,
                        """
                insert into agg_follow_up (organisation_id, follow_up_id, beneficiary_id, site, counsellor_id,
                                           situation, due_month, done_month)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """,
                        org,
                        followUpId,
                        beneficiaryId,
                        p.site(),
                        p.counsellorId(),
                        situation,
                        dueMonth,
                        doneMonth));
    }

    /** A deleted record leaves the figures (its table and id column are chosen by the caller, not by input). */
    public void deleteFact(Connection c, String table, String idColumn, UUID org, UUID id) throws SQLException {
        Optional<UUID> person = Jdbc.one(
                c,
                "select beneficiary_id from " + table + " where organisation_id = ? and " + idColumn + " = ?",
                row -> Jdbc.uuid(row, "beneficiary_id"),
                org,
                id);
        if (person.isEmpty()) {
            return;
        }
        rollups.around(
                c,
                org,
                person.get(),
                Set.of(table),
                () -> Jdbc.update(
                        c, "delete from " + table + " where organisation_id = ? and " + idColumn + " = ?", org, id));
    }

    // ---- settings ----

    public int kThreshold(Connection c, UUID org) throws SQLException {
        return Jdbc.one(c, "select k_threshold from organisation where id = ?", row -> row.getInt(1), org)
                .orElse(5);
    }

    public void setKThreshold(Connection c, UUID org, int k) throws SQLException {
        Jdbc.update(c, "update organisation set k_threshold = ? where id = ?", k, org);
    }

    /** One change of k, kept beside the audit log's entry for it. */
    public void logKChange(Connection c, UUID org, UUID user, Instant at, int before, int after) throws SQLException {
        Jdbc.update(c, """
                insert into k_threshold_change (organisation_id, user_id, changed_at, k_before, k_after)
                values (?, ?, ?, ?, ?)
                """, org, user, at, before, after);
    }

    /** The changes of k, oldest first: {before, after}. */
    public List<int[]> kChanges(Connection c, UUID org) throws SQLException {
        return Jdbc.list(
                c,
                "select k_before, k_after from k_threshold_change where organisation_id = ? order by id",
                row -> new int[] {row.getInt(1), row.getInt(2)},
                org);
    }

    // ---- the organisation's own sites (SiteMapping) ----

    /** A site as written on phones and the site its people are counted under now. */
    public record WrittenSite(String written, String counted) {}

    public List<WrittenSite> writtenSites(Connection c, UUID org) throws SQLException {
        return Jdbc.list(
                c,
                "select distinct written_site, site from agg_person where organisation_id = ? and written_site is not"
                        + " null",
                row -> new WrittenSite(row.getString(1), row.getString(2)),
                org);
    }

    /**
     * Counts the people whose site was written {@code written} under {@code counted}: their person row and every
     * fact row of theirs (the cells are rebuilt after, by the caller).
     */
    public void countSiteAs(Connection c, UUID org, String written, String counted) throws SQLException {
        for (String table : FACT_TABLES) {
            Jdbc.update(
                    c,
                    "update " + table + " set site = ? where organisation_id = ? and beneficiary_id in (select"
                            + " beneficiary_id from agg_person where organisation_id = ? and written_site = ?)",
                    counted,
                    org,
                    org,
                    written);
        }
        Jdbc.update(
                c,
                "update agg_person set site = ? where organisation_id = ? and written_site = ?",
                counted,
                org,
                written);
    }

    // ---- the organisation's own themes (ThemeMapping) ----

    /** A goal theme as written on phones and the theme its goals are counted under now. */
    public record WrittenTheme(String written, String counted) {}

    public List<WrittenTheme> writtenThemes(Connection c, UUID org) throws SQLException {
        return Jdbc.list(
                c,
                "select distinct wire_theme, theme from agg_goal where organisation_id = ? and wire_theme is not null",
                row -> new WrittenTheme(row.getString(1), row.getString(2)),
                org);
    }

    /** Counts the goals written with {@code written} under {@code counted}. */
    public void countThemeAs(Connection c, UUID org, String written, String counted) throws SQLException {
        Jdbc.update(
                c, "update agg_goal set theme = ? where organisation_id = ? and wire_theme = ?", counted, org, written);
    }

    /** Every training linked to a goal takes the goal's counted theme again. */
    public void refreshTrainingThemes(Connection c, UUID org) throws SQLException {
        Jdbc.update(
                c,
                "update agg_training set theme = (select g.theme from agg_goal g where g.organisation_id ="
                        + " agg_training.organisation_id and g.goal_id = agg_training.goal_id)"
                        + " where organisation_id = ? and goal_id is not null",
                org);
    }
}

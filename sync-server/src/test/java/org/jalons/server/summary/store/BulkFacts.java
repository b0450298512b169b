package org.jalons.server.summary.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Bulk writes of summary fact rows (bench data): batched inserts, committed every few thousand rows. */
public final class BulkFacts implements AutoCloseable {

    private static final int BATCH = 20_000;

    /** One insert statement and its pending batch. */
    public final class Table {
        private final PreparedStatement statement;
        private int pending;

        Table(String sql) throws SQLException {
            statement = c.prepareStatement(sql);
        }

        void add(Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(
                        i + 1,
                        values[i] instanceof Instant instant
                                ? OffsetDateTime.ofInstant(instant, ZoneOffset.UTC)
                                : values[i]);
            }
            statement.addBatch();
            if (++pending == BATCH) {
                flush();
            }
        }

        void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                c.commit();
                pending = 0;
            }
        }
    }

    private final Connection c;
    private final List<Table> tables = new ArrayList<>();
    public final Table people;
    public final Table goals;
    public final Table trainings;
    public final Table transitions;
    public final Table interviews;
    public final Table exits;
    public final Table followUps;

    public BulkFacts(Connection c) throws SQLException {
        this.c = c;
        c.setAutoCommit(false);
        people = table("""
                insert into agg_person (organisation_id, beneficiary_id, site, counsellor_id, entry_month, exit_month,
                    stats_consent, q_first_score, q_first_at, q_latest_score, q_latest_at, q_latest_month)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        goals = table("""
                insert into agg_goal (organisation_id, goal_id, beneficiary_id, site, counsellor_id, theme, status,
                    opened_month, closed_month, self_first, self_first_at, self_latest, self_latest_at,
                    couns_first, couns_first_at, couns_latest, couns_latest_at, rated_month, commented)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        trainings = table("""
                insert into agg_training (organisation_id, training_id, beneficiary_id, site, counsellor_id, goal_id,
                    theme, certification, rncp_level, status, start_month, completed_month, certified_month,
                    planned_hours, done_hours)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        transitions = table("""
                insert into barrier_transition (organisation_id, barrier_id, beneficiary_id, site, counsellor_id, area,
                    from_status, to_status, changed_month, changed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        interviews = table("""
                insert into agg_interview (organisation_id, interview_id, beneficiary_id, site, counsellor_id, held_month)
                values (?, ?, ?, ?, ?, ?)""");
        exits = table("""
                insert into agg_exit (organisation_id, exit_id, beneficiary_id, site, counsellor_id, category, exit_month)
                values (?, ?, ?, ?, ?, ?, ?)""");
        followUps = table("""
                insert into agg_follow_up (organisation_id, follow_up_id, beneficiary_id, site, counsellor_id,
                    situation, due_month, done_month)
                values (?, ?, ?, ?, ?, ?, ?, ?)""");
    }

    private Table table(String sql) throws SQLException {
        Table table = new Table(sql);
        tables.add(table);
        return table;
    }

    public void add(Table table, Object... values) throws SQLException {
        table.add(values);
    }

    @Override
    public void close() throws SQLException {
        for (Table table : tables) {
            table.flush();
            table.statement.close();
        }
        c.setAutoCommit(true);
    }
}

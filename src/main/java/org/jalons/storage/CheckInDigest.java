package org.jalons.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;
import org.h2.api.Trigger;

/**
 * Keeps the caseload digest (CASELOAD_RATING, GOAL_SELF_TREND, migration V10) in step with CHECK_IN, row by row, in
 * the transaction of the write. A new check-in updates the digest in place (two key lookups); a changed or removed
 * one has its person and goal recomputed from CHECK_IN, which the trigger sees as it is after the write. H2 makes
 * one instance per trigger and database, through the public no-argument constructor (listed for native images in
 * reflect-config.json).
 */
public final class CheckInDigest implements Trigger {
    static final String SELF = "BENEFICIARY";
    static final String COUNSELLOR = "COUNSELLOR";

    private int idColumn = -1;
    private int beneficiaryColumn = -1;
    private int goalColumn = -1;
    private int raterColumn = -1;
    private int ratingColumn = -1;
    private int ratedAtColumn = -1;

    @Override
    public void init(Connection c, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        int[] at =
                TriggerRows.columns(c, schema, table, "ID", "BENEFICIARY_ID", "GOAL_ID", "RATER", "RATING", "RATED_AT");
        idColumn = at[0];
        beneficiaryColumn = at[1];
        goalColumn = at[2];
        raterColumn = at[3];
        ratingColumn = at[4];
        ratedAtColumn = at[5];
    }

    @Override
    public void fire(Connection c, Object[] oldRow, Object[] newRow) throws SQLException {
        CheckIn before = oldRow == null ? null : read(oldRow);
        CheckIn after = newRow == null ? null : read(newRow);
        if (Objects.equals(before, after)) {
            return; // rewritten as it was (a pull or snapshot bringing the same check-in back)
        }
        if (before == null) {
            added(c, after);
            return;
        }
        recompute(c, before);
        if (after != null
                && !(after.beneficiaryId().equals(before.beneficiaryId())
                        && after.rater().equals(before.rater())
                        && Objects.equals(after.goalId(), before.goalId()))) {
            recompute(c, after);
        }
    }

    /** What the digest reads of a check-in row. */
    private record CheckIn(
            UUID id, UUID beneficiaryId, UUID goalId, String rater, Integer rating, OffsetDateTime ratedAt) {}

    private CheckIn read(Object[] row) {
        Object at = row[ratedAtColumn];
        return new CheckIn(
                (UUID) row[idColumn],
                (UUID) row[beneficiaryColumn],
                (UUID) row[goalColumn],
                row[raterColumn] == null ? "" : row[raterColumn].toString(),
                row[ratingColumn] == null ? null : ((Number) row[ratingColumn]).intValue(),
                at == null ? null : (OffsetDateTime) at);
    }

    private static void added(Connection c, CheckIn checkIn) throws SQLException {
        if ((SELF.equals(checkIn.rater()) || COUNSELLOR.equals(checkIn.rater())) && checkIn.ratedAt() != null) {
            Latest latest = latest(c, checkIn.beneficiaryId(), checkIn.rater());
            boolean existed = latest.at != null;
            if (latest.add(checkIn.ratedAt(), checkIn.rating())) {
                storeLatest(c, checkIn.beneficiaryId(), checkIn.rater(), latest, existed);
            }
        }
        if (SELF.equals(checkIn.rater()) && checkIn.goalId() != null) {
            Trend trend = trend(c, checkIn.goalId());
            boolean existed = trend.hasLast;
            trend.add(checkIn.id(), checkIn.ratedAt(), checkIn.rating());
            storeTrend(c, checkIn.goalId(), trend, existed);
        }
    }

    private static void recompute(Connection c, CheckIn checkIn) throws SQLException {
        if (SELF.equals(checkIn.rater()) || COUNSELLOR.equals(checkIn.rater())) {
            TriggerRows.update(
                    c,
                    "DELETE FROM CASELOAD_RATING WHERE BENEFICIARY_ID = ? AND RATER = ?",
                    checkIn.beneficiaryId(),
                    checkIn.rater());
            Latest latest = new Latest();
            try (PreparedStatement ps = c.prepareStatement("SELECT RATED_AT, RATING FROM CHECK_IN"
                    + " WHERE BENEFICIARY_ID = ? AND RATER = ? AND RATED_AT IS NOT NULL")) {
                ps.setObject(1, checkIn.beneficiaryId());
                ps.setString(2, checkIn.rater());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        latest.add(rs.getObject(1, OffsetDateTime.class), rating(rs, 2));
                    }
                }
            }
            if (latest.at != null) {
                storeLatest(c, checkIn.beneficiaryId(), checkIn.rater(), latest, false);
            }
        }
        if (SELF.equals(checkIn.rater()) && checkIn.goalId() != null) {
            TriggerRows.update(c, "DELETE FROM GOAL_SELF_TREND WHERE GOAL_ID = ?", checkIn.goalId());
            Trend trend = new Trend();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT ID, RATED_AT, RATING FROM CHECK_IN" + " WHERE GOAL_ID = ? AND RATER = 'BENEFICIARY'")) {
                ps.setObject(1, checkIn.goalId());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        trend.add(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class), rating(rs, 3));
                    }
                }
            }
            if (trend.hasLast) {
                storeTrend(c, checkIn.goalId(), trend, false);
            }
        }
    }

    /** The latest rating by one rater; at equal instants the highest (null only when all are null). */
    static final class Latest {
        OffsetDateTime at;
        Integer rating;

        /** Returns whether this rating changed what is kept. */
        boolean add(OffsetDateTime ratedAt, Integer value) {
            if (at == null || ratedAt.isAfter(at)) {
                at = ratedAt;
                rating = value;
                return true;
            }
            if (ratedAt.isEqual(at) && value != null && (rating == null || value > rating)) {
                rating = value;
                return true;
            }
            return false;
        }
    }

    /**
     * The latest two self ratings of a goal, latest first, in a total order that does not depend on the order they
     * are added in: by instant (none comes last), then by id as the database orders UUIDs (unsigned), the larger
     * later; with time-ordered ids, at the same instant the one made later.
     */
    static final class Trend {
        boolean hasLast;
        UUID lastId;
        OffsetDateTime lastAt;
        Integer last;
        boolean hasPrev;
        UUID prevId;
        OffsetDateTime prevAt;
        Integer prev;

        void add(UUID id, OffsetDateTime at, Integer rating) {
            if (!hasLast || later(id, at, lastId, lastAt)) {
                if (hasLast) {
                    hasPrev = true;
                    prevId = lastId;
                    prevAt = lastAt;
                    prev = last;
                }
                hasLast = true;
                lastId = id;
                lastAt = at;
                last = rating;
            } else if (!hasPrev || later(id, at, prevId, prevAt)) {
                hasPrev = true;
                prevId = id;
                prevAt = at;
                prev = rating;
            }
        }

        /** Whether the last two self ratings say the confidence fell. */
        boolean dropping() {
            return hasPrev && last != null && prev != null && last < prev;
        }

        private static boolean later(UUID id, OffsetDateTime at, UUID otherId, OffsetDateTime otherAt) {
            if (at == null || otherAt == null) {
                return at != null || (otherAt == null && unsigned(id, otherId) > 0);
            }
            int byTime = at.compareTo(otherAt);
            return byTime != 0 ? byTime > 0 : unsigned(id, otherId) > 0;
        }

        private static int unsigned(UUID a, UUID b) {
            int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
            return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
        }
    }

    private static Latest latest(Connection c, UUID beneficiaryId, String rater) throws SQLException {
        Latest latest = new Latest();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT RATED_AT, RATING FROM CASELOAD_RATING WHERE BENEFICIARY_ID = ? AND RATER = ?")) {
            ps.setObject(1, beneficiaryId);
            ps.setString(2, rater);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    latest.at = rs.getObject(1, OffsetDateTime.class);
                    latest.rating = rating(rs, 2);
                }
            }
        }
        return latest;
    }

    private static void storeLatest(Connection c, UUID beneficiaryId, String rater, Latest latest, boolean existed)
            throws SQLException {
        if (existed) {
            TriggerRows.update(
                    c,
                    "UPDATE CASELOAD_RATING SET RATED_AT = ?, RATING = ?" + " WHERE BENEFICIARY_ID = ? AND RATER = ?",
                    latest.at,
                    latest.rating,
                    beneficiaryId,
                    rater);
        } else {
            TriggerRows.update(
                    c,
                    "INSERT INTO CASELOAD_RATING (BENEFICIARY_ID, RATER, RATED_AT, RATING)" + " VALUES (?, ?, ?, ?)",
                    beneficiaryId,
                    rater,
                    latest.at,
                    latest.rating);
        }
    }

    private static Trend trend(Connection c, UUID goalId) throws SQLException {
        Trend trend = new Trend();
        try (PreparedStatement ps = c.prepareStatement("SELECT LAST_ID, LAST_AT, LAST_RATING, PREV_ID, PREV_AT,"
                + " PREV_RATING FROM GOAL_SELF_TREND WHERE GOAL_ID = ?")) {
            ps.setObject(1, goalId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    trend.hasLast = true;
                    trend.lastId = rs.getObject(1, UUID.class);
                    trend.lastAt = rs.getObject(2, OffsetDateTime.class);
                    trend.last = rating(rs, 3);
                    trend.prevId = rs.getObject(4, UUID.class);
                    trend.hasPrev = trend.prevId != null;
                    trend.prevAt = rs.getObject(5, OffsetDateTime.class);
                    trend.prev = rating(rs, 6);
                }
            }
        }
        return trend;
    }

    private static void storeTrend(Connection c, UUID goalId, Trend t, boolean existed) throws SQLException {
        if (existed) {
            TriggerRows.update(
                    c,
                    "UPDATE GOAL_SELF_TREND SET LAST_ID = ?, LAST_AT = ?, LAST_RATING = ?, PREV_ID = ?,"
                            + " PREV_AT = ?, PREV_RATING = ? WHERE GOAL_ID = ?",
                    t.lastId,
                    t.lastAt,
                    t.last,
                    t.prevId,
                    t.prevAt,
                    t.prev,
                    goalId);
        } else {
            TriggerRows.update(
                    c,
                    "INSERT INTO GOAL_SELF_TREND (GOAL_ID, LAST_ID, LAST_AT, LAST_RATING, PREV_ID,"
                            + " PREV_AT, PREV_RATING) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    goalId,
                    t.lastId,
                    t.lastAt,
                    t.last,
                    t.prevId,
                    t.prevAt,
                    t.prev);
        }
    }

    private static Integer rating(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}

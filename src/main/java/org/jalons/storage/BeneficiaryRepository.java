package org.jalons.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.RecordKind;

/** Parcours records, and the caseload list built from them. */
public final class BeneficiaryRepository extends RecordRepository<Beneficiary> {
    private final Clock clock;

    public BeneficiaryRepository(Database db, Clock clock, UUID authorId) {
        super(db, RecordKind.BENEFICIARY, clock, authorId);
        this.clock = clock;
    }

    public List<Beneficiary> all() {
        return where("TRUE", "DISPLAY_NAME");
    }

    /**
     * The caseload, sorted by name, with what a counsellor scans for at a glance. Read as a few set-wide queries
     * merged here by person (rather than one query with correlated subqueries per person, which took seconds on
     * 500 people with two years of history): the check-in ratings are read once from a covering index and reduced
     * in one pass.
     */
    public List<CaseloadRow> caseload() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        return db.read(c -> {
            Map<UUID, Summary> people = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT b.ID, b.DISPLAY_NAME,
                      EXISTS (SELECT 1 FROM OUTBOX o WHERE o.BENEFICIARY_ID = b.ID AND o.STATE = 'PENDING') AS PENDING,
                      EXISTS (SELECT 1 FROM PARCOURS_EXIT e WHERE e.BENEFICIARY_ID = b.ID AND e.DELETED = FALSE) AS EXITED
                    FROM BENEFICIARY b WHERE b.DELETED = FALSE
                    ORDER BY LOWER(b.DISPLAY_NAME), b.ID"""); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    people.put(id, new Summary(rs.getString(2), rs.getBoolean(3), rs.getBoolean(4)));
                }
            }
            // Open goals: counted here, and remembered to follow their self ratings.
            Map<UUID, Summary> openGoals = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT g.ID, g.BENEFICIARY_ID, g.TARGET_DATE FROM GOAL g
                    WHERE g.DELETED = FALSE AND g.STATUS IN ('EN_COURS', 'REPORTE')""");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Summary s = people.get(rs.getObject(2, UUID.class));
                    if (s != null) {
                        s.openGoals++;
                        LocalDate target = rs.getObject(3, LocalDate.class);
                        if (target != null && target.isBefore(today)) {
                            s.overdueGoals++;
                        }
                        openGoals.put(rs.getObject(1, UUID.class), s);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT i.BENEFICIARY_ID, MIN(CASE WHEN i.NEXT_APPOINTMENT >= ? THEN i.NEXT_APPOINTMENT END),
                      MAX(i."DATE")
                    FROM INTERVIEW i GROUP BY i.BENEFICIARY_ID""")) {
                ps.setObject(1, now);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Summary s = people.get(rs.getObject(1, UUID.class));
                        if (s != null) {
                            OffsetDateTime next = rs.getObject(2, OffsetDateTime.class);
                            s.nextAppointment = next == null ? null : next.toInstant();
                            s.lastInterview = rs.getObject(3, LocalDate.class);
                        }
                    }
                }
            }
            // Every rating once: the latest per person and rater, and the latest two self ratings per open goal.
            Map<UUID, GoalRatings> goalRatings = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT ci.BENEFICIARY_ID, ci.GOAL_ID, ci.RATER, ci.RATED_AT, ci.RATING FROM CHECK_IN ci
                    WHERE ci.RATER IN ('BENEFICIARY', 'COUNSELLOR')"""); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Summary s = people.get(rs.getObject(1, UUID.class));
                    OffsetDateTime at = rs.getObject(4, OffsetDateTime.class);
                    int value = rs.getInt(5);
                    Integer rating = rs.wasNull() ? null : value;
                    boolean self = "BENEFICIARY".equals(rs.getString(3));
                    if (s != null && at != null) {
                        s.rated(self, at.toInstant(), rating);
                    }
                    UUID goal = self ? rs.getObject(2, UUID.class) : null;
                    if (goal != null && openGoals.containsKey(goal)) {
                        goalRatings.computeIfAbsent(goal, g -> new GoalRatings()).add(at == null ? null : at.toInstant(),
                                rating);
                    }
                }
            }
            // Follow-ups six months after an exit that are due and not recorded yet.
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT DISTINCT f.BENEFICIARY_ID FROM FOLLOW_UP f
                    WHERE f.DELETED = FALSE AND f.DONE_DATE IS NULL AND f.DUE_DATE <= ?""")) {
                ps.setObject(1, today);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Summary s = people.get(rs.getObject(1, UUID.class));
                        if (s != null) {
                            s.followUpDue = true;
                        }
                    }
                }
            }
            goalRatings.forEach((goal, r) -> {
                if (r.dropping()) {
                    openGoals.get(goal).dropping = true;
                }
            });
            List<CaseloadRow> rows = new ArrayList<>(people.size());
            people.forEach((id, s) -> rows.add(new CaseloadRow(id, s.name, s.openGoals, s.overdueGoals,
                    s.selfRating, s.counsellorRating, s.nextAppointment, s.lastInterview, s.pending, s.exited,
                    s.dropping, s.followUpDue)));
            return rows;
        });
    }

    /** One person's line being assembled from the set-wide queries. */
    private static final class Summary {
        final String name;
        final boolean pending;
        final boolean exited;
        int openGoals;
        int overdueGoals;
        Instant selfAt;
        Integer selfRating;
        Instant counsellorAt;
        Integer counsellorRating;
        Instant nextAppointment;
        LocalDate lastInterview;
        boolean dropping;
        boolean followUpDue;

        Summary(String name, boolean pending, boolean exited) {
            this.name = name;
            this.pending = pending;
            this.exited = exited;
        }

        /** The latest rating by a rater; at equal instants, the highest (as MAX over the latest did). */
        void rated(boolean self, Instant at, Integer rating) {
            Instant latest = self ? selfAt : counsellorAt;
            Integer current = self ? selfRating : counsellorRating;
            Integer kept;
            if (latest == null || at.isAfter(latest)) {
                latest = at;
                kept = rating;
            } else if (at.equals(latest)) {
                kept = current == null ? rating : rating == null ? current : Math.max(current, rating);
            } else {
                return;
            }
            if (self) {
                selfAt = latest;
                selfRating = kept;
            } else {
                counsellorAt = latest;
                counsellorRating = kept;
            }
        }
    }

    /**
     * The latest two self ratings of a goal, in the order of ORDER BY RATED_AT DESC (no instant comes last). At
     * equal instants the first read is kept, as the SQL order left ties unspecified.
     */
    private static final class GoalRatings {
        Instant firstAt;
        Integer first;
        boolean hasFirst;
        Instant secondAt;
        Integer second;
        boolean hasSecond;

        void add(Instant at, Integer rating) {
            if (!hasFirst || later(at, firstAt)) {
                if (hasFirst) {
                    secondAt = firstAt;
                    second = first;
                    hasSecond = true;
                }
                firstAt = at;
                first = rating;
                hasFirst = true;
            } else if (!hasSecond || later(at, secondAt)) {
                secondAt = at;
                second = rating;
                hasSecond = true;
            }
        }

        private static boolean later(Instant a, Instant b) {
            return a != null && (b == null || a.isAfter(b));
        }

        boolean dropping() {
            return hasSecond && first != null && second != null && first < second;
        }
    }
}

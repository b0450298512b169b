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
     * 500 people with two years of history). The ratings come from the caseload digest that a trigger keeps on
     * CHECK_IN (V10, {@link CheckInDigest}), and upcoming appointments from an index by date: no query reads a
     * person's whole history.
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
                    SELECT i.BENEFICIARY_ID, MIN(i.NEXT_APPOINTMENT) FROM INTERVIEW i
                    WHERE i.NEXT_APPOINTMENT >= ? GROUP BY i.BENEFICIARY_ID""")) {
                ps.setObject(1, now);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Summary s = people.get(rs.getObject(1, UUID.class));
                        if (s != null) {
                            s.nextAppointment = rs.getObject(2, OffsetDateTime.class).toInstant();
                        }
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT i.BENEFICIARY_ID, MAX(i."DATE") FROM INTERVIEW i GROUP BY i.BENEFICIARY_ID""");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Summary s = people.get(rs.getObject(1, UUID.class));
                    if (s != null) {
                        s.lastInterview = rs.getObject(2, LocalDate.class);
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
            // The latest rating per person and rater, and the goals whose latest self rating fell: from the digest
            // the CHECK_IN trigger keeps (V10), not from every check-in.
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT BENEFICIARY_ID, RATER, RATING FROM CASELOAD_RATING"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Summary s = people.get(rs.getObject(1, UUID.class));
                    int value = rs.getInt(3);
                    Integer rating = rs.wasNull() ? null : value;
                    if (s != null) {
                        if (CheckInDigest.SELF.equals(rs.getString(2))) {
                            s.selfRating = rating;
                        } else {
                            s.counsellorRating = rating;
                        }
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT GOAL_ID FROM GOAL_SELF_TREND WHERE LAST_RATING < PREV_RATING""");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Summary s = openGoals.get(rs.getObject(1, UUID.class));
                    if (s != null) {
                        s.dropping = true;
                    }
                }
            }
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
        Integer selfRating;
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
    }
}

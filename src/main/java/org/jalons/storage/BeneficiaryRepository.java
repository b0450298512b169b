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
import org.jalons.domain.Exit;
import org.jalons.domain.FollowUp;
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
     * CHECK_IN (V10, {@link CheckInDigest}), the latest interviews from the one kept on INTERVIEW (V13,
     * {@link InterviewDigest}), the changes waiting to be sent from the one kept on OUTBOX (V14,
     * {@link PendingDigest}), and upcoming appointments from an index by date: no query reads a person's whole
     * history.
     */
    public List<CaseloadRow> caseload() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        return db.read(c -> {
            Map<UUID, Summary> people = new LinkedHashMap<>();
            // Changes waiting to be sent, per person: from the digest the OUTBOX trigger keeps (V14).
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT b.ID, b.DISPLAY_NAME, COALESCE(p.N, 0) > 0 AS PENDING
                    FROM BENEFICIARY b LEFT JOIN OUTBOX_PENDING p ON p.BENEFICIARY_ID = b.ID
                    WHERE b.DELETED = FALSE
                    ORDER BY LOWER(b.DISPLAY_NAME), b.ID""");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    people.put(id, new Summary(rs.getString(2), rs.getBoolean(3)));
                }
            }
            // Exits, each with its planned follow-up: the latest exit's follow-up may be due (FollowUp.isDue, the
            // rule the person's file shows at its top). In the file's order: the first of equal exit dates and of
            // an exit's follow-ups counts.
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT e.BENEFICIARY_ID, e.ID, e.EXIT_DATE, e.FOLLOW_UP_DUE, f.ID, f.DUE_DATE, f.DONE_DATE
                    FROM PARCOURS_EXIT e LEFT JOIN FOLLOW_UP f ON f.EXIT_ID = e.ID AND f.DELETED = FALSE
                    WHERE e.DELETED = FALSE ORDER BY e.UPDATED_AT, f.UPDATED_AT""");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    UUID who = rs.getObject(1, UUID.class);
                    Summary s = people.get(who);
                    LocalDate exitDate = rs.getObject(3, LocalDate.class);
                    if (s == null || exitDate == null) {
                        continue;
                    }
                    s.exited = true;
                    UUID exitId = rs.getObject(2, UUID.class);
                    if (s.exit == null || exitDate.isAfter(s.exit.exitDate())) {
                        s.exit = new Exit(exitId, who, exitDate, null, null, rs.getObject(4, LocalDate.class));
                        s.plannedFollowUp = null;
                    }
                    UUID followUpId = rs.getObject(5, UUID.class);
                    if (followUpId != null && s.exit.id().equals(exitId) && s.plannedFollowUp == null) {
                        s.plannedFollowUp = new FollowUp(
                                followUpId,
                                who,
                                exitId,
                                rs.getObject(6, LocalDate.class),
                                rs.getObject(7, LocalDate.class),
                                null,
                                null);
                    }
                }
            }
            for (Summary s : people.values()) {
                s.followUpDue = s.exit != null && FollowUp.isDue(s.exit, s.plannedFollowUp, today);
            }
            // Open goals: counted here, and remembered to follow their self ratings.
            Map<UUID, Summary> openGoals = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT g.ID, g.BENEFICIARY_ID, g.TARGET_DATE, g.PROPOSED_STATUS FROM GOAL g
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
                        if (rs.getString(4) != null) {
                            s.proposals++;
                        }
                        openGoals.put(rs.getObject(1, UUID.class), s);
                    }
                }
            }
            // Interviews are append-only (RecordKind.INTERVIEW): never deleted, so this reads no DELETED flag. Only
            // each interview's current words count: an original or a correction with no later correction (V26,
            // domain.Corrections: latest AMENDED_AT, then id as text).
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT i.BENEFICIARY_ID, MIN(i.NEXT_APPOINTMENT) FROM INTERVIEW i
                    WHERE i.NEXT_APPOINTMENT >= ?
                    AND NOT EXISTS (SELECT 1 FROM INTERVIEW a WHERE a.AMENDS = COALESCE(i.AMENDS, i.ID)
                        AND a.ID <> i.ID AND (i.AMENDS IS NULL OR a.AMENDED_AT > i.AMENDED_AT
                            OR (a.AMENDED_AT = i.AMENDED_AT AND CAST(a.ID AS VARCHAR) > CAST(i.ID AS VARCHAR))))
                    GROUP BY i.BENEFICIARY_ID""")) {
                ps.setObject(1, now);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Summary s = people.get(rs.getObject(1, UUID.class));
                        if (s != null) {
                            s.nextAppointment =
                                    rs.getObject(2, OffsetDateTime.class).toInstant();
                        }
                    }
                }
            }
            // The latest interview of each person, from the digest the INTERVIEW trigger keeps (V13).
            try (PreparedStatement ps =
                            c.prepareStatement("SELECT BENEFICIARY_ID, LAST_DATE FROM CASELOAD_LAST_INTERVIEW");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Summary s = people.get(rs.getObject(1, UUID.class));
                    if (s != null) {
                        s.lastInterview = rs.getObject(2, LocalDate.class);
                    }
                }
            }
            // The latest rating per person and rater, and the goals whose latest self rating fell: from the digest
            // the CHECK_IN trigger keeps (V10), not from every check-in.
            try (PreparedStatement ps =
                            c.prepareStatement("SELECT BENEFICIARY_ID, RATER, RATING FROM CASELOAD_RATING");
                    ResultSet rs = ps.executeQuery()) {
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
            people.forEach((id, s) -> rows.add(new CaseloadRow(
                    id,
                    s.name,
                    s.openGoals,
                    s.overdueGoals,
                    s.selfRating,
                    s.counsellorRating,
                    s.nextAppointment,
                    s.lastInterview,
                    s.pending,
                    s.exited,
                    s.dropping,
                    s.followUpDue,
                    s.proposals)));
            return rows;
        });
    }

    /** One person's line being assembled from the set-wide queries. */
    private static final class Summary {
        final String name;
        final boolean pending;
        boolean exited;
        Exit exit;
        FollowUp plannedFollowUp;
        int openGoals;
        int overdueGoals;
        int proposals;
        Integer selfRating;
        Integer counsellorRating;
        Instant nextAppointment;
        LocalDate lastInterview;
        boolean dropping;
        boolean followUpDue;

        Summary(String name, boolean pending) {
            this.name = name;
            this.pending = pending;
        }
    }
}

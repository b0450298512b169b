package org.jalons.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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

    /** The caseload, sorted by name, with what a counsellor scans for at a glance. */
    public List<CaseloadRow> caseload() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT b.ID, b.DISPLAY_NAME,
                      (SELECT COUNT(*) FROM GOAL g WHERE g.BENEFICIARY_ID = b.ID AND g.DELETED = FALSE
                          AND g.STATUS IN ('EN_COURS', 'REPORTE')) AS OPEN_GOALS,
                      (SELECT COUNT(*) FROM GOAL g WHERE g.BENEFICIARY_ID = b.ID AND g.DELETED = FALSE
                          AND g.STATUS IN ('EN_COURS', 'REPORTE') AND g.TARGET_DATE < ?) AS OVERDUE_GOALS,
                      (SELECT MAX(ci.RATING) FROM CHECK_IN ci WHERE ci.BENEFICIARY_ID = b.ID AND ci.RATER = 'BENEFICIARY'
                          AND ci.RATED_AT = (SELECT MAX(l.RATED_AT) FROM CHECK_IN l WHERE l.BENEFICIARY_ID = b.ID
                              AND l.RATER = 'BENEFICIARY')) AS SELF_RATING,
                      (SELECT MAX(ci.RATING) FROM CHECK_IN ci WHERE ci.BENEFICIARY_ID = b.ID AND ci.RATER = 'COUNSELLOR'
                          AND ci.RATED_AT = (SELECT MAX(l.RATED_AT) FROM CHECK_IN l WHERE l.BENEFICIARY_ID = b.ID
                              AND l.RATER = 'COUNSELLOR')) AS COUNSELLOR_RATING,
                      (SELECT MIN(i.NEXT_APPOINTMENT) FROM INTERVIEW i WHERE i.BENEFICIARY_ID = b.ID
                          AND i.NEXT_APPOINTMENT >= ?) AS NEXT_APPOINTMENT,
                      (SELECT MAX(i."DATE") FROM INTERVIEW i WHERE i.BENEFICIARY_ID = b.ID) AS LAST_INTERVIEW,
                      EXISTS (SELECT 1 FROM OUTBOX o WHERE o.BENEFICIARY_ID = b.ID AND o.STATE = 'PENDING') AS PENDING,
                      EXISTS (SELECT 1 FROM PARCOURS_EXIT e WHERE e.BENEFICIARY_ID = b.ID AND e.DELETED = FALSE) AS EXITED,
                      EXISTS (SELECT 1 FROM GOAL g WHERE g.BENEFICIARY_ID = b.ID AND g.DELETED = FALSE
                          AND g.STATUS IN ('EN_COURS', 'REPORTE')
                          AND (SELECT ci.RATING FROM CHECK_IN ci WHERE ci.GOAL_ID = g.ID AND ci.RATER = 'BENEFICIARY'
                              ORDER BY ci.RATED_AT DESC LIMIT 1)
                            < (SELECT ci.RATING FROM CHECK_IN ci WHERE ci.GOAL_ID = g.ID AND ci.RATER = 'BENEFICIARY'
                              ORDER BY ci.RATED_AT DESC LIMIT 1 OFFSET 1)) AS DROPPING
                    FROM BENEFICIARY b WHERE b.DELETED = FALSE
                    ORDER BY LOWER(b.DISPLAY_NAME), b.ID""")) {
                ps.setObject(1, today);
                ps.setObject(2, clock.instant().atOffset(ZoneOffset.UTC));
                List<CaseloadRow> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        OffsetDateTime next = rs.getObject("NEXT_APPOINTMENT", OffsetDateTime.class);
                        rows.add(new CaseloadRow(rs.getObject("ID", UUID.class), rs.getString("DISPLAY_NAME"),
                                rs.getInt("OPEN_GOALS"), rs.getInt("OVERDUE_GOALS"),
                                (Integer) rs.getObject("SELF_RATING"), (Integer) rs.getObject("COUNSELLOR_RATING"),
                                next == null ? null : next.toInstant(),
                                rs.getObject("LAST_INTERVIEW", LocalDate.class),
                                rs.getBoolean("PENDING"), rs.getBoolean("EXITED"), rs.getBoolean("DROPPING")));
                    }
                }
                return rows;
            }
        });
    }
}

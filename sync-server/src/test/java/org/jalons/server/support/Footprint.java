package org.jalons.server.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Row counts of everything an organisation has in the database, to prove a refusal wrote nothing. */
public final class Footprint {

    private static final Map<String, String> COUNTS = new LinkedHashMap<>();

    static {
        COUNTS.put("records", "select count(*) from sync_record where organisation_id = ?");
        COUNTS.put("appliedChanges", "select count(*) from applied_change where organisation_id = ?");
        COUNTS.put("audit", "select count(*) from audit_log where organisation_id = ?");
        COUNTS.put("users", "select count(*) from app_user where organisation_id = ?");
        COUNTS.put(
                "devices",
                "select count(*) from device d join app_user u on u.id = d.user_id"
                        + " where u.organisation_id = ? and d.revoked_at is null");
        COUNTS.put(
                "caseloads",
                "select count(*) from caseload c join app_user u on u.id = c.counsellor_id"
                        + " where u.organisation_id = ?");
        COUNTS.put(
                "pairingCodes",
                "select count(*) from pairing_code p join app_user u on u.id = p.user_id"
                        + " where u.organisation_id = ? and p.used_at is null");
        COUNTS.put("consents", "select count(*) from consent_state where organisation_id = ?");
    }

    private Footprint() {}

    public static Map<String, Long> of(Backend backend, UUID organisationId) {
        try (Connection c = TestServers.sharedDatabase(backend)) {
            return of(c, organisationId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same counts in the database behind {@code c} (a dedicated server's). */
    public static Map<String, Long> of(Connection c, UUID organisationId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, String> count : COUNTS.entrySet()) {
                try (PreparedStatement s = c.prepareStatement(count.getValue())) {
                    s.setObject(1, organisationId);
                    try (ResultSet rows = s.executeQuery()) {
                        rows.next();
                        counts.put(count.getKey(), rows.getLong(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }
}

package org.jalons.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The consent in force per beneficiary and category: the latest received by the server. */
public final class ConsentStore {

    public record Consent(String category, boolean granted) {}

    /**
     * The consent just received is the one in force: pushes are applied one after the other under the counter lock,
     * so the order of receipt is the order of the server's seq. {@code recordedAt} is the device's word only (kept
     * for the record): a phone with a wrong clock must not make an old consent outlive a later withdrawal.
     */
    public void record(
            Connection c, UUID organisationId, UUID beneficiaryId, String category, boolean granted, Instant recordedAt)
            throws SQLException {
        int updated = Jdbc.update(c, """
                update consent_state set granted = ?, recorded_at = ?
                where organisation_id = ? and beneficiary_id = ? and category = ?
                """, granted, recordedAt, organisationId, beneficiaryId, category);
        if (updated == 0) {
            Jdbc.update(c, """
                    insert into consent_state (organisation_id, beneficiary_id, category, granted, recorded_at)
                    values (?, ?, ?, ?, ?)
                    """, organisationId, beneficiaryId, category, granted, recordedAt);
        }
    }

    public boolean isGranted(Connection c, UUID organisationId, UUID beneficiaryId, String category)
            throws SQLException {
        return Jdbc.one(c, """
                select granted from consent_state
                where organisation_id = ? and beneficiary_id = ? and category = ?
                """, row -> row.getBoolean(1), organisationId, beneficiaryId, category)
                .orElse(false);
    }

    public List<String> grantedCategories(Connection c, UUID organisationId, UUID beneficiaryId) throws SQLException {
        return Jdbc.list(c, """
                select category from consent_state
                where organisation_id = ? and beneficiary_id = ? and granted = true
                order by category
                """, row -> row.getString(1), organisationId, beneficiaryId);
    }
}

package org.jalons.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The consent in force per beneficiary and category: the latest by recordedAt. */
public final class ConsentStore {

    public record Consent(String category, boolean granted) {
    }

    public void record(Connection c, UUID organisationId, UUID beneficiaryId, String category, boolean granted,
                       Instant recordedAt) throws SQLException {
        Optional<Instant> current = Jdbc.one(c, """
                select recorded_at from consent_state
                where organisation_id = ? and beneficiary_id = ? and category = ?
                """, row -> Jdbc.instant(row, "recorded_at"), organisationId, beneficiaryId, category);
        if (current.isEmpty()) {
            Jdbc.update(c, """
                    insert into consent_state (organisation_id, beneficiary_id, category, granted, recorded_at)
                    values (?, ?, ?, ?, ?)
                    """, organisationId, beneficiaryId, category, granted, recordedAt);
        } else if (!recordedAt.isBefore(current.get())) {
            Jdbc.update(c, """
                    update consent_state set granted = ?, recorded_at = ?
                    where organisation_id = ? and beneficiary_id = ? and category = ?
                    """, granted, recordedAt, organisationId, beneficiaryId, category);
        }
    }

    public boolean isGranted(Connection c, UUID organisationId, UUID beneficiaryId, String category)
            throws SQLException {
        return Jdbc.one(c, """
                select granted from consent_state
                where organisation_id = ? and beneficiary_id = ? and category = ?
                """, row -> row.getBoolean(1), organisationId, beneficiaryId, category).orElse(false);
    }

    public List<String> grantedCategories(Connection c, UUID organisationId, UUID beneficiaryId)
            throws SQLException {
        return Jdbc.list(c, """
                select category from consent_state
                where organisation_id = ? and beneficiary_id = ? and granted = true
                order by category
                """, row -> row.getString(1), organisationId, beneficiaryId);
    }
}

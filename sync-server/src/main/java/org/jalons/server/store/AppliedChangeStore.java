package org.jalons.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Every applied change id with the hash of its content and the result sent back (idempotency). */
public final class AppliedChangeStore {

    public record AppliedChange(String contentHash, String result) {
    }

    public Optional<AppliedChange> find(Connection c, UUID organisationId, UUID changeId) throws SQLException {
        return Jdbc.one(c, """
                select content_hash, result from applied_change
                where organisation_id = ? and change_id = ?
                """, row -> new AppliedChange(row.getString(1), row.getString(2)), organisationId, changeId);
    }

    public void insert(Connection c, UUID organisationId, UUID changeId, String contentHash, String result,
                       Instant now) throws SQLException {
        Jdbc.update(c, """
                insert into applied_change (organisation_id, change_id, content_hash, result, applied_at)
                values (?, ?, ?, ?, ?)
                """, organisationId, changeId, contentHash, result, now);
    }
}

package org.jalons.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One-time pairing codes, stored as hashes. */
public final class PairingCodeStore {

    public void insert(Connection c, String codeHash, UUID userId, Instant expiresAt) throws SQLException {
        Jdbc.update(c, """
                insert into pairing_code (code_hash, user_id, expires_at) values (?, ?, ?)
                """, codeHash, userId, expiresAt);
    }

    /**
     * Marks a valid code used and returns its user. The conditional update makes the code
     * single-use even when two devices race with it.
     */
    public Optional<UUID> consume(Connection c, String codeHash, Instant now) throws SQLException {
        Optional<UUID> userId = Jdbc.one(c, """
                select user_id from pairing_code
                where code_hash = ? and used_at is null and expires_at > ?
                """, row -> Jdbc.uuid(row, "user_id"), codeHash, now);
        if (userId.isEmpty()) {
            return Optional.empty();
        }
        int updated = Jdbc.update(c, """
                update pairing_code set used_at = ? where code_hash = ? and used_at is null
                """, now, codeHash);
        return updated == 1 ? userId : Optional.empty();
    }
}

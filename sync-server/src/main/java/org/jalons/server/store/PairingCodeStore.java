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
                select p.user_id from pairing_code p join app_user u on u.id = p.user_id
                where p.code_hash = ? and p.used_at is null and p.expires_at > ? and u.deactivated_at is null
                """, row -> Jdbc.uuid(row, "user_id"), codeHash, now);
        if (userId.isEmpty()) {
            return Optional.empty();
        }
        int updated = Jdbc.update(c, """
                update pairing_code set used_at = ? where code_hash = ? and used_at is null
                """, now, codeHash);
        return updated == 1 ? userId : Optional.empty();
    }

    /** Ends the codes of an account not used yet (it is deactivated: none may pair a phone, even once reactivated). */
    public void expireUnused(Connection c, UUID userId, Instant now) throws SQLException {
        Jdbc.update(c, """
                update pairing_code set expires_at = ? where user_id = ? and used_at is null and expires_at > ?
                """, now, userId, now);
    }
}

package org.jalons.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jalons.domain.LocalProfile;
import org.jalons.protocol.Vocabulary.Role;

/** The one row saying who uses this store; it lives inside the encrypted file, never beside it. */
final class ProfileDao {
    private ProfileDao() {}

    static Optional<LocalProfile> read(Database db) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM LOCAL_PROFILE WHERE SINGLETON = 1");
                    ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new LocalProfile(
                                rs.getObject("USER_ID", UUID.class),
                                rs.getString("DISPLAY_NAME"),
                                Role.valueOf(rs.getString("ROLE")),
                                rs.getObject("BENEFICIARY_ID", UUID.class)))
                        : Optional.empty();
            }
        });
    }

    static void write(Connection c, LocalProfile p, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                MERGE INTO LOCAL_PROFILE (SINGLETON, USER_ID, DISPLAY_NAME, ROLE, BENEFICIARY_ID, CREATED_AT)
                KEY (SINGLETON) VALUES (1, ?, ?, ?, ?, ?)""")) {
            ps.setObject(1, p.userId());
            ps.setString(2, p.displayName());
            ps.setString(3, p.role().code());
            ps.setObject(4, p.beneficiaryId());
            ps.setObject(5, now.atOffset(ZoneOffset.UTC));
            ps.executeUpdate();
        }
    }
}

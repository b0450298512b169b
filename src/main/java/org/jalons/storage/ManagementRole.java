package org.jalons.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;
import org.jalons.protocol.Vocabulary.Role;

/**
 * A management profile (supervisor or admin) takes the role of the account its phone is paired with: someone who
 * made a "Direction" profile and then paired with an admin's code gets the admin's screens (and the other way
 * round). Only between these two roles: a counsellor's or a person's profile holds records of its own, whose rules
 * a role change would not follow. The server grants only what the account's role allows either way.
 */
public final class ManagementRole {
    private static final Set<Role> MANAGEMENT = Set.of(Role.SUPERVISOR, Role.ADMIN);

    private ManagementRole() {}

    /** The role the profile takes for an account of role {@code account} (a wire name), or null: it keeps its own. */
    public static Role follow(Role profile, String account) {
        if (!MANAGEMENT.contains(profile) || account == null) {
            return null;
        }
        Role paired;
        try {
            paired = Role.valueOf(account);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return MANAGEMENT.contains(paired) && paired != profile ? paired : null;
    }

    /** Writes the profile's new role, in the pairing's transaction. */
    public static void set(Connection c, Role role) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE LOCAL_PROFILE SET ROLE = ? WHERE SINGLETON = 1")) {
            ps.setString(1, role.name());
            ps.executeUpdate();
        }
    }
}

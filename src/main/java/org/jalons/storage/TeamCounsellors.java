package org.jalons.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jalons.domain.TeamCounsellor;

/**
 * On a supervisor's or admin's device, the organisation's counsellors as the server last listed them, inside the
 * encrypted store: the names the dashboard filters by.
 */
public final class TeamCounsellors {
    private final Database db;

    TeamCounsellors(Database db) {
        this.db = db;
    }

    /** The team, in the server's order (by name). */
    public List<TeamCounsellor> all() {
        return db.read(c -> {
            List<TeamCounsellor> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                            "SELECT COUNSELLOR_ID, DISPLAY_NAME FROM TEAM_COUNSELLOR ORDER BY POSITION");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new TeamCounsellor(
                            rs.getObject("COUNSELLOR_ID", UUID.class), rs.getString("DISPLAY_NAME")));
                }
            }
            return list;
        });
    }

    /**
     * Keeps {@code team} in place of the last list, in one transaction. One the server sent without an id or with an
     * unusable name is left out (the others are kept); an id listed twice is kept once.
     */
    public void replace(List<TeamCounsellor> team) {
        db.inTransaction(c -> {
            forget(c);
            int position = 0;
            for (TeamCounsellor counsellor : team) {
                if (counsellor.keepable()) {
                    try (PreparedStatement ps = c.prepareStatement("""
                            MERGE INTO TEAM_COUNSELLOR (COUNSELLOR_ID, POSITION, DISPLAY_NAME)
                            KEY (COUNSELLOR_ID) VALUES (?, ?, ?)""")) {
                        ps.setObject(1, counsellor.id());
                        ps.setInt(2, position++);
                        ps.setString(3, counsellor.displayName().strip());
                        ps.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    /** The previous user's team leaves the device (pairing as another user); rows removed. */
    public static int forget(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM TEAM_COUNSELLOR")) {
            return ps.executeUpdate();
        }
    }
}

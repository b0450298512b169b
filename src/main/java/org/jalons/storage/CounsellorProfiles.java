package org.jalons.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jalons.domain.CounsellorProfile;
import org.jalons.domain.MyCounsellor;
import org.jalons.domain.ValidationException;

/**
 * How counsellors are shown to the people they support, inside the encrypted store: on a counsellor's phone their
 * own profile, saved at once and sent at the next sync; on a person's phone their counsellors' profiles as the server
 * last gave them.
 */
public final class CounsellorProfiles {

    /** The own profile and the revision of its last save, to mark that save sent once the server took it. */
    public record Unsent(CounsellorProfile profile, long revision) {}

    private final Database db;

    CounsellorProfiles(Database db) {
        this.db = db;
    }

    public Optional<CounsellorProfile> own() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                            SELECT DISPLAY_NAME, ADDRESS_FORM, WORK_PHONE FROM OWN_COUNSELLOR_PROFILE
                            WHERE SINGLETON = 1""");
                    ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(profile(rs)) : Optional.empty();
            }
        });
    }

    /** Saves the own profile (checked first: what the server would refuse is never kept); it waits to be sent. */
    public void saveOwn(CounsellorProfile profile) {
        if (!profile.violations().isEmpty()) {
            throw new ValidationException(profile.violations());
        }
        db.inTransaction(c -> {
            long revision = 0;
            long sent = 0;
            try (PreparedStatement ps = c.prepareStatement(
                            "SELECT REVISION, SENT_REVISION FROM OWN_COUNSELLOR_PROFILE WHERE SINGLETON = 1");
                    ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    revision = rs.getLong(1);
                    sent = rs.getLong(2);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    MERGE INTO OWN_COUNSELLOR_PROFILE (SINGLETON, DISPLAY_NAME, ADDRESS_FORM, WORK_PHONE, REVISION,
                        SENT_REVISION)
                    KEY (SINGLETON) VALUES (1, ?, ?, ?, ?, ?)""")) {
                ps.setString(1, profile.displayName().strip());
                ps.setString(2, profile.addressForm());
                ps.setString(3, blankToNull(profile.workPhone()));
                ps.setLong(4, revision + 1);
                ps.setLong(5, sent);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The own profile when its last save has not reached the server yet. */
    public Optional<Unsent> unsent() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                            SELECT DISPLAY_NAME, ADDRESS_FORM, WORK_PHONE, REVISION FROM OWN_COUNSELLOR_PROFILE
                            WHERE SINGLETON = 1 AND REVISION > SENT_REVISION""");
                    ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Unsent(profile(rs), rs.getLong("REVISION"))) : Optional.empty();
            }
        });
    }

    /** The server took the save {@code revision}; a later save stays unsent. */
    public void markSent(long revision) {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    UPDATE OWN_COUNSELLOR_PROFILE SET SENT_REVISION = GREATEST(SENT_REVISION, ?)
                    WHERE SINGLETON = 1""")) {
                ps.setLong(1, revision);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The person's counsellors, in the server's order (by name). */
    public List<MyCounsellor> mine() {
        return db.read(c -> {
            List<MyCounsellor> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                            SELECT COUNSELLOR_ID, DISPLAY_NAME, ADDRESS_FORM, WORK_PHONE FROM MY_COUNSELLOR
                            ORDER BY POSITION""");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new MyCounsellor(rs.getObject("COUNSELLOR_ID", UUID.class), profile(rs)));
                }
            }
            return list;
        });
    }

    /**
     * Keeps {@code counsellors} as the person's counsellors, in one transaction. One the server sent that breaks the
     * rules is left out rather than stored (the others are kept).
     */
    public void replaceMine(List<MyCounsellor> counsellors) {
        db.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM MY_COUNSELLOR")) {
                delete.executeUpdate();
            }
            int position = 0;
            for (MyCounsellor counsellor : counsellors) {
                if (counsellor.id() != null && counsellor.profile().violations().isEmpty()) {
                    insert(c, counsellor, position++);
                }
            }
            return null;
        });
    }

    /** The previous user's profile and counsellors leave the phone (pairing as another user); rows removed. */
    public static int forget(Connection c) throws SQLException {
        int removed = 0;
        for (String table : List.of("OWN_COUNSELLOR_PROFILE", "MY_COUNSELLOR")) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table)) {
                removed += ps.executeUpdate();
            }
        }
        return removed;
    }

    private static void insert(Connection c, MyCounsellor counsellor, int position) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                MERGE INTO MY_COUNSELLOR (COUNSELLOR_ID, POSITION, DISPLAY_NAME, ADDRESS_FORM, WORK_PHONE)
                KEY (COUNSELLOR_ID) VALUES (?, ?, ?, ?, ?)""")) {
            ps.setObject(1, counsellor.id());
            ps.setInt(2, position);
            ps.setString(3, counsellor.profile().displayName());
            ps.setString(4, counsellor.profile().addressForm());
            ps.setString(5, blankToNull(counsellor.profile().workPhone()));
            ps.executeUpdate();
        }
    }

    private static CounsellorProfile profile(ResultSet rs) throws SQLException {
        return new CounsellorProfile(
                rs.getString("DISPLAY_NAME"), rs.getString("ADDRESS_FORM"), rs.getString("WORK_PHONE"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

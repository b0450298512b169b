package org.jalons.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Unfinished forms and flows, kept in the encrypted store under a {@link DraftKey} such as the home visit of a person: a
 * draft survives navigation, locking and a restart, and is cleared when its content is saved as records.
 */
public final class Drafts implements DraftStore {
    public static final int MAX_KEY_LENGTH = 200;

    private final Database db;
    private final Clock clock;

    public Drafts(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void save(DraftKey draft, Map<String, Object> content) {
        String key = checkKey(draft);
        String json = Json.write(content);
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "MERGE INTO DRAFT (DRAFT_KEY, CONTENT, UPDATED_AT) KEY (DRAFT_KEY) VALUES (?, ?, ?)")) {
                ps.setString(1, key);
                ps.setString(2, json);
                ps.setObject(3, clock.instant().atOffset(ZoneOffset.UTC));
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<Map<String, Object>> load(DraftKey draft) {
        String key = checkKey(draft);
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT CONTENT FROM DRAFT WHERE DRAFT_KEY = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(Json.readMap(rs.getString(1))) : Optional.empty();
                }
            }
        });
    }

    /** The drafts of one form, most recent first, e.g. every home visit in progress. */
    public List<DraftKey> keys(DraftKey.Form form) {
        String prefix = DraftKey.of(form, "").stored();
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT DRAFT_KEY FROM DRAFT WHERE DRAFT_KEY LIKE ? ESCAPE '!' ORDER BY UPDATED_AT DESC")) {
                ps.setString(1, prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
                List<DraftKey> keys = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        DraftKey key = DraftKey.parse(rs.getString(1));
                        if (key != null && key.form() == form) {
                            keys.add(key);
                        }
                    }
                }
                return keys;
            }
        });
    }

    @Override
    public void clear(DraftKey draft) {
        String key = checkKey(draft);
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM DRAFT WHERE DRAFT_KEY = ?")) {
                ps.setString(1, key);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static String checkKey(DraftKey draft) {
        String key = draft == null ? null : draft.stored();
        if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new IllegalArgumentException("A draft key is 1 to " + MAX_KEY_LENGTH + " characters");
        }
        return key;
    }
}

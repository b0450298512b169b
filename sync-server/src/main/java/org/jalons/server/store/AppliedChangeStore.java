package org.jalons.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Every applied change id with the hash of its content and the result sent back (idempotency), per user who
 * sent it: another user's change id is unknown here, so reusing it reveals nothing.
 */
public final class AppliedChangeStore {

    public record AppliedChange(String contentHash, String result) {}

    public Optional<AppliedChange> find(Connection c, UUID organisationId, UUID userId, UUID changeId)
            throws SQLException {
        return Jdbc.one(
                c, """
                select content_hash, result from applied_change
                where organisation_id = ? and user_id = ? and change_id = ?
                """, row -> new AppliedChange(row.getString(1), row.getString(2)), organisationId, userId, changeId);
    }

    /** The applied changes among {@code changeIds}, by change id: one query for a whole push. */
    public Map<UUID, AppliedChange> findAll(Connection c, UUID organisationId, UUID userId, List<UUID> changeIds)
            throws SQLException {
        Map<UUID, AppliedChange> found = new HashMap<>();
        for (int from = 0; from < changeIds.size(); from += Jdbc.IN_CHUNK) {
            List<UUID> chunk = changeIds.subList(from, Math.min(changeIds.size(), from + Jdbc.IN_CHUNK));
            List<Object> args = new ArrayList<>(chunk);
            args.add(organisationId);
            args.add(userId);
            Jdbc.list(
                    c,
                    "select a.change_id, a.content_hash, a.result from " + Jdbc.uuidTable(chunk.size())
                            + " join applied_change a on a.organisation_id = ? and a.user_id = ? and a.change_id = v.id",
                    row -> found.put(
                            Jdbc.uuid(row, "change_id"),
                            new AppliedChange(row.getString("content_hash"), row.getString("result"))),
                    args.toArray());
        }
        return found;
    }

    /** One row to insert with {@link #insertAll}. */
    public record NewAppliedChange(UUID changeId, String contentHash, String result, Instant appliedAt) {}

    /** Inserts the applied changes of a push as one JDBC batch, in the push's transaction. */
    public void insertAll(Connection c, UUID organisationId, UUID userId, List<NewAppliedChange> changes)
            throws SQLException {
        List<Object[]> rows = new ArrayList<>(changes.size());
        for (NewAppliedChange a : changes) {
            rows.add(new Object[] {organisationId, userId, a.changeId(), a.contentHash(), a.result(), a.appliedAt()});
        }
        Jdbc.batch(c, """
                insert into applied_change (organisation_id, user_id, change_id, content_hash, result, applied_at)
                values (?, ?, ?, ?, ?, ?)
                """, rows);
    }

    public void insert(
            Connection c,
            UUID organisationId,
            UUID userId,
            UUID changeId,
            String contentHash,
            String result,
            Instant now)
            throws SQLException {
        Jdbc.update(c, """
                insert into applied_change (organisation_id, user_id, change_id, content_hash, result, applied_at)
                values (?, ?, ?, ?, ?, ?)
                """, organisationId, userId, changeId, contentHash, result, now);
    }
}

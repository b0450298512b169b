package org.jalons.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Organisations (structures d'insertion): the tenancy boundary. */
public final class OrganisationStore {

    public void insert(Connection c, UUID id, String name, Instant now) throws SQLException {
        Jdbc.update(c, """
                insert into organisation (id, name, purged_through_seq, created_at)
                values (?, ?, 0, ?)
                """, id, name, now);
        Jdbc.update(c, """
                insert into organisation_seq (organisation_id, last_seq) values (?, 0)
                """, id); // its own sequence counter (SequenceCounter)
        QuestionnaireStore.seedBundled(c, id, now); // its first questionnaire: the bundled one
    }

    public long purgedThroughSeq(Connection c, UUID organisationId) throws SQLException {
        return Jdbc.one(c, """
                select purged_through_seq from organisation where id = ?
                """, row -> row.getLong(1), organisationId).orElse(0L);
    }

    public void raisePurgedThroughSeq(Connection c, UUID organisationId, long seq) throws SQLException {
        Jdbc.update(c, """
                update organisation set purged_through_seq = ?
                where id = ? and purged_through_seq < ?
                """, seq, organisationId, seq);
    }

    /** Locks the organisation's row until the transaction ends: two admins deactivating each other wait in turn. */
    public void lock(Connection c, UUID organisationId) throws SQLException {
        Jdbc.one(c, """
                select id from organisation where id = ? for update
                """, row -> row.getObject(1), organisationId);
    }

    /** The organisation's own deletion-marker window in days; empty: the server's default (migration V29). */
    public Optional<Integer> tombstoneDays(Connection c, UUID organisationId) throws SQLException {
        return Jdbc.one(c, """
                select tombstone_days from organisation where id = ?
                """, row -> Optional.ofNullable(row.getObject(1, Integer.class)), organisationId)
                .flatMap(days -> days);
    }

    public void setTombstoneDays(Connection c, UUID organisationId, int days) throws SQLException {
        Jdbc.update(c, """
                update organisation set tombstone_days = ? where id = ?
                """, days, organisationId);
    }

    /** Every organisation's deletion-marker window in days, {@code defaultDays} where it set none. */
    public Map<UUID, Integer> tombstoneWindows(Connection c, int defaultDays) throws SQLException {
        Map<UUID, Integer> windows = new LinkedHashMap<>();
        for (Object[] row : Jdbc.list(c, """
                select id, coalesce(tombstone_days, ?) from organisation order by id
                """, row -> new Object[] {Jdbc.uuid(row, "id"), row.getInt(2)}, defaultDays)) {
            windows.put((UUID) row[0], (Integer) row[1]);
        }
        return windows;
    }

    /** Keeps a setting's value before and after a change (who and when are in audit_log too). */
    public void logSettingChange(
            Connection c, UUID organisationId, String setting, UUID userId, Instant at, int before, int after)
            throws SQLException {
        Jdbc.update(c, """
                insert into setting_change (organisation_id, setting, user_id, changed_at, value_before, value_after)
                values (?, ?, ?, ?, ?, ?)
                """, organisationId, setting, userId, at, before, after);
    }
}

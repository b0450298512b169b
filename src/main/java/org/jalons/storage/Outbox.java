package org.jalons.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jalons.domain.RecordKind;

/**
 * The transactional outbox (DESIGN.md invariant 2): changes are added in the transaction of the write they
 * describe, read in order by the sync engine, and removed only once the server has acknowledged them.
 */
public final class Outbox {
    private final Database db;

    public Outbox(Database db) {
        this.db = db;
    }

    /** Adds a change inside the caller's transaction. */
    static void add(Connection c, OutboxEntry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO OUTBOX (CHANGE_ID, RECORD_ID, KIND, BENEFICIARY_ID, OP, BASE_VERSION, FIELDS, CREATED_AT,
                                    AUTHOR_ID)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setObject(1, e.changeId());
            ps.setObject(2, e.recordId());
            ps.setString(3, e.kind().wireName());
            ps.setObject(4, e.beneficiaryId());
            ps.setString(5, e.op().name());
            ps.setLong(6, e.baseVersion());
            ps.setString(7, Json.write(e.fields()));
            ps.setObject(8, e.createdAt().atOffset(ZoneOffset.UTC));
            ps.setObject(9, e.authorId());
            ps.executeUpdate();
        }
    }

    /**
     * The oldest pending changes, in the order they were made. Ordered by STATE, SEQ (the same order once STATE is
     * fixed) so that H2 reads them in the order of the OUTBOX_STATE index and stops at the limit; ORDER BY SEQ alone
     * made it read and sort every pending change for each batch of a long queue.
     */
    public List<OutboxEntry> pending(int limit) {
        return db.read(c -> list(c, pendingAfterWhere(0, limit)));
    }

    /** The WHERE clause of {@link #pendingAfter} ({@link #pending} is the same after 0: SEQ starts at 1). */
    static String pendingAfterWhere(long seq, int limit) {
        return "STATE = 'PENDING' AND SEQ > " + seq + " ORDER BY STATE, SEQ LIMIT " + Math.max(1, limit);
    }

    /** The oldest pending changes made after the entry numbered {@code seq}, in the order they were made. */
    public List<OutboxEntry> pendingAfter(long seq, int limit) {
        return db.read(c -> list(c, pendingAfterWhere(seq, limit)));
    }

    public List<OutboxEntry> rejected() {
        return db.read(c -> list(c, "STATE = 'REJECTED' ORDER BY STATE, SEQ"));
    }

    public int pendingCount() {
        return db.read(c -> count(c, "SELECT COUNT(*) FROM OUTBOX WHERE STATE = 'PENDING'"));
    }

    /** The same, inside the caller's transaction. */
    public int pendingCount(Connection c) throws SQLException {
        return count(c, "SELECT COUNT(*) FROM OUTBOX WHERE STATE = 'PENDING'");
    }

    /**
     * Removes every refused change, inside the caller's transaction. Only for a phone paired as another user: the
     * refusals hold the previous user's data and can never be sent under the new account.
     */
    public int discardRejected(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM OUTBOX WHERE STATE = 'REJECTED'")) {
            return ps.executeUpdate();
        }
    }

    public boolean hasPending(Connection c, UUID recordId) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT 1 FROM OUTBOX WHERE RECORD_ID = ? AND STATE = 'PENDING' LIMIT 1")) {
            ps.setObject(1, recordId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Of {@code recordIds}, those that still have a pending change, in one query (inside the caller's transaction). */
    public Set<UUID> pendingAmong(Connection c, Collection<UUID> recordIds) throws SQLException {
        return Sql.idsAmong(c, "OUTBOX", "RECORD_ID", "T.STATE = 'PENDING'", recordIds);
    }

    /** Removes acknowledged changes with one prepared statement, inside the caller's transaction. */
    public void acknowledgeAll(Connection c, Collection<UUID> changeIds) throws SQLException {
        if (changeIds.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM OUTBOX WHERE CHANGE_ID = ?")) {
            for (UUID changeId : changeIds) {
                ps.setObject(1, changeId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Removes an acknowledged change, inside the caller's transaction. */
    public void acknowledge(Connection c, UUID changeId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM OUTBOX WHERE CHANGE_ID = ?")) {
            ps.setObject(1, changeId);
            ps.executeUpdate();
        }
    }

    /** Keeps a change refused without a stable code (by this phone, or by a server that gave none). */
    public void reject(Connection c, UUID changeId, int code, String reason) throws SQLException {
        reject(c, changeId, code, null, reason);
    }

    /**
     * Keeps a change the server refused, with its reason and its stable code ({@code error}, null when the server
     * gave none), so that the person sees why.
     */
    public void reject(Connection c, UUID changeId, int code, String error, String reason) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE OUTBOX SET STATE = 'REJECTED', REJECT_CODE = ?,"
                + " REJECT_ERROR = ?, REJECT_REASON = ? WHERE CHANGE_ID = ?")) {
            ps.setInt(1, code);
            // a code the app does not know is kept only if it looks like one: it is read back as a message key part
            ps.setString(2, error != null && error.matches("[a-z_]{1,40}") ? error : null);
            ps.setString(3, reason == null ? null : reason.substring(0, Math.min(reason.length(), 2000)));
            ps.setObject(4, changeId);
            ps.executeUpdate();
        }
    }

    /** Sends a refused change again at the next sync (the person fixed what was missing, e.g. a consent). */
    public boolean retry(UUID changeId) {
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE OUTBOX SET STATE = 'PENDING', REJECT_CODE = NULL,"
                    + " REJECT_ERROR = NULL, REJECT_REASON = NULL WHERE CHANGE_ID = ? AND STATE = 'REJECTED'")) {
                ps.setObject(1, changeId);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /**
     * Gives up a refused change, after the person confirmed it. The local copy still shows the refused edit: the
     * beneficiary's data is fetched again from the server at the next sync, which brings the server's state back.
     */
    public boolean discard(UUID changeId) {
        return giveUp(changeId).isPresent();
    }

    /** A refused change given up, as it was, and the beneficiary's scope signature before the refetch was asked. */
    public record GivenUp(OutboxEntry entry, String scopeSignature) {}

    /**
     * {@link #discard} that says what it took away, so that {@link #restore} can put it back (the "Undo" of the
     * snackbar); empty when the change is no longer a refused one.
     */
    public java.util.Optional<GivenUp> giveUp(UUID changeId) {
        return db.inTransaction(c -> {
            List<OutboxEntry> found;
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT * FROM OUTBOX WHERE CHANGE_ID = ? AND STATE = 'REJECTED'")) {
                ps.setObject(1, changeId);
                found = entries(ps);
            }
            if (found.isEmpty()) {
                return java.util.Optional.<GivenUp>empty();
            }
            OutboxEntry entry = found.get(0);
            String signature = SyncScope.signature(c, entry.beneficiaryId()).orElse(null);
            acknowledge(c, changeId);
            SyncScope.refetch(c, entry.beneficiaryId());
            return java.util.Optional.of(new GivenUp(entry, signature));
        });
    }

    /**
     * Puts a refused change given up back exactly as it was (same number, so the same place in the order; same
     * refusal) and cancels the refetch the giving up asked for, unless a sync already did it (the signature is then
     * the server's, and stays). False when the change is in the outbox again already.
     */
    public boolean restore(GivenUp givenUp) {
        OutboxEntry e = givenUp.entry();
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM OUTBOX WHERE CHANGE_ID = ?")) {
                ps.setObject(1, e.changeId());
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO OUTBOX (SEQ, CHANGE_ID, RECORD_ID, KIND, BENEFICIARY_ID, OP, BASE_VERSION, FIELDS,
                                        CREATED_AT, AUTHOR_ID, STATE, REJECT_CODE, REJECT_REASON, REJECT_ERROR)
                    OVERRIDING SYSTEM VALUE
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'REJECTED', ?, ?, ?)""")) {
                ps.setLong(1, e.seq());
                ps.setObject(2, e.changeId());
                ps.setObject(3, e.recordId());
                ps.setString(4, e.kind().wireName());
                ps.setObject(5, e.beneficiaryId());
                ps.setString(6, e.op().name());
                ps.setLong(7, e.baseVersion());
                ps.setString(8, Json.write(e.fields()));
                ps.setObject(9, e.createdAt().atOffset(ZoneOffset.UTC));
                ps.setObject(10, e.authorId());
                ps.setObject(11, e.rejectCode());
                ps.setString(12, e.rejectReason());
                ps.setString(13, e.rejectError());
                ps.executeUpdate();
            }
            String was = givenUp.scopeSignature();
            if (was != null
                    && !SyncScope.REFETCH_SIGNATURE.equals(was)
                    && SyncScope.signature(c, e.beneficiaryId())
                            .filter(SyncScope.REFETCH_SIGNATURE::equals)
                            .isPresent()) {
                SyncScope.put(c, e.beneficiaryId(), was);
            }
            return true;
        });
    }

    public int rejectedCount() {
        return db.read(c -> count(c, "SELECT COUNT(*) FROM OUTBOX WHERE STATE = 'REJECTED'"));
    }

    /**
     * Marks the pending changes of a beneficiary as rejected, inside the caller's transaction: used when the
     * beneficiary left this device's scope, so that the changes stay visible instead of vanishing.
     */
    public int rejectPendingOf(Connection c, UUID beneficiaryId, int code, String reason) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE OUTBOX SET STATE = 'REJECTED', REJECT_CODE = ?, REJECT_REASON = ?
                WHERE BENEFICIARY_ID = ? AND STATE = 'PENDING'""")) {
            ps.setInt(1, code);
            ps.setString(2, reason);
            ps.setObject(3, beneficiaryId);
            return ps.executeUpdate();
        }
    }

    /**
     * Deletes every change about a beneficiary, pending or refused, inside the caller's transaction: the person was
     * erased from the organisation, and what this device still held of them must not stay, even as a refusal.
     */
    public int forgetBeneficiary(Connection c, UUID beneficiaryId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM OUTBOX WHERE BENEFICIARY_ID = ?")) {
            ps.setObject(1, beneficiaryId);
            return ps.executeUpdate();
        }
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static List<OutboxEntry> list(Connection c, String where) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM OUTBOX WHERE " + where)) {
            return entries(ps);
        }
    }

    private static List<OutboxEntry> entries(PreparedStatement ps) throws SQLException {
        List<OutboxEntry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(change(
                        rs,
                        OutboxEntry.State.valueOf(rs.getString("STATE")),
                        (Integer) rs.getObject("REJECT_CODE"),
                        rs.getString("REJECT_REASON"),
                        rs.getString("REJECT_ERROR")));
            }
        }
        return out;
    }

    /**
     * The change a row holds, in the outbox's columns (SENT_CHANGE keeps the same ones), with its state and refusal
     * given by the caller.
     */
    static OutboxEntry change(ResultSet rs, OutboxEntry.State state, Integer code, String reason, String error)
            throws SQLException {
        return new OutboxEntry(
                rs.getLong("SEQ"),
                rs.getObject("CHANGE_ID", UUID.class),
                rs.getObject("RECORD_ID", UUID.class),
                RecordKind.fromWire(rs.getString("KIND")).orElseThrow(),
                rs.getObject("BENEFICIARY_ID", UUID.class),
                OutboxEntry.Op.valueOf(rs.getString("OP")),
                rs.getLong("BASE_VERSION"),
                Json.readMap(rs.getString("FIELDS")),
                rs.getObject("CREATED_AT", OffsetDateTime.class).toInstant(),
                rs.getObject("AUTHOR_ID", UUID.class),
                state,
                code,
                reason,
                error);
    }
}

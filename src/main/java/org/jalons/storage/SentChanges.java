package org.jalons.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The changes this phone sent that the server acknowledged (migration V21), kept after they leave the outbox: a
 * server restored from a backup taken before them has lost them, and the phone sends them again, with their change
 * ids (docs/PROTOCOL.md, "A server restored from a backup"). Bounded: {@link #KEPT_FOR} and {@link #KEPT_AT_MOST}.
 */
public final class SentChanges {
    /**
     * How long a sent change is kept: a restore uses the last good backup, hours or days old; two months also cover a
     * backup found damaged and an older one used instead, without keeping a phone's whole history.
     */
    public static final Duration KEPT_FOR = Duration.ofDays(60);

    /** At most this many (two months of a busy counsellor's changes); the oldest go first. */
    public static final int KEPT_AT_MOST = 10_000;

    /** A sent change and the server's seq for it (null when the server gave none). */
    public record Sent(OutboxEntry entry, Long seq) {}

    private SentChanges() {}

    /** Keeps the acknowledged changes (or marks them acknowledged again), then drops what is past the bounds. */
    public static void keep(Connection c, List<Sent> sent, Instant now) throws SQLException {
        if (sent.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                MERGE INTO SENT_CHANGE (CHANGE_ID, RECORD_ID, KIND, BENEFICIARY_ID, OP, BASE_VERSION, FIELDS,
                                        CREATED_AT, AUTHOR_ID, ACKNOWLEDGED_SEQ, ACKNOWLEDGED_AT)
                KEY (CHANGE_ID) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Sent s : sent) {
                OutboxEntry e = s.entry();
                ps.setObject(1, e.changeId());
                ps.setObject(2, e.recordId());
                ps.setString(3, e.kind().wireName());
                ps.setObject(4, e.beneficiaryId());
                ps.setString(5, e.op().name());
                ps.setLong(6, e.baseVersion());
                ps.setString(7, Json.write(e.fields()));
                ps.setObject(8, e.createdAt().atOffset(ZoneOffset.UTC));
                ps.setObject(9, e.authorId());
                ps.setObject(10, s.seq());
                ps.setObject(11, now.atOffset(ZoneOffset.UTC));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        prune(c, now);
    }

    /** Drops the changes older than {@link #KEPT_FOR} and those beyond the newest {@link #KEPT_AT_MOST}. */
    static void prune(Connection c, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM SENT_CHANGE WHERE ACKNOWLEDGED_AT < ?")) {
            ps.setObject(1, now.minus(KEPT_FOR).atOffset(ZoneOffset.UTC));
            ps.executeUpdate();
        }
        // by number, not by counting rows: one index lookup per acknowledged batch (a gap left by a forgotten change
        // only keeps fewer)
        try (PreparedStatement ps =
                c.prepareStatement("DELETE FROM SENT_CHANGE WHERE SEQ <= (SELECT MAX(SEQ) FROM SENT_CHANGE) - ?")) {
            ps.setInt(1, KEPT_AT_MOST);
            ps.executeUpdate();
        }
    }

    /** The kept changes after the one numbered {@code afterSeq}, oldest first (the order they were sent in). */
    public static List<OutboxEntry> after(Connection c, long afterSeq, int limit) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("SELECT * FROM SENT_CHANGE WHERE SEQ > ? ORDER BY SEQ LIMIT ?")) {
            ps.setLong(1, afterSeq);
            ps.setInt(2, limit);
            List<OutboxEntry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(Outbox.change(rs, OutboxEntry.State.PENDING, null, null, null));
                }
            }
            return out;
        }
    }

    /**
     * A change sent again that the restored server refused: back in the outbox, refused with the server's reason, so
     * the person sees it like any refused change; it leaves the kept changes.
     */
    public static void refusedAgain(Connection c, Outbox outbox, OutboxEntry e, int code, String error, String reason)
            throws SQLException {
        Outbox.add(c, e);
        outbox.reject(c, e.changeId(), code, error, reason);
        forget(c, e.changeId());
    }

    private static void forget(Connection c, UUID changeId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM SENT_CHANGE WHERE CHANGE_ID = ?")) {
            ps.setObject(1, changeId);
            ps.executeUpdate();
        }
    }

    /** A person's kept changes leave with the rest of their data (they left this phone's scope). */
    public static void forgetBeneficiary(Connection c, UUID beneficiaryId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM SENT_CHANGE WHERE BENEFICIARY_ID = ?")) {
            ps.setObject(1, beneficiaryId);
            ps.executeUpdate();
        }
    }

    /** Every kept change leaves (the phone is paired as another user: they are not this user's to send). */
    public static int forgetAll(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM SENT_CHANGE")) {
            return ps.executeUpdate();
        }
    }
}

package org.jalons.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jalons.protocol.Wire;
import org.jalons.storage.Database;
import org.jalons.storage.Outbox;
import org.jalons.storage.OutboxEntry;
import org.jalons.storage.SentChanges;
import org.jalons.storage.SyncState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What this phone does when the server was restored from a backup (PROTOCOL.md, "A server restored from a backup").
 * Every answer carries the server's history id and head seq; another history id than the one the phone synced with,
 * or a head behind its cursor, means the server went back in time. The phone then no longer trusts its cursor (set
 * to 0: the next pull reads a snapshot), sends again every change of its own that the server acknowledged and that
 * it still keeps ({@link SentChanges}), with their change ids (a no-op where the restored server has them), then
 * reads the restored state. An answer without a history id (an older server) changes nothing.
 */
final class RestoredServer {
    private static final Logger LOG = LoggerFactory.getLogger(RestoredServer.class);

    /** What sending the kept changes again did: taken again by the server, already there, refused. */
    record Resent(int resent, int alreadyThere, int refused) {
        Resent plus(Resent other) {
            return other == null
                    ? this
                    : new Resent(resent + other.resent, alreadyThere + other.alreadyThere, refused + other.refused);
        }
    }

    private final Database db;
    private final Outbox outbox;
    private final SyncApi api;
    private final int batchSize;
    private final Clock clock;

    RestoredServer(Database db, Outbox outbox, SyncApi api, int batchSize, Clock clock) {
        this.db = db;
        this.outbox = outbox;
        this.api = api;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    /** Whether an answer with {@code history} and {@code head} says the server went back in time. */
    static boolean wentBack(Connection c, UUID history, Long head) throws SQLException {
        if (history == null) {
            return false; // an older server: today's behaviour
        }
        String cursor = SyncState.get(c, SyncKeys.CURSOR).orElse(null);
        if (head != null && cursor != null && !cursor.isBlank() && head < Long.parseLong(cursor)) {
            return true;
        }
        Optional<String> known = SyncState.get(c, SyncKeys.HISTORY);
        return known.isPresent() && !known.get().equals(history.toString());
    }

    boolean wentBack(UUID history, Long head) {
        return db.read(c -> wentBack(c, history, head));
    }

    /**
     * Before sending the outbox: when changes wait and the phone knows the server's history, an empty push asks for
     * it, so that a waiting edit never reaches a restored server before the changes it builds on are there again.
     */
    void check(SyncAccount account) throws SyncException {
        boolean ask = db.read(c -> SyncState.get(c, SyncKeys.HISTORY).isPresent()
                && SyncState.get(c, SyncKeys.RESEND).isEmpty()
                && outbox.pendingCount(c) > 0);
        if (!ask) {
            return;
        }
        Wire.PushResponse answer = api.push(account, SyncApi.pushBody(List.of()));
        if (wentBack(answer.history(), answer.head())) {
            begin(answer.history());
        }
    }

    /**
     * Notes the restore, in one transaction: the cursor is no longer trusted (0: the next pull reads the whole
     * restored state), the new history id is the one synced with from now on, and the kept changes are to be sent
     * again (until they are, each sync tries again).
     */
    void begin(UUID history) {
        LOG.warn("The server was restored from a backup (history {}): sending this phone's changes again", history);
        db.inTransaction(c -> {
            SyncState.put(c, SyncKeys.CURSOR, "0");
            SyncState.put(c, SyncKeys.HISTORY, history.toString());
            SyncState.put(c, SyncKeys.RESEND, history.toString());
            return null;
        });
    }

    /**
     * Sends the kept changes again, oldest first, when a restore was noted; null when none was. A change the
     * restored server refuses goes back to the outbox as refused, with the server's reason, where the person sees
     * it: nothing is dropped silently.
     */
    Resent resend(SyncAccount account) throws SyncException {
        if (db.read(c -> SyncState.get(c, SyncKeys.RESEND)).isEmpty()) {
            return null;
        }
        int[] totals = new int[3];
        long after = 0;
        while (true) {
            long from = after;
            List<OutboxEntry> batch = Pusher.withinBodyLimit(db.read(c -> SentChanges.after(c, from, batchSize)));
            if (batch.isEmpty()) {
                break;
            }
            Wire.PushResponse answer = api.push(
                    account, SyncApi.pushBody(batch.stream().map(Pusher::toWire).toList()));
            int[] counts = record(batch, answer);
            if (counts[3] > 0) {
                throw new SyncException(
                        SyncProblem.SERVER_REFUSED,
                        "The answer to the changes sent again did not cover " + counts[3] + " of them");
            }
            for (int i = 0; i < 3; i++) {
                totals[i] += counts[i];
            }
            after = batch.get(batch.size() - 1).seq();
        }
        Resent resent = new Resent(totals[0], totals[1], totals[2]);
        db.inTransaction(c -> {
            SyncState.put(c, SyncKeys.RESEND, null);
            SyncState.put(c, SyncKeys.RESTORE_NOTICE, clock.instant() + "|" + resent.resent() + "|" + resent.refused());
            return null;
        });
        LOG.warn(
                "After the server's restore: {} changes sent again, {} were still there, {} refused",
                resent.resent(),
                resent.alreadyThere(),
                resent.refused());
        return resent;
    }

    /** One batch's answers in one transaction; returns {taken again, already there, refused, unanswered}. */
    private int[] record(List<OutboxEntry> batch, Wire.PushResponse answer) {
        Map<String, Wire.ChangeResult> results = new HashMap<>();
        if (answer.results() != null) {
            answer.results().forEach(r -> results.put(r.changeId(), r));
        }
        return db.inTransaction(c -> {
            int[] counts = new int[4];
            List<SentChanges.Sent> acknowledged = new ArrayList<>();
            for (OutboxEntry e : batch) {
                Wire.ChangeResult r = results.get(e.changeId().toString());
                if (r == null) {
                    counts[3]++;
                } else if (r.acknowledged()) {
                    counts[Wire.ChangeResult.DUPLICATE.equals(r.status()) ? 1 : 0]++;
                    acknowledged.add(new SentChanges.Sent(e, r.seq()));
                } else if (Wire.ChangeResult.REJECTED.equals(r.status())) {
                    counts[2]++;
                    SentChanges.refusedAgain(c, outbox, e, r.code(), r.error(), r.reason());
                } else {
                    counts[3]++;
                }
            }
            SentChanges.keep(c, acknowledged, clock.instant());
            return counts;
        });
    }

    /** The notice of the last recovery, or empty. */
    static Optional<RestoreNotice> notice(Connection c) throws SQLException {
        return SyncState.get(c, SyncKeys.RESTORE_NOTICE).flatMap(RestoredServer::parse);
    }

    private static Optional<RestoreNotice> parse(String value) {
        String[] parts = value.split("\\|", -1);
        try {
            return parts.length == 3
                    ? Optional.of(new RestoreNotice(
                            Instant.parse(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])))
                    : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}

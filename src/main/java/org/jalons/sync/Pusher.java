package org.jalons.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import okhttp3.RequestBody;
import org.jalons.protocol.Wire;
import org.jalons.storage.Database;
import org.jalons.storage.Json;
import org.jalons.storage.Outbox;
import org.jalons.storage.OutboxEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the outbox in order, in small batches. An entry leaves the outbox only once the server acknowledged it
 * (DESIGN.md invariant 4); a rejected one stays, visible with its reason, and the queue goes on past it
 * (invariant 11). Each batch's answers are recorded in one local transaction.
 */
final class Pusher {
    private static final Logger LOG = LoggerFactory.getLogger(Pusher.class);
    /** Characters of fields per request at most (see {@link #withinBodyLimit}): 3 MiB of UTF-8 at worst. */
    static final int FIELDS_BUDGET = 1 << 20;

    /**
     * What one push did; {@code history} and {@code head} from the last answer (null when nothing was sent or the
     * server is older), to see whether the server went back in time ({@link RestoredServer}).
     */
    record Outcome(int acknowledged, int rejected, int conflicts, UUID history, Long head) {}

    private final Database db;
    private final Outbox outbox;
    private final SyncApi api;
    private final RecordApplier applier;
    private final int batchSize;

    Pusher(Database db, Outbox outbox, SyncApi api, RecordApplier applier, int batchSize) {
        this.db = db;
        this.outbox = outbox;
        this.api = api;
        this.applier = applier;
        this.batchSize = batchSize;
    }

    Outcome push(SyncAccount account) throws SyncException {
        // While the server works on batch k, one background thread writes the answers to batch k - 1 and then
        // reads batch k + 1 and makes its request body (JSON, gzip). On a phone the network wait, the local write
        // and the next request's preparation overlap, and the next request leaves as soon as an answer arrives.
        // The answers are still written one batch at a time, in order, each in one transaction, and an entry still
        // leaves the outbox only once acknowledged (invariant 4); push returns when all are written. The read comes
        // after the write on the same thread: an H2 read that ends while another transaction has written but not
        // committed makes the store write that transaction's pages a first time.
        int[] totals = new int[4]; // acknowledged, rejected, conflicts, left unanswered
        Wire.PushResponse last = null;
        try (InOrderWriter<Step> background = new InOrderWriter<>("jalons-push-answers")) {
            Prepared sending = prepare(0);
            Answered unwritten = null;
            while (sending != null) {
                Prepared current = sending;
                Answered toWrite = unwritten;
                if (current.more()) {
                    background.submit(
                            () -> new Step(toWrite == null ? null : record(toWrite), prepare(current.lastSeq())));
                } else if (toWrite != null) {
                    background.submit(() -> new Step(record(toWrite), null));
                }
                Wire.PushResponse response = api.push(account, current.body());
                last = response;
                Step step = background.awaitInFlight();
                unwritten = new Answered(current.batch(), response);
                sending = null;
                if (step != null) {
                    add(totals, step.written());
                    sending = step.next();
                }
                if (sending == null) {
                    // The last batch so far: nothing to overlap with, so its answers are written here (a push of
                    // one batch never starts the thread), then a last look for changes saved in the meantime.
                    add(totals, record(unwritten));
                    unwritten = null;
                    sending = prepare(current.lastSeq());
                }
            }
            if (totals[3] > 0) {
                // Left pending for the next sync; this one reports it rather than going on to pull as if all was well.
                throw new SyncException(
                        SyncProblem.SERVER_REFUSED, "The push answer did not cover " + totals[3] + " changes");
            }
        }
        if (totals[1] > 0) {
            LOG.info(
                    "Push: {} acknowledged, {} rejected (kept in the outbox with their reasons)", totals[0], totals[1]);
        }
        return new Outcome(
                totals[0],
                totals[1],
                totals[2],
                last == null ? null : last.history(),
                last == null ? null : last.head());
    }

    /** A batch read from the outbox and its request body, ready to send; null when nothing is left after. */
    private Prepared prepare(long afterSeq) {
        List<OutboxEntry> read = outbox.pendingAfter(afterSeq, batchSize);
        List<OutboxEntry> batch = withinBodyLimit(read);
        return batch.isEmpty()
                ? null
                : new Prepared(
                        batch,
                        SyncApi.pushBody(batch.stream().map(Pusher::toWire).toList()),
                        read.size() == batchSize || batch.size() < read.size());
    }

    /** {@code more}: the outbox held more than this batch when it was read, so the next is read ahead. */
    private record Prepared(List<OutboxEntry> batch, RequestBody body, boolean more) {
        long lastSeq() {
            return batch.get(batch.size() - 1).seq();
        }
    }

    /** A batch the server answered, whose answers are not written yet. */
    private record Answered(List<OutboxEntry> batch, Wire.PushResponse response) {}

    /** What the background thread did while a request was out: the previous answers written, the next batch. */
    private record Step(int[] written, Prepared next) {}

    /** Writes one batch's answers in one local transaction; returns {acknowledged, rejected, conflicts, unanswered}. */
    private int[] record(Answered answered) {
        List<OutboxEntry> batch = answered.batch();
        Wire.PushResponse response = answered.response();
        Map<String, Wire.ChangeResult> results = new HashMap<>();
        if (response.results() != null) {
            response.results().forEach(r -> results.put(r.changeId(), r));
        }
        int[] counts = db.inTransaction(c -> {
            int ack = 0;
            int rej = 0;
            int conf = 0;
            List<RecordApplier.Answer> answers = new ArrayList<>();
            for (OutboxEntry e : batch) {
                Wire.ChangeResult r = results.get(e.changeId().toString());
                if (r == null) {
                    continue;
                }
                if (r.acknowledged() && r.version() != null) {
                    answers.add(RecordApplier.Answer.acknowledged(e, r.version(), r.seq()));
                    ack++;
                    conf += r.conflictIds() == null ? 0 : r.conflictIds().size();
                } else if (Wire.ChangeResult.REJECTED.equals(r.status())) {
                    answers.add(RecordApplier.Answer.rejected(e, r.code(), r.error(), r.reason()));
                    rej++;
                } else {
                    LOG.warn("Unexpected push result {} for change {}", r, e.changeId());
                }
            }
            applier.answered(c, answers);
            return new int[] {ack, rej, conf, batch.size() - ack - rej};
        });
        if (counts[3] > 0) {
            // Left pending: this run goes on after them, the next sync sends them again.
            LOG.warn(
                    "The server answered {} of {} changes; the others stay pending",
                    batch.size() - counts[3],
                    batch.size());
        }
        return counts;
    }

    private static void add(int[] totals, int[] counts) {
        if (counts == null) {
            return; // no batch was being written
        }
        for (int i = 0; i < totals.length; i++) {
            totals[i] += counts[i];
        }
    }

    /**
     * The first entries of {@code pending} whose fields hold at most {@link #FIELDS_BUDGET} characters (at least one
     * entry): a request body must stay under the server's 4 MiB once decompressed, and 500 long interview notes
     * would not. A character takes at most 3 bytes in UTF-8 JSON, plus about 250 bytes of envelope per change.
     */
    static List<OutboxEntry> withinBodyLimit(List<OutboxEntry> pending) {
        long chars = 0;
        for (int i = 0; i < pending.size(); i++) {
            chars += Json.write(pending.get(i).fields()).length();
            if (chars > FIELDS_BUDGET && i > 0) {
                return pending.subList(0, i);
            }
        }
        return pending;
    }

    static Wire.Change toWire(OutboxEntry e) {
        return new Wire.Change(
                e.changeId(),
                e.recordId(),
                e.kind().wireName(),
                e.beneficiaryId(),
                e.op().name().toLowerCase(Locale.ROOT),
                e.baseVersion(),
                e.op() == OutboxEntry.Op.DELETE ? Map.of() : e.fields(),
                e.createdAt().toString());
    }
}

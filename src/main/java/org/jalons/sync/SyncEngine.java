package org.jalons.sync;

import java.time.Clock;
import java.util.Locale;
import okhttp3.OkHttpClient;
import org.jalons.storage.LocalStore;
import org.jalons.storage.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sync run against the paired server: push the outbox, then pull. Plain Java, no threads of its own: the
 * {@link SyncService} decides when it runs. Failures come out as a {@link SyncException} naming the problem.
 */
public final class SyncEngine {
    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);

    /** The protocol's maxima: fewer requests, and fewer local commits (each one encrypts and writes its pages). */
    static final int PUSH_BATCH = 500;

    static final int PULL_PAGE = 1000;

    private final LocalStore store;
    private final SyncApi api;
    private final Pusher pusher;
    private final Puller puller;
    private final CounsellorSync counsellors;
    private final RestoredServer restored;

    public SyncEngine(LocalStore store, HttpSettings settings, Clock clock) {
        this(store, SyncApi.newClient(settings), clock, PUSH_BATCH, PULL_PAGE);
    }

    SyncEngine(LocalStore store, OkHttpClient client, Clock clock, int pushBatch, int pullPage) {
        this.store = store;
        this.api = new SyncApi(client);
        RecordApplier applier = new RecordApplier(store.outbox(), clock);
        this.pusher = new Pusher(store.database(), store.outbox(), api, applier, pushBatch);
        // Stored in the outbox row, which the UI shows as it is: the store's language is French.
        String reason = SyncMessages.text("sync.rejected.out_of_scope", Locale.FRENCH);
        this.puller = new Puller(store.database(), api, applier, pullPage, reason);
        this.counsellors = new CounsellorSync(store, api);
        this.restored = new RestoredServer(store.database(), store.outbox(), api, pushBatch, clock);
    }

    public Pairing pairing() {
        return new Pairing(store, api);
    }

    /** Pairing that names this device's {@code model} to the server (null or blank: none). */
    public Pairing pairing(String model) {
        return new Pairing(store, api, model);
    }

    public boolean isPaired() {
        return Pairing.account(store).isPresent();
    }

    public SyncReport syncOnce() throws SyncException {
        if ("JavaFX Application Thread".equals(Thread.currentThread().getName())) {
            throw new IllegalStateException("Sync never runs on the JavaFX thread: use SyncService");
        }
        SyncAccount account = Pairing.account(store)
                .orElseThrow(() -> new SyncException(SyncProblem.NOT_PAIRED, "No device token in the store"));
        try {
            // A server restored from a backup is found before the outbox goes (PROTOCOL.md): the changes it lost are
            // sent again first, so that a waiting edit finds the record it edits.
            restored.check(account);
            RestoredServer.Resent resent = restored.resend(account);
            Pusher.Outcome pushed = pusher.push(account);
            if (restored.wentBack(pushed.history(), pushed.head())) {
                restored.begin(pushed.history());
                resent = plus(resent, restored.resend(account));
            }
            Puller.Outcome pulled;
            try {
                pulled = puller.pull(account);
            } catch (ServerWentBack e) {
                restored.begin(e.history());
                resent = plus(resent, restored.resend(account));
                Pusher.Outcome more = pusher.push(account);
                pushed = new Pusher.Outcome(
                        pushed.acknowledged() + more.acknowledged(),
                        pushed.rejected() + more.rejected(),
                        pushed.conflicts() + more.conflicts(),
                        more.history(),
                        more.head());
                pulled = puller.pull(account);
            }
            if (resent != null) {
                LOG.info("Recovered from the server's restore: {}", resent);
            }
            SyncProblem profilesProblem = syncProfiles(account);
            return new SyncReport(
                    pushed.acknowledged(),
                    pushed.rejected(),
                    pushed.conflicts(),
                    pulled.records(),
                    pulled.snapshots(),
                    pulled.evicted(),
                    pulled.restored(),
                    profilesProblem,
                    resent == null
                            ? null
                            : store.database().read(RestoredServer::notice).orElse(null));
        } catch (StoreException e) {
            throw new SyncException(SyncProblem.LOCAL_STORE, "The local store refused a sync write", e);
        } catch (RuntimeException e) {
            // A record the server sent that this app cannot store (wrong value kind...): its transaction rolled back.
            throw new SyncException(SyncProblem.LOCAL_STORE, "Applying the server's answer failed: " + e, e);
        }
    }

    private static RestoredServer.Resent plus(RestoredServer.Resent before, RestoredServer.Resent now) {
        return before == null ? now : before.plus(now);
    }

    /**
     * The counsellors' profiles, after the records: a failure here never undoes or blocks the records' sync (they
     * are already through); it is returned for the status, and the next sync tries again (nothing unsent is lost).
     */
    private SyncProblem syncProfiles(SyncAccount account) throws SyncException {
        try {
            counsellors.run(account);
            return null;
        } catch (SyncException e) {
            if (e.problem() == SyncProblem.WIPE_REQUESTED) {
                throw e; // asked between the records and this step: the phone wipes itself all the same
            }
            LOG.warn("The counsellors' profiles were not synced ({}): {}", e.problem(), e.getMessage());
            return e.problem();
        } catch (RuntimeException e) {
            LOG.warn("The counsellors' profiles could not be kept on this phone", e);
            return SyncProblem.LOCAL_STORE;
        }
    }
}

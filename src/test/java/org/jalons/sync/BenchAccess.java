package org.jalons.sync;

import java.time.Clock;
import org.jalons.storage.LocalStore;

/**
 * For the sync benchmark (org.jalons.bench): the engine's push and pull run separately, so that each is timed on
 * its own (a sync run is push then pull, and the pull would bring the pushed records back).
 */
public final class BenchAccess {
    private final Pusher pusher;
    private final Puller puller;
    private final LocalStore store;

    public BenchAccess(LocalStore store, HttpSettings settings, Clock clock) {
        this(store, settings, clock, null, null);
    }

    /**
     * With the engine's HTTP client making its sockets with {@code sockets} and showing each request it sends to
     * {@code network} (null: its own sockets, nothing shown).
     */
    public BenchAccess(
            LocalStore store,
            HttpSettings settings,
            Clock clock,
            javax.net.SocketFactory sockets,
            okhttp3.Interceptor network) {
        this.store = store;
        okhttp3.OkHttpClient client = SyncApi.newClient(settings);
        SyncApi api = new SyncApi(
                sockets == null
                        ? client
                        : client.newBuilder()
                                .socketFactory(sockets)
                                .addNetworkInterceptor(network)
                                .build());
        RecordApplier applier = new RecordApplier(store.outbox(), clock);
        this.pusher = new Pusher(store.database(), store.outbox(), api, applier, SyncEngine.PUSH_BATCH);
        this.puller = new Puller(store.database(), api, applier, SyncEngine.PULL_PAGE, "out of scope");
    }

    /** Pushes the whole outbox; returns the changes acknowledged. */
    public int push() throws SyncException {
        return pusher.push(Pairing.account(store).orElseThrow()).acknowledged();
    }

    /** Pulls (a snapshot first when the cursor is 0); returns the records applied. */
    public int pull() throws SyncException {
        return puller.pull(Pairing.account(store).orElseThrow()).records();
    }
}

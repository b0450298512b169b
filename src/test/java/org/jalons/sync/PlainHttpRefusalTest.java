package org.jalons.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.storage.SyncState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A network attacker reads nothing: the app pairs with and syncs to an {@code https://} server only (this machine
 * excepted). A plain {@code http://} address to another machine, from a pairing link, typed in, or stored by an
 * older version, is refused before any request is made, so the code, the device token and the records stay here.
 */
class PlainHttpRefusalTest {
    static final String PLAIN = "http://jalons.example.org/";

    @TempDir
    Path dir;
    /** Every request the app tried to send; the refusal comes before the first. */
    final List<Request> sent = new CopyOnWriteArrayList<>();

    LocalStore store() {
        return new Profiles(dir, SyncFixture.CLOCK, 1000)
                .create("Camille Martin", Role.COUNSELLOR, "123456".toCharArray());
    }

    SyncEngine engine(LocalStore store) {
        HttpSettings settings = HttpSettings.defaults()
                .withDelays(Duration.ofMillis(1), Duration.ofMillis(2))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
        OkHttpClient client = SyncApi.newClient(settings, d -> {})
                .newBuilder()
                .addInterceptor(chain -> {
                    sent.add(chain.request());
                    return chain.proceed(chain.request());
                })
                .build();
        return new SyncEngine(store, client, SyncFixture.CLOCK, 100, 500);
    }

    @Test
    void pairingWithAPlainHttpServerIsRefusedBeforeTheCodeIsSent() {
        LocalStore store = store();
        SyncEngine engine = engine(store);
        for (String address : List.of(
                PLAIN,
                "HTTP://192.168.1.20:7070/",
                "http://127.0.0.1.evil.example/",
                "http://localhost@evil.example/")) {
            SyncException refused = catchThrowableOfType(
                    SyncException.class, () -> engine.pairing().pair(address, "K7P2QX9M", "Téléphone de Camille"));
            assertThat(refused.problem()).as(address).isEqualTo(SyncProblem.SERVER_NOT_SECURE);
        }
        assertThat(sent).isEmpty();
        assertThat(Pairing.account(store)).isEmpty();
    }

    @Test
    void anAccountStoredWithAPlainHttpAddressIsNotSyncedAndItsTokenNeverLeaves() {
        LocalStore store = store();
        store.database().inTransaction(c -> {
            Pairing.save(
                    c,
                    new SyncAccount(
                            PLAIN,
                            UUID.randomUUID(),
                            SyncFixture.TOKEN,
                            UUID.randomUUID(),
                            "COUNSELLOR",
                            UUID.randomUUID(),
                            "Camille Martin",
                            null));
            SyncState.put(c, SyncKeys.CURSOR, "0");
            return null;
        });
        SyncEngine engine = engine(store);
        int pending = store.outbox().pendingCount();

        SyncException refused = catchThrowableOfType(SyncException.class, engine::syncOnce);
        SyncException noCode =
                catchThrowableOfType(SyncException.class, () -> engine.pairing().issueCode(UUID.randomUUID()));

        assertThat(refused.problem()).isEqualTo(SyncProblem.SERVER_NOT_SECURE);
        assertThat(noCode.problem()).isEqualTo(SyncProblem.SERVER_NOT_SECURE);
        assertThat(refused.getMessage()).as("the log says why").contains("http://jalons.example.org");
        assertThat(sent).isEmpty();
        assertThat(store.outbox().pendingCount()).as("nothing typed is lost").isEqualTo(pending);
        assertThat(SyncProblem.SERVER_NOT_SECURE.message(Locale.FRENCH))
                .startsWith("Cette adresse n’est pas sécurisée")
                .doesNotContain("jalons.example.org");
        assertThat(SyncProblem.SERVER_NOT_SECURE.message(Locale.ENGLISH)).startsWith("This address is not secure");
    }
}

package org.jalons.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jalons.domain.Beneficiary;
import org.jalons.protocol.Vocabulary.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Giving up a refused change asks for the server's version; its Undo puts the change back and cancels that. */
class OutboxGiveUpTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    LocalStore store;
    UUID samia = UUID.randomUUID();
    OutboxEntry refused;

    @BeforeEach
    void aRefusedChangeAmongOthers() {
        store = new Profiles(dir, CLOCK, 1000).create("Camille", Role.COUNSELLOR, "123456".toCharArray());
        for (String name : List.of("Samia B.", "Samia Ben.", "Samia Benali")) {
            store.beneficiaries()
                    .save(new Beneficiary(
                            samia, name, null, LocalDate.of(2026, 3, 2), null, null, List.of(), null, null));
        }
        UUID second = store.outbox().pending(10).get(1).changeId();
        store.database().inTransaction(c -> {
            SyncScope.put(c, samia, "sig-1");
            store.outbox().reject(c, second, 422, "invalid_change", "name must be at most 200 characters");
            return null;
        });
        refused = store.outbox().rejected().get(0);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private String signature() {
        return store.database().read(c -> SyncScope.signature(c, samia)).orElse(null);
    }

    @Test
    void givingUpRemovesTheChangeAndAsksForTheServersVersion() {
        assertThat(store.outbox().giveUp(refused.changeId())).hasValueSatisfying(g -> {
            assertThat(g.entry()).isEqualTo(refused);
            assertThat(g.scopeSignature()).isEqualTo("sig-1");
        });
        assertThat(store.outbox().rejected()).isEmpty();
        assertThat(signature()).isEqualTo(SyncScope.REFETCH_SIGNATURE);
        assertThat(store.outbox().giveUp(refused.changeId()))
                .as("given up once")
                .isEmpty();
    }

    @Test
    void undoPutsTheChangeBackExactlyInItsPlaceAndNoRefetchIsLeft() {
        Outbox.GivenUp givenUp = store.outbox().giveUp(refused.changeId()).orElseThrow();

        assertThat(store.outbox().restore(givenUp)).isTrue();

        assertThat(store.outbox().rejected()).containsExactly(refused);
        assertThat(signature()).isEqualTo("sig-1");
        assertThat(store.outbox().pendingCount()).isEqualTo(2);
        assertThat(store.outbox().restore(givenUp)).as("put back once").isFalse();
        assertThat(store.outbox().rejected()).containsExactly(refused);
    }

    @Test
    void undoAfterASyncFetchedTheServersVersionKeepsWhatTheSyncBrought() {
        Outbox.GivenUp givenUp = store.outbox().giveUp(refused.changeId()).orElseThrow();
        store.database().inTransaction(c -> {
            SyncScope.put(c, samia, "sig-2"); // the next pull fetched Samia's data again
            return null;
        });

        assertThat(store.outbox().restore(givenUp)).isTrue();

        assertThat(store.outbox().rejected()).containsExactly(refused);
        assertThat(signature()).isEqualTo("sig-2");
    }
}

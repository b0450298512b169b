package org.jalons.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo organisation's people are made up: its store is never paired, whatever screen or link asks for it, so
 * they can never reach a real organisation's server.
 */
class DemoNeverPairsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void pairingTheDemoIsRefusedBeforeAnythingIsSent() {
        Profiles profiles = new Profiles(dir, CLOCK, 1000);
        for (Role role : new Role[] {Role.COUNSELLOR, Role.BENEFICIARY, Role.SUPERVISOR}) {
            try (LocalStore demo = profiles.openDemo(role)) {
                Pairing pairing = new SyncEngine(
                                demo,
                                HttpSettings.defaults().withDelays(Duration.ofMillis(5), Duration.ofMillis(50)),
                                CLOCK)
                        .pairing();

                // 127.0.0.1:9 answers nothing: without the refusal this would be NO_NETWORK after a connection attempt
                assertThatThrownBy(() -> pairing.pair("http://127.0.0.1:9", "ABCD2345", "Téléphone de démo"))
                        .as(role.name())
                        .isInstanceOfSatisfying(
                                SyncException.class,
                                e -> assertThat(e.problem()).isEqualTo(SyncProblem.DEMO));
                assertThat(Pairing.account(demo)).as(role.name()).isEmpty();
            }
        }
        assertThat(SyncProblem.DEMO.message(Locale.FRENCH))
                .contains("démonstration")
                .contains("propre profil");
        assertThat(SyncProblem.DEMO.message(Locale.ENGLISH)).contains("demo").contains("own profile");
    }
}

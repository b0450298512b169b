package org.jalons.sync.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.ManagementRole;
import org.jalons.storage.Profiles;
import org.jalons.sync.HttpSettings;
import org.jalons.sync.SyncEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A management profile takes the role of the account it pairs with; other profiles keep theirs. */
class ManagementRoleAtPairingTest {
    static final HttpSettings HTTP = HttpSettings.defaults().withDelays(Duration.ofMillis(5), Duration.ofMillis(50));
    static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path dir;

    @Test
    void aDirectionProfilePairedWithTheAdminsCodeBecomesTheAdminsAndStaysSoAfterTheNextUnlock() throws Exception {
        try (RealServer server = RealServer.start(dir.resolve("server"))) {
            Profiles profiles = new Profiles(dir.resolve("nadia"), CLOCK, 1000);
            try (LocalStore phone = profiles.create("Nadia", Role.SUPERVISOR, "123456".toCharArray())) {
                new SyncEngine(phone, HTTP, CLOCK)
                        .pairing()
                        .pair(server.baseUrl(), server.adminPairingCode(), "Poste de Nadia");
                assertThat(phone.profile().role()).isEqualTo(Role.ADMIN);
            }
            try (LocalStore again = profiles.unlock("123456".toCharArray())) {
                assertThat(again.profile().role()).isEqualTo(Role.ADMIN);
            }

            // A supervisor's code on an admin profile: the supervisor's screens.
            RealServer.User lea = server.createUser("Léa", "SUPERVISOR", null);
            Profiles leas = new Profiles(dir.resolve("lea"), CLOCK, 1000);
            try (LocalStore phone = leas.create("Léa", Role.ADMIN, "123456".toCharArray())) {
                new SyncEngine(phone, HTTP, CLOCK).pairing().pair(server.baseUrl(), server.pairingCode(lea), "Léa");
                assertThat(phone.profile().role()).isEqualTo(Role.SUPERVISOR);
            }

            // A counsellor's profile keeps its role whatever it pairs with: its records follow a counsellor's rules.
            RealServer.User admin = server.createUser("Marc", "ADMIN", null);
            Profiles marcs = new Profiles(dir.resolve("marc"), CLOCK, 1000);
            try (LocalStore phone = marcs.create("Marc", Role.COUNSELLOR, "123456".toCharArray())) {
                new SyncEngine(phone, HTTP, CLOCK).pairing().pair(server.baseUrl(), server.pairingCode(admin), "Marc");
                assertThat(phone.profile().role()).isEqualTo(Role.COUNSELLOR);
            }
        }
    }

    @Test
    void onlyTheTwoManagementRolesFollowTheAccount() {
        assertThat(ManagementRole.follow(Role.SUPERVISOR, "ADMIN")).isEqualTo(Role.ADMIN);
        assertThat(ManagementRole.follow(Role.ADMIN, "SUPERVISOR")).isEqualTo(Role.SUPERVISOR);
        assertThat(ManagementRole.follow(Role.ADMIN, "ADMIN")).isNull();
        assertThat(ManagementRole.follow(Role.SUPERVISOR, "COUNSELLOR")).isNull();
        assertThat(ManagementRole.follow(Role.COUNSELLOR, "ADMIN")).isNull();
        assertThat(ManagementRole.follow(Role.BENEFICIARY, "ADMIN")).isNull();
        assertThat(ManagementRole.follow(Role.SUPERVISOR, "NOT_A_ROLE")).isNull();
        assertThat(ManagementRole.follow(Role.SUPERVISOR, null)).isNull();
    }
}

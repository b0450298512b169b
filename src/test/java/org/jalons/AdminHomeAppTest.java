package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import org.jalons.admin.AdminSection;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.sync.e2e.RealServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin's home, their first place: its parts open once the phone is paired, never before. */
class AdminHomeAppTest extends RealAppTest {
    @TempDir
    Path dir;

    RealServer server;

    @AfterEach
    void stop() throws TimeoutException {
        stopApp();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anAdminsPhoneNotYetPairedIsToldToPairFirst() throws Exception {
        Path home = dir.resolve("admin");
        try (LocalStore phone = new Profiles(home, java.time.Clock.systemUTC(), 1000)
                .create("Nadia Admin", Role.ADMIN, AdminPhone.PIN.toCharArray())) {
            phone.profile();
        }
        startApp(home);
        tap("#unlock-pin").write(AdminPhone.PIN);
        tap("#unlock");
        waitFor("#admin-pair"); // the admin's home is the first place of their bottom bar
        assertThat(title()).isEqualTo("Gérer la structure");
        lookup(".choice-card")
                .queryAll()
                .forEach(card -> assertThat(card.isDisabled()).isTrue());
        tap("#admin-pair");
        waitFor("#pair-other-address");
    }

    @Test
    void aPairedAdminOpensEachPartFromTheHome() throws Exception {
        server = RealServer.start(dir.resolve("server"));
        startApp(AdminPhone.paired(server, dir.resolve("admin")));
        tap("#unlock-pin").write(AdminPhone.PIN);
        tap("#unlock");
        waitFor("#admin-home");
        assertThat(lookup("#place-admin").tryQuery())
                .as("the first place of the bottom bar")
                .isPresent();
        assertThat(lookup("#admin-pair").tryQuery()).isEmpty();
        for (AdminSection section : AdminSection.ALL) {
            revealAndTap("#admin-" + section.id()); // the later parts are below a phone's first screenful
            waitUntil(() -> !title().equals("Gérer la structure"));
            tap("#back");
            waitFor("#admin-home");
        }
    }
}

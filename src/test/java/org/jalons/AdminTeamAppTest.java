package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.protocol.PairingLink;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.sync.DeviceRevocation;
import org.jalons.sync.Pairing;
import org.jalons.sync.SyncAccount;
import org.jalons.sync.SyncEngine;
import org.jalons.sync.SyncException;
import org.jalons.sync.SyncProblem;
import org.jalons.sync.e2e.RealServer;
import org.jalons.syncui.QrDecoder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The team and the devices, in the app against the real server: an invitation whose code pairs a phone, an
 * account deactivated then reactivated, the last admin refused in words, a lost phone erased from the screen; on a
 * phone and on a wide window (list and detail side by side).
 */
class AdminTeamAppTest extends RealAppTest {
    static final Clock CLOCK = Clock.systemUTC();
    static final Messages FR = new Messages(Language.FRENCH);

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
    void anInvitedCounsellorsCodeIsShownWithItsExpiryAndPairsTheirPhone() throws Exception {
        openTeam();
        tap("#team-invite");
        tap("#invite-name").write("Inès Nouvelle");
        tap("#invite-role-counsellor");
        tap("#invite-submit");
        waitUntil(() -> !textOf("#pairing-code").isEmpty());
        String code = textOf("#pairing-code");
        assertThat(textOf("#pairing-expires")).matches("Valable jusqu’à \\d\\d:\\d\\d");
        assertThat(textOf("#admin-invite .message-info")).contains("Inès Nouvelle", "Conseil en insertion");
        // The QR holds the server's address and the code: nobody types a URL.
        ImageView qr = lookup("#pairing-qr").queryAs(ImageView.class);
        assertThat(QrDecoder.decode(qr.getImage()).flatMap(PairingLink::parse))
                .contains(new PairingLink(server.baseUrl(), code));

        try (LocalStore phone = new Profiles(dir.resolve("ines"), CLOCK, 1000)
                .create("Inès Nouvelle", Role.COUNSELLOR, AdminPhone.PIN.toCharArray())) {
            SyncAccount paired = new SyncEngine(phone, AdminPhone.HTTP, CLOCK)
                    .pairing()
                    .pair(server.baseUrl(), code, "Téléphone d’Inès");
            assertThat(paired.role()).isEqualTo("COUNSELLOR");
        }
        tap("#back");
        waitFor("#team-list");
        waitUntil(() -> line("Inès Nouvelle").isPresent());
        // Paired, not yet synced: one phone in use, and no contact since its pairing.
        assertThat(detailOf("Inès Nouvelle")).isEqualTo("Conseil en insertion · 1 téléphone actif · jamais connecté");
    }

    @Test
    void anAccountIsDeactivatedThenReactivatedAndTheLastAdminIsRefusedInWords() throws Exception {
        server = RealServer.start(dir.resolve("server"));
        server.createUser("Camille Martin", "COUNSELLOR", null);
        openTeam(server);
        waitUntil(() -> line("Camille Martin").isPresent());
        open("Camille Martin");
        waitUntil(() -> textOf("#account-state").equals("Actif"));
        // no phone yet: the list of phones says so rather than stay empty
        waitUntil(() -> lookup("#admin-account .hint").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText()
                        .equals(new org.jalons.i18n.Messages(org.jalons.i18n.Language.FRENCH)
                                .get("admin.account.noDevices"))));
        tap("#account-code");
        waitUntil(() -> !textOf("#pairing-code").isEmpty());
        assertThat(textOf("#pairing-expires")).startsWith("Valable jusqu’à");

        revealAndTap("#account-deactivate");
        assertThat(textOf("#confirm-dialog-body")).contains("arrêtent de se synchroniser tout de suite");
        tap("#confirm-yes");
        waitUntil(() -> textOf("#account-state").startsWith("Désactivé le"));
        assertThat(lookup("#account-deactivate").query().getParent().isVisible())
                .isFalse();
        revealAndTap("#account-reactivate");
        waitUntil(() -> textOf("#account-state").equals("Actif"));

        tap("#back");
        tap("#team-role-admin");
        waitUntil(() -> lookup("#team-summary").queryAs(Label.class).getText().equals("1 compte"));
        open(""); // the organisation's one admin
        waitUntil(() -> textOf("#account-state").equals("Actif"));
        revealAndTap("#account-deactivate");
        tap("#confirm-yes");
        waitUntil(() -> textOf("#admin-account .message-error").equals(FR.get("sync.refusal.last_admin")));
        assertThat(textOf("#account-state")).isEqualTo("Actif");
    }

    @Test
    void aLostPhoneErasedFromTheScreenIsWipePendingThenWipedOnceItSynced() throws Exception {
        server = RealServer.start(dir.resolve("server"));
        Phone lost = counsellorPhone("Camille Martin");
        openAdmin(server);
        tap("#admin-devices");
        waitUntil(() -> line("Camille Martin").isPresent());
        assertThat(detailOf("Camille Martin")).endsWith("· Actif");
        open("Camille Martin");
        waitFor("#device-wipe");
        assertThat(textOf("#device-owner")).isEqualTo("Camille Martin · Conseil en insertion");
        tap("#device-wipe");
        assertThat(textOf("#confirm-dialog-body")).contains("effacera tout ce qu’il contient");
        tap("#confirm-yes");
        waitUntil(() -> textOf("#device-state").startsWith("Effacement en attente depuis le"));

        lost.syncAndErase();
        tap("#back");
        waitUntil(() -> line("Camille Martin").isPresent());
        assertThat(detailOf("Camille Martin")).contains("· Effacé le");
        tap("#devices-state-wiped");
        waitUntil(
                () -> lookup("#devices-summary").queryAs(Label.class).getText().equals("1 téléphone"));
    }

    @Test
    void onAWideWindowAccountsAndDevicesOpenBesideTheirList() throws Exception {
        server = RealServer.start(dir.resolve("server"));
        Phone lost = counsellorPhone("Camille Martin");
        openTeam(server);
        Stage stage = (Stage) lookup("#team-list").query().getScene().getWindow();
        interact(() -> stage.setWidth(1100));
        waitUntil(
                () -> lookup("#detail-pane").tryQuery().filter(Node::isVisible).isPresent());
        waitUntil(() -> line("Camille Martin").isPresent());
        open("Camille Martin");
        waitFor("#detail-pane #account-deactivate");
        assertThat(title()).isEqualTo("Équipe");
        assertThat(lookup("#detail-pane #account-device-0").queryAs(Label.class).getText())
                .contains("Téléphone de Camille", "Actif");
        Node list = lookup("#list-pane").query();
        assertThat(list.getBoundsInParent().getWidth()).isEqualTo(400);
        assertThat(lookup("#detail-pane").query().getBoundsInParent().getMinX()).isGreaterThanOrEqualTo(400);
        revealAndTap("#account-deactivate");
        tap("#confirm-yes");
        waitUntil(() -> textOf("#account-state").startsWith("Désactivé le"));
        // The list beside it is read again: Camille leaves the active accounts.
        waitUntil(() -> line("Camille Martin").isEmpty());
        tap("#team-state-all");
        waitUntil(() -> detailOf("Camille Martin").contains("Désactivé le"));
        revealAndTap("#account-reactivate");
        waitUntil(() -> textOf("#account-state").equals("Actif"));

        tap("#back");
        tap("#admin-devices");
        waitUntil(() -> line("Camille Martin").isPresent());
        // Deactivating revoked her phone: it stays listed as revoked, and may still be erased.
        assertThat(detailOf("Camille Martin")).contains("· Retiré le");
        open("Camille Martin");
        waitFor("#detail-pane #device-wipe");
        assertThat(lookup("#detail-pane #device-revoke").query().isVisible()).isFalse();
        tap("#device-wipe");
        tap("#confirm-yes");
        waitUntil(() -> textOf("#detail-pane #device-state").startsWith("Effacement en attente depuis le"));
        waitUntil(() -> detailOf("Camille Martin").contains("Effacement en attente"));
        assertThat(lost.id()).isNotNull();
    }

    /** A counsellor's phone, paired, that has synced once. */
    private record Phone(Path home, Profiles profiles, SyncAccount account) {
        UUID id() {
            return account.deviceId();
        }

        /** Its next sync is told to erase it: it erases everything and confirms. */
        void syncAndErase() throws Exception {
            SyncException told;
            try (LocalStore store = profiles.unlock(AdminPhone.PIN.toCharArray())) {
                try {
                    new SyncEngine(store, AdminPhone.HTTP, CLOCK).syncOnce();
                    throw new AssertionError("the phone was not told to erase itself");
                } catch (SyncException e) {
                    told = e;
                }
            }
            assertThat(told.problem()).isEqualTo(SyncProblem.WIPE_REQUESTED);
            assertThat(new DeviceRevocation(home, AdminPhone.HTTP).wipeAsRequested(profiles, Optional.of(account)))
                    .isTrue();
        }
    }

    private Phone counsellorPhone(String name) throws Exception {
        RealServer.User user = server.createUser(name, "COUNSELLOR", null);
        Path home = dir.resolve("phone-" + UUID.randomUUID());
        Profiles profiles = new Profiles(home, CLOCK, 1000);
        try (LocalStore phone = profiles.create(name, Role.COUNSELLOR, AdminPhone.PIN.toCharArray())) {
            SyncEngine sync = new SyncEngine(phone, AdminPhone.HTTP, CLOCK);
            sync.pairing().pair(server.baseUrl(), server.pairingCode(user), "Téléphone de Camille");
            sync.syncOnce();
            return new Phone(home, profiles, Pairing.account(phone).orElseThrow());
        }
    }

    private void openTeam() throws Exception {
        server = RealServer.start(dir.resolve("server"));
        openTeam(server);
    }

    private void openTeam(RealServer running) throws Exception {
        openAdmin(running);
        tap("#admin-team");
        waitFor("#team-list");
    }

    private void openAdmin(RealServer running) throws Exception {
        startApp(AdminPhone.paired(running, dir.resolve("admin")));
        tap("#unlock-pin").write(AdminPhone.PIN);
        tap("#unlock");
        waitFor("#admin-home"); // the admin's first place
        waitFor("#admin-home");
    }

    /** The list line (its title) naming {@code name} (and, for a device, its owner's role), if shown. */
    private Optional<Label> line(String name) {
        return lookup(".admin-line-title").queryAllAs(Label.class).stream()
                .filter(l ->
                        shown(l) && (name.equals(l.getText()) || l.getText().startsWith(name + " · ")))
                .findFirst();
    }

    /**
     * Opens the list's line about {@code name} as a keyboard does (chosen, then Enter): a line's label may be one the
     * list keeps for measuring, outside what it shows, and a click there would miss.
     */
    private void open(String name) {
        javafx.scene.control.ListView<?> list = lookup(".admin-list").queryAs(javafx.scene.control.ListView.class);
        interact(() -> {
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).toString().contains("name=" + name)
                        || list.getItems().get(i).toString().contains("ownerName=" + name)) {
                    list.requestFocus();
                    list.getSelectionModel().select(i);
                    return;
                }
            }
            throw new AssertionError(name + " is not listed");
        });
        type(javafx.scene.input.KeyCode.ENTER);
    }

    /** Whether the node and every parent is visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** The detail line under {@code name}'s title. */
    private String detailOf(String name) {
        return line(name)
                .map(l ->
                        ((javafx.scene.layout.VBox) l.getParent()).getChildren().get(1))
                .map(n -> ((Label) n).getText())
                .orElse("");
    }
}

package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.jalons.admin.PeopleSource;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.Exit;
import org.jalons.domain.JalonsRecord;
import org.jalons.platform.FakeShareService;
import org.jalons.protocol.Vocabulary.ExitCategory;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.sync.SyncEngine;
import org.jalons.sync.e2e.RealServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The admin's people against the real server: a person transferred from one counsellor to another (their phones
 * drop and receive them at the next sync) and given a second counsellor, with the history of referents; the
 * person's record exported and the person erased from the screen, on a wide window; the retention report.
 */
class AdminPeopleAppTest extends RealAppTest {
    static final String PIN = AdminPhone.PIN;
    static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path dir;

    RealServer server;
    Path samiasPhone;
    Path marcsPhone;
    final FakeShareService share = new FakeShareService();

    @AfterEach
    void stop() throws TimeoutException {
        stopApp();
        if (server != null) {
            server.close();
        }
    }

    /** Two counsellors with a phone each; Samia created Inès on hers and synced. */
    private UUID twoCounsellorsAndInes() throws Exception {
        RealServer.User samia = server.createUser("Samia Benali", "COUNSELLOR", null);
        RealServer.User marc = server.createUser("Marc Petit", "COUNSELLOR", null);
        samiasPhone = phone("samia", "Samia Benali", samia);
        marcsPhone = phone("marc", "Marc Petit", marc);
        UUID ines = JalonsRecord.newId();
        try (LocalStore store = new Profiles(samiasPhone, CLOCK, 1000).unlock(PIN.toCharArray())) {
            store.beneficiaries()
                    .save(new Beneficiary(
                            ines, "Inès Moreau", null, LocalDate.now(CLOCK), null, null, List.of(), null, "Lille"));
            store.beneficiaries()
                    .save(new Beneficiary(
                            JalonsRecord.newId(),
                            "Bruno Klein",
                            null,
                            LocalDate.now(CLOCK),
                            null,
                            null,
                            List.of(),
                            null,
                            "Roubaix"));
            new SyncEngine(store, AdminPhone.HTTP, CLOCK).syncOnce();
        }
        return ines;
    }

    private Path phone(String folder, String name, RealServer.User user) throws Exception {
        Path home = dir.resolve(folder);
        try (LocalStore store = new Profiles(home, CLOCK, 1000).create(name, Role.COUNSELLOR, PIN.toCharArray())) {
            new SyncEngine(store, AdminPhone.HTTP, CLOCK)
                    .pairing()
                    .pair(server.baseUrl(), server.pairingCode(user), "Téléphone de " + name);
        }
        return home;
    }

    /** Syncs a counsellor's phone and reads the names of the people it holds. */
    private static List<String> holds(Path phone) throws Exception {
        try (LocalStore store = new Profiles(phone, CLOCK, 1000).unlock(PIN.toCharArray())) {
            new SyncEngine(store, AdminPhone.HTTP, CLOCK).syncOnce();
            return store.beneficiaries().all().stream()
                    .map(Beneficiary::displayName)
                    .sorted()
                    .toList();
        }
    }

    @Test
    void aPersonTransferredToAnotherCounsellorMovesBetweenTheirPhonesAndTheHistorySaysSo() throws Exception {
        server = RealServer.start(dir.resolve("server"));
        twoCounsellorsAndInes();
        assertThat(holds(marcsPhone)).isEmpty();
        openPeople(AdminPhone.paired(server, dir.resolve("admin")));
        assertThat(shownNames()).containsExactly("Bruno Klein", "Inès Moreau");

        // the search ignores accents and case; the filters by counsellor and "without a counsellor"
        tap("#people-search").write("ines");
        waitUntil(() -> shownNames().equals(List.of("Inès Moreau")));
        assertThat(textOf("#people-summary")).isEqualTo("1 personne sur 2");
        tap("#people-alone");
        waitUntil(() -> shownNames().isEmpty());
        tap("#people-alone");
        waitUntil(() -> shownNames().equals(List.of("Inès Moreau")));

        openPerson("Inès Moreau");
        waitFor("#admin-person");
        assertThat(title()).isEqualTo("Personne accompagnée");
        waitUntil(() -> history().size() == 1);
        assertThat(history().get(0)).endsWith("Samia Benali devient référent (par Samia Benali)");
        assertThat(textOf("#person-counsellor-0")).isEqualTo("Samia Benali");

        // transfer to Marc, chosen by name
        revealAndTap("#person-transfer-0");
        waitFor("#person-choose-0");
        assertThat(lookup("#person-choose-0")
                        .queryAs(javafx.scene.control.Button.class)
                        .getText())
                .isEqualTo("Marc Petit");
        tap("#person-choose-0");
        waitUntil(() -> history().size() == 3);
        assertThat(history().get(1)).endsWith("Samia Benali n’est plus référent (par Nadia Admin)");
        assertThat(history().get(2)).endsWith("Marc Petit devient référent (par Nadia Admin)");
        assertThat(textOf("#person-counsellor-0")).isEqualTo("Marc Petit");
        // at their next sync, Samia's phone drops Inès and Marc's receives her
        assertThat(holds(samiasPhone)).containsExactly("Bruno Klein");
        assertThat(holds(marcsPhone)).containsExactly("Inès Moreau");

        // Samia again, as a second counsellor
        revealAndTap("#person-add-counsellor");
        waitFor("#person-choose-0");
        tap("#person-choose-0");
        waitUntil(() -> history().size() == 4);
        assertThat(history().get(3)).endsWith("Samia Benali devient référent (par Nadia Admin)");
        assertThat(holds(samiasPhone)).containsExactly("Bruno Klein", "Inès Moreau");
        assertThat(holds(marcsPhone)).containsExactly("Inès Moreau");

        tap("#back");
        waitFor("#people-list");
        waitUntil(() -> shownNames().size() == 2);
        assertThat(detailOf("Inès Moreau")).isEqualTo("Marc Petit, Samia Benali · Lille");
    }

    @Test
    void onAWideWindowTheRecordIsExportedAndThePersonErasedBesideTheList() throws Exception {
        server = RealServer.start(dir.resolve("server"));
        twoCounsellorsAndInes();
        openPeople(AdminPhone.paired(server, dir.resolve("admin")));
        javafx.stage.Stage stage =
                (javafx.stage.Stage) lookup("#people-list").query().getScene().getWindow();
        interact(() -> stage.setWidth(1100));
        waitUntil(
                () -> lookup("#detail-pane").tryQuery().filter(Node::isVisible).isPresent());
        openPerson("Inès Moreau");
        waitFor("#detail-pane #admin-person");
        assertThat(title()).isEqualTo("Personnes accompagnées");

        revealAndTap("#person-export-json");
        waitUntil(() -> share.shared.size() == 1);
        assertThat(share.shared.get(0).fileName()).isEqualTo("dossier-personne.json");
        assertThat(new String(share.shared.get(0).content(), StandardCharsets.UTF_8))
                .contains("Inès Moreau");
        revealAndTap("#person-export-pdf");
        waitUntil(() -> share.shared.size() == 2);
        assertThat(new String(share.shared.get(1).content(), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");

        waitUntil(() -> textOf("#snackbar-text").equals("Fichier dossier-personne.pdf prêt."));
        // the snackbar lies over the bottom of the window, where the last button of the screen is
        interact(() -> org.jalons.ui.kit.Overlay.of(lookup("#admin-person").query())
                .ifPresent(org.jalons.ui.kit.Overlay::hideSnackbar));
        revealAndTap("#person-erase");
        waitFor("#confirm-dialog");
        assertThat(lookup("#confirm-dialog").queryAll().stream()
                        .flatMap(d -> lookup(".label").queryAllAs(Label.class).stream())
                        .map(Label::getText)
                        .anyMatch(t -> t.contains("Cela ne peut pas être annulé")))
                .isTrue();
        tap("#confirm-yes");
        waitFor("#person-gone");
        waitUntil(() -> shownNames().equals(List.of("Bruno Klein")));
        // Samia's phone drops her at its next sync
        assertThat(holds(samiasPhone)).containsExactly("Bruno Klein");
    }

    @Test
    void theRetentionReportSaysWhoWillBeErasedWhenAndTheAdminErasesNow() throws Exception {
        ShiftedClock clock = new ShiftedClock();
        server = RealServer.start(dir.resolve("server"), clock);
        Path admin = AdminPhone.paired(server, dir.resolve("admin"));
        RealServer.User samia = server.createUser("Samia Benali", "COUNSELLOR", null);
        samiasPhone = phone("samia", "Samia Benali", samia);
        try (LocalStore store = new Profiles(samiasPhone, CLOCK, 1000).unlock(PIN.toCharArray())) {
            UUID lea = JalonsRecord.newId();
            LocalDate entered = LocalDate.now(CLOCK).minusMonths(6);
            store.beneficiaries()
                    .save(new Beneficiary(lea, "Léa Martin", null, entered, null, null, List.of(), null, "Lille"));
            store.exits()
                    .save(new Exit(
                            JalonsRecord.newId(), lea, LocalDate.now(CLOCK), ExitCategory.EMPLOI_DURABLE, null, null));
            new SyncEngine(store, AdminPhone.HTTP, CLOCK).syncOnce();
        }
        // 24 months after the support ended, less 15 days: within the 30 days' notice
        clock.shift = Duration.ofDays(365 * 2 - 15);
        server.sweepRetention();

        openPeople(admin);
        revealAndTap("#people-retention");
        waitFor("#retention-0");
        assertThat(title()).isEqualTo("Effacements prévus");
        assertThat(textOf("#retention-rule"))
                .isEqualTo("Un dossier est effacé 24 mois après la fin de l’accompagnement.");
        String why = lookup("#retention-0 .hint").queryAs(Label.class).getText();
        assertThat(why)
                .startsWith("Accompagnement terminé le ")
                .contains("effacement le ")
                .endsWith("Samia Benali");
        assertThat(lookup("#retention-0 .person-name").queryAs(Label.class).getText())
                .isEqualTo("Léa Martin");

        tap("#retention-open-0");
        waitFor("#admin-person");
        waitUntil(() -> textOf("#person-name").equals("Léa Martin"));
        tap("#back");
        waitFor("#retention-erase-0");
        tap("#retention-erase-0");
        tap("#confirm-yes");
        waitFor("#retention-none");
        assertThat(holds(samiasPhone)).isEmpty();
    }

    private void openPeople(Path admin) throws TimeoutException {
        startApp(admin, c -> c.withShare(share));
        tap("#unlock-pin").write(PIN);
        tap("#unlock");
        waitFor("#admin-home"); // the admin's first place
        revealAndTap("#admin-people");
        waitFor("#people-list");
        waitUntil(() -> !textOf("#people-summary").isEmpty()
                || lookup("#people-list").tryQuery().isPresent());
    }

    private void openPerson(String name) {
        clickOn(lookup(".person-name").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals(name) && l.isVisible())
                .findFirst()
                .orElseThrow());
    }

    private List<String> shownNames() {
        return people().getItems().stream().map(PeopleSource.Person::name).toList();
    }

    private String detailOf(String name) {
        return lookup(".people-cell .person-detail").queryAllAs(Label.class).stream()
                .filter(l -> l.getParent().getChildrenUnmodifiable().stream()
                        .anyMatch(n -> n instanceof Label x && x.getText().equals(name)))
                .map(Label::getText)
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private ListView<PeopleSource.Person> people() {
        return (ListView<PeopleSource.Person>) lookup("#people-list").queryAs(ListView.class);
    }

    private List<String> history() {
        return lookup("#person-history .history-line").queryAllAs(Label.class).stream()
                .map(Label::getText)
                .toList();
    }

    /** The server's clock, moved on by the test (retention is counted in months). */
    static final class ShiftedClock extends Clock {
        volatile Duration shift = Duration.ZERO;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return CLOCK.instant().plus(shift);
        }
    }
}

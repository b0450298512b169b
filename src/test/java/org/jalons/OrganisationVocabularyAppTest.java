package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import org.jalons.admin.VocabularyModel;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.Goal;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.OrgTerm;
import org.jalons.domain.Term;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.sync.AdminClient;
import org.jalons.sync.SyncEngine;
import org.jalons.sync.e2e.RealServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The organisation's sites and goal themes against the real server: the admin adopts, renames and merges the free
 * texts counsellors wrote; the list arrives on a counsellor's phone at the sync and its goal editor and site field
 * propose it first; a renamed theme reads as its new label on the phone.
 */
class OrganisationVocabularyAppTest extends RealAppTest {
    static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path dir;

    RealServer server;
    Path counsellorPhone;
    Path adminPhone;

    @BeforeEach
    void serverAndPhones() throws Exception {
        server = RealServer.start(dir.resolve("server"));
        RealServer.User camille = server.createUser("Camille Martin", "COUNSELLOR", null);
        counsellorPhone = dir.resolve("counsellor");
        try (LocalStore store = new Profiles(counsellorPhone, CLOCK, 1000)
                .create("Camille Martin", Role.COUNSELLOR, AdminPhone.PIN.toCharArray())) {
            new SyncEngine(store, AdminPhone.HTTP, CLOCK)
                    .pairing()
                    .pair(server.baseUrl(), server.pairingCode(camille), "Téléphone de Camille");
        }
        adminPhone = AdminPhone.paired(server, dir.resolve("admin"));
    }

    @AfterEach
    void stop() throws TimeoutException {
        stopApp();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theAdminAdoptsRenamesAndMergesTheFreeTextsFoundInTheFiles() throws Exception {
        counsellorWritesGoals(Map.of("Permis de conduire", 2, "permis B", 1));
        startApp(adminPhone);
        tap("#unlock-pin").write(AdminPhone.PIN);
        tap("#unlock");
        waitFor("#admin-home"); // the admin's first place
        waitFor("#admin-vocabulary");
        revealAndTap("#admin-vocabulary");
        waitFor("#vocab-seen-1");
        assertThat(title()).isEqualTo("Mots de l’organisation");
        assertThat(lineText("#vocab-seen-0")).contains("Permis de conduire", "2 dossiers", "hors de la liste");

        // adopt: a new theme of the same words, after a confirmation (the statistics change)
        revealAndTap("#vocab-seen-0");
        waitFor("#vocab-adopt");
        revealAndTap("#vocab-adopt");
        waitFor("#confirm-yes");
        tap("#confirm-yes");
        waitUntil(() -> termLine("Permis de conduire") != null);
        waitUntil(() -> lineText("#vocab-seen-0").contains("compté comme «\u00a0Permis de conduire\u00a0»"));

        // rename it
        revealAndTap("#" + termLine("Permis de conduire").getId());
        waitFor("#vocab-label");
        interact(() -> ((TextField) lookup("#vocab-label").query()).setText("Passer le permis"));
        revealAndTap("#vocab-rename");
        waitUntil(() -> termLine("Passer le permis") != null);
        waitUntil(() -> lineText("#vocab-seen-0").contains("compté comme «\u00a0Passer le permis\u00a0»"));

        // merge the other free text into it (the snackbar saying the rename lies over the list's last lines)
        interact(() -> org.jalons.ui.kit.Overlay.of(lookup("#vocab-seen-1").query())
                .ifPresent(org.jalons.ui.kit.Overlay::hideSnackbar));
        revealAndTap("#vocab-seen-1");
        waitFor("#vocab-count-as");
        @SuppressWarnings("unchecked")
        ComboBox<VocabularyModel.Term> as = lookup("#vocab-count-as").queryAs(ComboBox.class);
        interact(() -> as.setValue(as.getItems().get(0)));
        revealAndTap("#vocab-count");
        waitFor("#confirm-yes");
        tap("#confirm-yes");
        waitUntil(() -> lineText("#vocab-seen-1").contains("compté comme «\u00a0Passer le permis\u00a0»"));
    }

    @Test
    void onAWideWindowATermsDetailIsBesideTheListAndRetiringItIsConfirmed() throws Exception {
        String code = adminAdds("SITE", "Lille Nord");
        startApp(adminPhone);
        tap("#unlock-pin").write(AdminPhone.PIN);
        tap("#unlock");
        waitFor("#admin-home"); // the admin's first place
        waitFor("#admin-vocabulary");
        revealAndTap("#admin-vocabulary");
        waitFor("#vocab-term-" + code);
        javafx.stage.Stage stage =
                (javafx.stage.Stage) lookup("#vocab-lines").query().getScene().getWindow();
        interact(() -> stage.setWidth(1100));
        waitUntil(() -> lookup("#detail-pane")
                .tryQuery()
                .filter(javafx.scene.Node::isVisible)
                .isPresent());
        revealAndTap("#vocab-term-" + code);
        waitFor("#detail-pane #vocab-label");
        assertThat(lookup("#vocab-sheet-title").tryQuery())
                .as("no sheet on a wide window")
                .isEmpty();
        revealAndTap("#vocab-retire");
        waitFor("#confirm-no");
        tap("#confirm-no");
        assertThat(lineText("#vocab-term-" + code)).contains("Proposé sur les téléphones");
        revealAndTap("#vocab-retire");
        waitFor("#confirm-yes");
        tap("#confirm-yes");
        waitUntil(() -> lineText("#vocab-term-" + code).contains("Retiré"));
    }

    @Test
    void theListArrivesAtTheSyncAndTheCounsellorsFormsProposeItFirst() throws Exception {
        String code = adminAdds("GOAL_THEME", "Permis de conduire");
        adminAdds("SITE", "Lille Nord");
        try (LocalStore store = new Profiles(counsellorPhone, CLOCK, 1000).unlock(AdminPhone.PIN.toCharArray())) {
            new SyncEngine(store, AdminPhone.HTTP, CLOCK).syncOnce();
            assertThat(store.orgVocabulary().proposed(OrgTerm.Kind.GOAL_THEME))
                    .extracting(OrgTerm::label)
                    .containsExactly("Permis de conduire");
            assertThat(store.orgVocabulary().proposed(OrgTerm.Kind.SITE))
                    .extracting(OrgTerm::label)
                    .containsExactly("Lille Nord");
        }
        startApp(counsellorPhone);
        tap("#unlock-pin").write(AdminPhone.PIN);
        tap("#unlock");
        waitFor("#caseload");
        tap("#fab");
        waitFor("#newPerson-displayName");
        tap("#newPerson-displayName").write("Inès Moreau");
        waitFor("#newPerson-site-suggestion-0");
        assertThat(((Labeled) lookup("#newPerson-site-suggestion-0").query()).getText())
                .isEqualTo("Lille Nord");
        revealAndTap("#newPerson-site-suggestion-0");
        assertThat(((TextField) lookup("#newPerson-site").query()).getText()).isEqualTo("Lille Nord");
        revealAndTap("#done");
        waitUntil(() -> textOf("#file-header .screen-heading").equals("Inès Moreau"));

        revealAndTap("#tab-parcours");
        waitFor("#add-goal");
        revealAndTap("#add-goal");
        waitFor("#goal-theme");
        @SuppressWarnings("unchecked")
        ComboBox<String> theme = lookup("#goal-theme").queryAs(ComboBox.class);
        assertThat(theme.getItems().get(0)).as("the organisation's theme first").isEqualTo("org:" + code);
        assertThat(theme.getConverter().toString(theme.getItems().get(0))).isEqualTo("Permis de conduire");
        interact(() -> theme.setValue("org:" + code));
        revealAndTap("#goal-phrasing");
        write(" passer le permis");
        revealAndTap("#done");
        waitFor("#add-goal");
        waitUntil(() -> lookup(".card-theme").queryAll().stream()
                .anyMatch(n -> ((Labeled) n).getText().equals("Permis de conduire")));

        // renamed on the server: the record keeps its words, the phone reads it as the new name after the next sync
        stopApp();
        try (LocalStore admin = new Profiles(adminPhone, CLOCK, 1000).unlock(AdminPhone.PIN.toCharArray())) {
            new AdminClient(admin, AdminPhone.HTTP)
                    .send("PUT", "api/v1/admin/vocabulary/" + code, Map.of("label", "Passer le permis"), Void.class);
        }
        try (LocalStore store = new Profiles(counsellorPhone, CLOCK, 1000).unlock(AdminPhone.PIN.toCharArray())) {
            new SyncEngine(store, AdminPhone.HTTP, CLOCK).syncOnce();
            Goal goal = store.goals()
                    .forBeneficiary(store.beneficiaries().all().get(0).id())
                    .get(0);
            assertThat(goal.theme().wire()).isEqualTo("custom:Permis de conduire");
            assertThat(store.orgVocabulary().themeText(goal.theme(), GoalTheme::code, false))
                    .isEqualTo("Passer le permis");
        }
        startApp(counsellorPhone);
        tap("#unlock-pin").write(AdminPhone.PIN);
        tap("#unlock");
        waitFor("#caseload .list-cell");
        revealAndTap("#caseload .list-cell");
        waitFor("#tab-parcours");
        revealAndTap("#tab-parcours");
        waitUntil(() -> lookup(".card-theme").queryAll().stream()
                .anyMatch(n -> ((Labeled) n).getText().equals("Passer le permis")));
    }

    @Test
    void theAdminAddsASkillOfTheTradeThatAWorkSupervisorsPhoneProposes() throws Exception {
        Path workPhone = dir.resolve("work");
        RealServer.User karim = server.createUser("Karim Encadrant", "WORK_SUPERVISOR", null);
        try (LocalStore store = new Profiles(workPhone, CLOCK, 1000)
                .create("Karim", Role.WORK_SUPERVISOR, AdminPhone.PIN.toCharArray())) {
            new SyncEngine(store, AdminPhone.HTTP, CLOCK)
                    .pairing()
                    .pair(server.baseUrl(), server.pairingCode(karim), "Téléphone de Karim");
        }
        adminAdds("PARTNER_KIND", "Épicerie solidaire");
        startApp(adminPhone);
        tap("#unlock-pin").write(AdminPhone.PIN);
        tap("#unlock");
        waitFor("#admin-vocabulary");
        revealAndTap("#admin-vocabulary");
        waitFor("#vocab-add-WORK_SKILL");
        assertThat(title()).isEqualTo("Mots de l’organisation");
        waitUntil(() -> termLine("Épicerie solidaire") != null);
        revealAndTap("#vocab-add-WORK_SKILL");
        waitFor("#vocab-new-label");
        interact(() -> ((TextField) lookup("#vocab-new-label").query()).setText("Soudure à l’arc"));
        interact(() -> ((TextField) lookup("#vocab-new-easy").query()).setText("Souder"));
        revealAndTap("#vocab-create");
        waitUntil(() -> termLine("Soudure à l’arc") != null);
        stopApp();

        try (LocalStore store = new Profiles(workPhone, CLOCK, 1000).unlock(AdminPhone.PIN.toCharArray())) {
            new SyncEngine(store, AdminPhone.HTTP, CLOCK).syncOnce();
            assertThat(store.orgVocabulary().proposed(OrgTerm.Kind.WORK_SKILL))
                    .as("what the observation editor offers beside the protocol's skills")
                    .extracting(OrgTerm::label, OrgTerm::easyOrLabel)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Soudure à l’arc", "Souder"));
            assertThat(store.orgVocabulary().proposed(OrgTerm.Kind.PARTNER_KIND))
                    .extracting(OrgTerm::label)
                    .containsExactly("Épicerie solidaire");
            assertThat(store.orgVocabulary().proposed(OrgTerm.Kind.GOAL_THEME)).isEmpty();
        }
    }

    /** The counsellor's phone writes goals of free-text themes (so many persons each) and syncs them. */
    private void counsellorWritesGoals(Map<String, Integer> themes) throws Exception {
        try (LocalStore store = new Profiles(counsellorPhone, CLOCK, 1000).unlock(AdminPhone.PIN.toCharArray())) {
            for (var entry : themes.entrySet()) {
                for (int i = 0; i < entry.getValue(); i++) {
                    Beneficiary person = store.beneficiaries()
                            .save(new Beneficiary(
                                    JalonsRecord.newId(),
                                    "Personne " + i,
                                    null,
                                    LocalDate.now(CLOCK),
                                    null,
                                    null,
                                    List.of(),
                                    null,
                                    null));
                    store.goals()
                            .save(new Goal(
                                    JalonsRecord.newId(),
                                    person.id(),
                                    Term.<GoalTheme>custom(entry.getKey()),
                                    "Je me sens capable de conduire",
                                    ProposedBy.JOINT,
                                    GoalStatus.EN_COURS,
                                    null,
                                    LocalDate.now(CLOCK),
                                    null));
                }
            }
            new SyncEngine(store, AdminPhone.HTTP, CLOCK).syncOnce();
        }
    }

    private String adminAdds(String kind, String label) throws Exception {
        try (LocalStore admin = new Profiles(adminPhone, CLOCK, 1000).unlock(AdminPhone.PIN.toCharArray())) {
            @SuppressWarnings("unchecked")
            Map<String, Object> term = new AdminClient(admin, AdminPhone.HTTP)
                    .send("POST", "api/v1/admin/vocabulary", Map.of("kind", kind, "label", label), Map.class);
            return (String) term.get("code");
        }
    }

    private String lineText(String query) {
        return lookup(query).tryQuery().map(n -> ((Labeled) n).getText()).orElse("");
    }

    private Button termLine(String label) {
        return lookup(".vocab-line").queryAll().stream()
                .filter(n -> n.getId() != null && n.getId().startsWith("vocab-term-"))
                .map(Button.class::cast)
                .filter(b -> b.getText().startsWith(label + "\n"))
                .findFirst()
                .orElse(null);
    }
}

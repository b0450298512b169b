package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.Goal;
import org.jalons.domain.RecordKind;
import org.jalons.domain.Term;
import org.jalons.i18n.Language;
import org.jalons.i18n.LanguageSetting;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.OutboxEntry;
import org.jalons.storage.Profiles;
import org.jalons.storage.SyncScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The refused changes screen in the real app: the card opens the record itself, in its editor, to fix it; giving a
 * change up says so in a snackbar whose Undo puts the change back exactly, with no fetch of the server's version.
 */
class RefusedChangesAppTest extends RealAppTest {
    static final String PIN = "123456";
    static final String SIGNATURE = "sig-samia";

    @TempDir
    Path home;

    UUID samia = UUID.randomUUID();
    UUID goal = UUID.randomUUID();
    OutboxEntry refused;

    @AfterEach
    void stop() throws TimeoutException {
        stopApp();
    }

    /** A counsellor whose goal change the server refused (a write the account may not make). */
    void counsellorWithARefusedGoal() {
        new LanguageSetting(home).save(Language.FRENCH);
        try (LocalStore store = profiles().create("Alex", Role.COUNSELLOR, PIN.toCharArray())) {
            store.beneficiaries()
                    .save(new Beneficiary(
                            samia, "Samia B.", null, LocalDate.of(2026, 3, 2), null, null, List.of(), null, null));
            store.goals()
                    .save(new Goal(
                            goal,
                            samia,
                            Term.of(GoalTheme.MOBILITE),
                            "Passer le permis B",
                            ProposedBy.JOINT,
                            GoalStatus.EN_COURS,
                            null,
                            LocalDate.of(2026, 4, 1),
                            null));
            store.database().inTransaction(c -> {
                SyncScope.put(c, samia, SIGNATURE);
                return null;
            });
            OutboxEntry change = store.outbox().pending(100).stream()
                    .filter(e -> e.kind() == RecordKind.GOAL)
                    .findFirst()
                    .orElseThrow();
            store.database().inTransaction(c -> {
                store.outbox().reject(c, change.changeId(), 403, "forbidden_write", "not allowed");
                return null;
            });
            refused = store.outbox().rejected().get(0);
        }
    }

    Profiles profiles() {
        return new Profiles(home, Clock.systemUTC(), 1000);
    }

    void openRefusedChanges() throws TimeoutException {
        startApp(home);
        tap("#unlock-pin").write(PIN);
        tap("#unlock");
        waitFor("#caseload");
        tap("#open-settings");
        revealAndTap("#settings-sync");
        tap("#sync-to-rejected");
        waitFor(".rejected-card");
    }

    @Test
    void theCardOpensTheRefusedGoalInItsEditor() throws Exception {
        counsellorWithARefusedGoal();
        openRefusedChanges();

        assertThat(lookup("#open-rejected").queryButton().getText()).isEqualTo("Ouvrir pour corriger");
        tap("#open-rejected");
        waitFor("#goal-phrasing");
        assertThat(title()).isEqualTo("Objectif");
        assertThat(lookup("#goal-phrasing")
                        .queryAs(javafx.scene.control.TextInputControl.class)
                        .getText())
                .isEqualTo("Passer le permis B");
    }

    @Test
    void undoAfterGivingUpPutsTheChangeBackExactlyAndNoRefetchIsAsked() throws Exception {
        counsellorWithARefusedGoal();
        openRefusedChanges();

        tap("#discard-rejected");
        tap("#confirm-yes");
        waitUntil(() -> textOf("#snackbar-text").equals("La modification a été abandonnée."));
        waitUntil(() -> lookup(".rejected-card").queryAll().isEmpty());
        assertThat(lookup("#snackbar-action").queryButton().getText()).isEqualTo("Annuler");
        tap("#snackbar-action");
        waitFor(".rejected-card");
        waitUntil(() -> textOf("#snackbar-text").equals("La modification refusée est revenue."));
        stopApp();

        try (LocalStore store = profiles().unlock(PIN.toCharArray())) {
            assertThat(store.outbox().rejected()).containsExactly(refused);
            Map<UUID, String> scope = store.database().read(SyncScope::all);
            assertThat(scope).containsEntry(samia, SIGNATURE);
        }
    }
}

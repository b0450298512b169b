package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import org.jalons.domain.Consent;
import org.jalons.domain.Goal;
import org.jalons.domain.Note;
import org.jalons.domain.SharedWord;
import org.jalons.protocol.Vocabulary.ConsentCategory;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.session.AppServices;
import org.jalons.storage.DemoOrganisation;
import org.jalons.storage.LocalStore;
import org.jalons.ui.kit.Switch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the person's phone, sharing a note asks which of their goals it speaks about (the structure reads shared words
 * by the theme of that goal); closing the question shares nothing.
 */
class ShareMyWordsAboutAGoalAppTest extends RealAppTest {
    static final UUID SAMIA = DemoOrganisation.SAMIA;

    @TempDir
    Path home;

    AppServices services;

    @AfterEach
    void stop() throws TimeoutException {
        stopApp();
    }

    @Test
    void sharingANoteSaysWhichGoalItSpeaksAboutAndClosingTheQuestionSharesNothing() throws TimeoutException {
        startApp(home, s -> services = s);
        tap("#discover-demo");
        tap("#demo-beneficiary");
        waitFor("#goal-cards");
        LocalStore store = services.store();
        store.consents()
                .save(new Consent(
                        UUID.randomUUID(),
                        SAMIA,
                        ConsentCategory.NOTES_SHARED_SUPERVISOR,
                        true,
                        services.clock().instant(),
                        "Camille"));
        Note bus = note(store, "Je prends le bus toute seule");
        Note later = note(store, "Je ne sais pas encore");
        Goal goal = store.goals().forBeneficiary(SAMIA).get(0);
        // open «Mon parcours» again so it reads the new notes
        tap("#open-settings");
        tap("#back");
        waitFor("#goal-cards");

        revealAndTap("#share-" + bus.id());
        waitFor("#share-goal");
        assertThat(textOf("#share-goal-title")).startsWith("De quel objectif parlent ces mots");
        assertThat(lookup("#share-goal-all").queryButton().getText()).isEqualTo("D’aucun objectif en particulier");
        tap("#share-goal-" + goal.id());
        waitUntil(() -> sharedWord(store, bus.id()) != null);
        assertThat(sharedWord(store, bus.id()).goalId()).isEqualTo(goal.id());
        waitUntil(() -> details().contains("Ces mots parlent de\u00a0: " + goal.phrasing()));

        revealAndTap("#share-" + later.id());
        waitFor("#share-goal");
        tap("#share-goal-close");
        waitUntil(() -> lookup("#share-goal").tryQuery().isEmpty());
        waitUntil(() -> !lookup("#share-" + later.id()).queryAs(Switch.class).isSelected());
        assertThat(sharedWord(store, later.id())).isNull();
        assertThat(lookup("#share-" + bus.id()).queryAs(Switch.class).isSelected())
                .isTrue();
    }

    private Note note(LocalStore store, String text) {
        return store.notes()
                .save(new Note(UUID.randomUUID(), SAMIA, text, services.clock().instant(), Rater.BENEFICIARY));
    }

    private static SharedWord sharedWord(LocalStore store, UUID recordId) {
        return store.sharedWords().forBeneficiary(SAMIA).stream()
                .filter(w -> w.recordId().equals(recordId))
                .findFirst()
                .orElse(null);
    }

    private String details() {
        return lookup("#my-notes").queryAs(Parent.class).lookupAll(".row-detail").stream()
                .map(n -> ((Label) n).getText())
                .reduce("", (a, b) -> a + "\n" + b);
    }
}

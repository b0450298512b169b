package org.jalons.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.ui.DirectBackground;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MyParcoursViewModelTest {
    @TempDir
    Path dir;

    @Test
    void samiaSeesHerOwnGoalsOpenFirstWithHerLatestRating() {
        try (LocalStore store = new Profiles(dir, Clock.systemUTC(), 1000).openDemo(Role.BENEFICIARY)) {
            MyParcoursViewModel model =
                    new MyParcoursViewModel(store, new DirectBackground(), new Messages(Language.FRENCH));
            model.load();
            assertThat(model.greeting()).isEqualTo("Bonjour Samia B.");
            assertThat(model.goals()).hasSize(2);
            GoalCard permis = model.goals().get(0);
            assertThat(permis.phrasing()).isEqualTo("Je me sens capable de passer le permis B");
            assertThat(permis.status()).isEqualTo(GoalStatus.EN_COURS);
            assertThat(permis.statusLabel()).isEqualTo("En cours");
            assertThat(permis.theme()).isEqualTo("Mobilité");
            assertThat(permis.latestSelfRating()).isEqualTo(7);
            assertThat(permis.latestCounsellorRating()).isEqualTo(7);
            GoalCard ecrit = model.goals().get(1);
            assertThat(ecrit.statusLabel()).isEqualTo("Atteint");
            assertThat(ecrit.latestSelfRating()).isEqualTo(8);
        }
    }

    @Test
    void aNewPersonHasNoGoalYet() {
        try (LocalStore store =
                new Profiles(dir, Clock.systemUTC(), 1000).create("Léa", Role.BENEFICIARY, "123456".toCharArray())) {
            MyParcoursViewModel model =
                    new MyParcoursViewModel(store, new DirectBackground(), new Messages(Language.ENGLISH));
            model.load();
            assertThat(model.goals()).isEmpty();
            assertThat(model.loadingProperty().get()).isFalse();
            assertThat(model.errorProperty().get()).isEmpty();
        }
    }
}

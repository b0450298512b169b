package org.jalons.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.ui.DirectBackground;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverviewViewModelTest {
    @TempDir
    Path dir;

    @Test
    void countsWhatIsOnThisDeviceFromTheDemoOrganisation() {
        try (LocalStore store = new Profiles(dir, Clock.systemUTC(), 1000).openDemo(Role.SUPERVISOR)) {
            OverviewViewModel model = new OverviewViewModel(
                    () -> LocalOverview.of(store), new DirectBackground(), new Messages(Language.FRENCH));
            model.load();
            LocalOverview o = model.overviewProperty().get();
            assertThat(o.people()).isEqualTo(3);
            assertThat(o.goalsOpen()).isEqualTo(4);
            assertThat(o.goalsAchieved()).isEqualTo(1);
            assertThat(o.trainingsCertified()).isEqualTo(3);
            assertThat(o.interviews()).isGreaterThan(10);
            // shown to the supervisor: the small counts are hidden like the server's
            assertThat(model.shown(o.people())).isEqualTo("< 5");
            assertThat(model.shown(o.goalsAchieved())).isEqualTo("< 5");
            assertThat(model.shown(o.goalsOpen())).isEqualTo("< 5");
            assertThat(model.shown(0)).isEqualTo("0");
            assertThat(model.shown(o.interviews())).isEqualTo(Integer.toString(o.interviews()));
        }
    }
}

package org.jalons.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.DemoOrganisation;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.ui.DirectBackground;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoViewModelTest {
    @TempDir
    Path dir;

    final List<LocalStore> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(LocalStore::close);
    }

    @Test
    void eachDemoRoleOpensTheDemoAsThatPerson() {
        Profiles profiles = new Profiles(dir, Clock.systemUTC(), 1000);
        DemoViewModel model =
                new DemoViewModel(profiles, new DirectBackground(), new Messages(Language.FRENCH), opened::add);
        model.open(Role.BENEFICIARY);
        assertThat(opened.get(0).profile().beneficiaryId()).isEqualTo(DemoOrganisation.SAMIA);
        opened.remove(0).close();
        model.open(Role.COUNSELLOR);
        assertThat(opened.get(0).profile().displayName()).isEqualTo(DemoOrganisation.COUNSELLOR_NAME);
        assertThat(profiles.hasOwnProfile())
                .as("the demo is not the person's own profile")
                .isFalse();
    }
}

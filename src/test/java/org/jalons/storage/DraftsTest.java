package org.jalons.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.jalons.protocol.Vocabulary.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftsTest {
    @TempDir
    Path dir;

    @Test
    void aDraftSurvivesClosingTheStoreAndIsGoneOnceCleared() throws Exception {
        Profiles profiles = new Profiles(dir, DemoOrganisationTest.CLOCK, 1000);
        try (LocalStore store = profiles.create("Camille", Role.COUNSELLOR, "123456".toCharArray())) {
            store.drafts().save("visit:samia", Map.of("notes", "Parle du permis", "step", 3));
            store.drafts().save("visit:thomas", Map.of("notes", "RAS"));
            store.drafts().save("goal:new", Map.of("phrasing", "Je me sens capable de…"));
        }
        try (LocalStore store = profiles.unlock("123456".toCharArray())) {
            assertThat(store.drafts().load("visit:samia")).contains(Map.of("notes", "Parle du permis", "step", 3));
            assertThat(store.drafts().keys("visit:")).containsExactlyInAnyOrder("visit:samia", "visit:thomas");
            store.drafts().clear("visit:samia");
            assertThat(store.drafts().load("visit:samia")).isEmpty();
            assertThatThrownBy(() -> store.drafts().save(" ", Map.of())).isInstanceOf(IllegalArgumentException.class);
        }
    }
}

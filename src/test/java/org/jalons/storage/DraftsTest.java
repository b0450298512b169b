package org.jalons.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.DraftKey.Form;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftsTest {
    static final DraftKey SAMIA_VISIT = DraftKey.of(Form.VISIT, "samia");

    @TempDir
    Path dir;

    @Test
    void aDraftSurvivesClosingTheStoreAndIsGoneOnceCleared() throws Exception {
        Profiles profiles = new Profiles(dir, DemoOrganisationTest.CLOCK, 1000);
        try (LocalStore store = profiles.create("Camille", Role.COUNSELLOR, "123456".toCharArray())) {
            store.drafts().save(SAMIA_VISIT, Map.of("notes", "Parle du permis", "step", 3));
            store.drafts().save(DraftKey.of(Form.VISIT, "thomas"), Map.of("notes", "RAS"));
            store.drafts().save(DraftKey.of(Form.GOAL, "new"), Map.of("phrasing", "Je me sens capable de…"));
            store.drafts().save(DraftKey.of(Form.MY_NEW_GOAL), Map.of("phrasing", "Je veux conduire"));
        }
        try (LocalStore store = profiles.unlock("123456".toCharArray())) {
            assertThat(store.drafts().load(SAMIA_VISIT)).contains(Map.of("notes", "Parle du permis", "step", 3));
            assertThat(store.drafts().keys(Form.VISIT))
                    .containsExactlyInAnyOrder(SAMIA_VISIT, DraftKey.of(Form.VISIT, "thomas"));
            assertThat(store.drafts().keys(Form.GOAL)).containsExactly(DraftKey.of(Form.GOAL, "new"));
            assertThat(store.drafts().keys(Form.MY_NEW_GOAL)).containsExactly(DraftKey.of(Form.MY_NEW_GOAL));
            store.drafts().clear(SAMIA_VISIT);
            assertThat(store.drafts().load(SAMIA_VISIT)).isEmpty();
            assertThatThrownBy(() -> store.drafts().save(DraftKey.of(Form.VISIT, "x".repeat(300)), Map.of()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aDraftKeyIsStoredAsDraftsAlwaysWereSoDraftsLeftOnAPhoneResumeAfterAnUpdate() {
        assertThat(SAMIA_VISIT.stored()).isEqualTo("visit:samia");
        assertThat(DraftKey.of(Form.MY_NEW_GOAL).stored()).isEqualTo("my-new-goal");
        assertThat(DraftKey.of(Form.FOLLOW_UP, "a").stored()).isEqualTo("followUp:a");
        for (Form f : Form.values()) {
            assertThat(DraftKey.parse(DraftKey.of(f, "x:y").stored())).isEqualTo(DraftKey.of(f, "x:y"));
            assertThat(DraftKey.parse(DraftKey.of(f).stored())).isEqualTo(DraftKey.of(f));
        }
        assertThat(DraftKey.parse("unknown:1")).isNull();
    }
}

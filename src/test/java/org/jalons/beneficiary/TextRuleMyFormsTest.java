package org.jalons.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.DemoOrganisation;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.ui.DirectBackground;
import org.jalons.ui.EasyRead;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text rule in the person's own forms, in plain and easy-read words; nothing typed is lost. */
class TextRuleMyFormsTest {
    @TempDir
    Path dir;

    LocalStore store;
    final Clock clock = Clock.systemUTC();
    final DirectBackground background = new DirectBackground();

    @BeforeEach
    void openSamia() {
        store = new Profiles(dir, clock, 1000).openDemo(Role.BENEFICIARY);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aNoteWithADamagedCharacterIsRefusedInPlainWordsAndKept() {
        String pasted = "Rendez-vous mardi \uD800";
        for (boolean easyRead : new boolean[] {false, true}) {
            EasyRead texts = new EasyRead(new Messages(Language.FRENCH), easyRead, 1.0);
            NewNoteViewModel model = new NewNoteViewModel(store, background, texts, clock);
            model.textProperty().set(pasted);
            assertThat(model.save(() -> {})).isFalse();
            assertThat(model.textErrorProperty().get())
                    .isEqualTo(
                            easyRead
                                    ? "Mon texte a un signe bizarre. Je l’écris encore à la main."
                                    : "Votre texte contient un signe invisible ou abîmé, souvent venu d’un copier-coller. Retapez ce"
                                            + " passage\u00a0: votre texte est gardé.");
            assertThat(model.textProperty().get()).isEqualTo(pasted);
        }
        int before = store.notes().forBeneficiary(DemoOrganisation.SAMIA).size();
        NewNoteViewModel model =
                new NewNoteViewModel(store, background, new EasyRead(new Messages(Language.FRENCH), false, 1.0), clock);
        model.textProperty().set("Première ligne\ndeuxième ligne");
        assertThat(model.save(() -> {})).isTrue();
        assertThat(store.notes().forBeneficiary(DemoOrganisation.SAMIA)).hasSize(before + 1);
    }
}

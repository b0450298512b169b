package org.jalons.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import org.jalons.domain.Training;
import org.jalons.storage.DemoOrganisation;
import org.jalons.training.TrainingEditorModel;
import org.jalons.ui.DirectBackground;
import org.junit.jupiter.api.Test;

/** The text rule in the counsellor's forms: said under the field, what was typed kept, texts saved NFC. */
class TextRuleFormsTest extends DemoStoreTest {

    @Test
    void aPastedControlCharacterOrLineBreakIsSaidUnderItsFieldAndTheTextIsSavedNfc() {
        TrainingEditorModel t =
                new TrainingEditorModel(store, new DirectBackground(), EditorTarget.create(DemoOrganisation.SAMIA), fr);
        t.value("title").set("CACES\u0007 R489");
        assertThat(t.commit()).isFalse();
        assertThat(t.error("title").get()).startsWith("Ce texte contient un caractère invisible ou abîmé");
        assertThat(t.get("title")).isEqualTo("CACES\u0007 R489");

        t.value("title").set("CACES\nR489");
        assertThat(t.commit()).isFalse();
        assertThat(t.error("title").get())
                .isEqualTo("Ce texte doit tenir sur une seule ligne, sans retour à la ligne ni tabulation.");

        t.value("title").set("Habilitation e\u0301lectrique");
        assertThat(t.commit()).isTrue();
        assertThat(store.trainings().forBeneficiary(DemoOrganisation.SAMIA))
                .extracting(Training::title)
                .contains("Habilitation électrique");
    }
}

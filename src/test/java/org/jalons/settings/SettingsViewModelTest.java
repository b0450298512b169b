package org.jalons.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.ui.DirectBackground;
import org.jalons.ui.DisplayPreferences;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {
    @TempDir
    Path dir;

    final Messages messages = new Messages(Language.FRENCH);
    final List<String> steps = new ArrayList<>();
    int unsent;

    SettingsViewModel model() {
        return new SettingsViewModel(
                messages, new DisplayPreferences(dir), new DirectBackground(), new SettingsViewModel.Wiper() {
                    @Override
                    public int unsentChanges() {
                        steps.add("count");
                        return unsent;
                    }

                    @Override
                    public void close() {
                        steps.add("close");
                    }

                    @Override
                    public void erase() {
                        steps.add("erase");
                    }

                    @Override
                    public void done() {
                        steps.add("start screen");
                    }
                });
    }

    @Test
    void theWipeQuestionSaysHowManyChangesWouldBeLost() {
        unsent = 3;
        SettingsViewModel model = model();
        List<String> asked = new ArrayList<>();
        model.prepareWipe(() -> asked.add(model.wipeQuestionProperty().get()));

        assertThat(asked)
                .containsExactly("3 modifications n’ont pas encore été envoyées à la structure\u00a0: elles seront "
                        + "perdues. Toutes les données de ce profil seront effacées de ce téléphone.");
        assertThat(steps).containsExactly("count");
        assertThat(model.wipeText(1))
                .startsWith("1 modification n’a pas encore été envoyée à la structure\u00a0: elle sera perdue.");
    }

    @Test
    void whenEverythingIsSyncedTheQuestionSaysSo() {
        unsent = 0;
        SettingsViewModel model = model();
        model.prepareWipe(() -> {});
        assertThat(model.wipeQuestionProperty().get())
                .startsWith("Tout a été envoyé à la structure\u00a0: rien ne sera perdu.");
    }

    @Test
    void wipingClosesTheStoreThenErasesItThenShowsTheStart() {
        model().wipe();
        assertThat(steps).containsExactly("close", "erase", "start screen");
    }

    @Test
    void textSizeAndEasyReadAreTheDevicesDisplayPreferences() {
        SettingsViewModel model = model();
        model.textScaleProperty().set(1.2);
        assertThat(model.textScaleLabel().get()).isEqualTo("Taille du texte\u00a0: 120\u00a0%");
        model.easyReadProperty().set(true);
        assertThat(model.textScaleLabel().get()).isEqualTo("Taille des lettres\u00a0: 120\u00a0%");
        DisplayPreferences reread = new DisplayPreferences(dir);
        assertThat(reread.textScaleProperty().get()).isEqualTo(1.2);
        assertThat(reread.isEasyRead()).isTrue();

        model.chooseLanguage(Language.ENGLISH);
        assertThat(messages.language()).isEqualTo(Language.ENGLISH);
        assertThat(model.textScaleLabel().get()).isEqualTo("Size of the letters: 120%");
        model.easyReadProperty().set(false);
        assertThat(model.textScaleLabel().get()).isEqualTo("Text size: 120%");
    }

    @Test
    void inEasyReadTheWipeQuestionIsInEasyWords() {
        unsent = 1;
        SettingsViewModel model = model();
        model.easyReadProperty().set(true);
        model.prepareWipe(() -> {});
        assertThat(model.wipeQuestionProperty().get())
                .isEqualTo("1 changement n’est pas envoyé. Il sera perdu. Mes données partent de ce téléphone.");
        unsent = 0;
        model.prepareWipe(() -> {});
        assertThat(model.wipeQuestionProperty().get()).startsWith("Tout est envoyé. Je ne perds rien.");
    }
}

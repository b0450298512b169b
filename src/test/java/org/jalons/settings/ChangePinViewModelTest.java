package org.jalons.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.storage.UnlockException;
import org.jalons.ui.DirectBackground;
import org.jalons.ui.EasyRead;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PIN change against a real encrypted store: the new PIN opens it, the old one no longer does. */
class ChangePinViewModelTest {
    @TempDir
    Path dir;

    final List<String> steps = new ArrayList<>();
    LocalStore open;
    ChangePinViewModel.Reopened reopened;

    ChangePinViewModel model(Profiles profiles) {
        ChangePinViewModel.PinStore pins = new ChangePinViewModel.PinStore() {
            @Override
            public void verify(char[] current) throws UnlockException {
                profiles.own().verify(current);
            }

            @Override
            public void close() {
                steps.add("close");
                open.close();
            }

            @Override
            public ChangePinViewModel.Reopened changeAndReopen(char[] current, char[] next) throws Exception {
                profiles.own().changeSecret(current, next);
                return new ChangePinViewModel.Reopened(profiles.unlock(next), true);
            }

            @Override
            public void reopened(ChangePinViewModel.Reopened result) {
                steps.add("reopened");
                reopened = result;
            }
        };
        return new ChangePinViewModel(
                pins, new DirectBackground(), new EasyRead(new Messages(Language.FRENCH), false, 1.0));
    }

    @Test
    void theNewPinOpensTheDataAndTheOldOneNoLonger() throws Exception {
        Profiles profiles = new Profiles(dir, Clock.systemUTC(), 1000);
        open = profiles.create("Alex", Role.BENEFICIARY, "123456".toCharArray());
        String name = open.beneficiaries().all().get(0).displayName();
        ChangePinViewModel model = model(profiles);
        model.currentProperty().set("123456");
        model.nextProperty().set("24681357");
        model.confirmationProperty().set("24681357");

        model.change();

        assertThat(steps).containsExactly("close", "reopened");
        assertThat(reopened.changed()).isTrue();
        assertThat(reopened.store().beneficiaries().all().get(0).displayName()).isEqualTo(name);
        reopened.store().close();
        assertThat(model.currentProperty().get()).isEmpty();
        try (LocalStore again = profiles.unlock("24681357".toCharArray())) {
            assertThat(again.profile().displayName()).isEqualTo("Alex");
        }
        UnlockException old = org.assertj.core.api.Assertions.catchThrowableOfType(
                UnlockException.class, () -> profiles.unlock("123456".toCharArray()));
        assertThat(old.reason()).isEqualTo(UnlockException.Reason.WRONG_PIN);
    }

    @Test
    void aWrongCurrentPinChangesNothingAndKeepsTheStoreOpen() {
        Profiles profiles = new Profiles(dir, Clock.systemUTC(), 1000);
        open = profiles.create("Alex", Role.COUNSELLOR, "123456".toCharArray());
        ChangePinViewModel model = model(profiles);
        model.currentProperty().set("999999");
        model.nextProperty().set("24681357");
        model.confirmationProperty().set("24681357");

        model.change();

        assertThat(model.currentErrorProperty().get()).isEqualTo("Ce n’est pas le code actuel.");
        assertThat(steps).isEmpty();
        assertThat(open.profile().displayName()).isEqualTo("Alex");
        open.close();
    }

    @Test
    void theNewPinIsCheckedBeforeAnything() {
        Profiles profiles = new Profiles(dir, Clock.systemUTC(), 1000);
        open = profiles.create("Alex", Role.COUNSELLOR, "123456".toCharArray());
        ChangePinViewModel model = model(profiles);
        model.currentProperty().set("123456");
        model.nextProperty().set("2468");
        model.change();
        assertThat(model.nextErrorProperty().get()).isEqualTo("Le code doit avoir au moins 6 chiffres.");
        model.nextProperty().set("24681357");
        model.confirmationProperty().set("24681358");
        model.change();
        assertThat(model.nextErrorProperty().get()).isEqualTo("Les deux codes ne sont pas identiques.");
        model.confirmationProperty().set("123456");
        model.nextProperty().set("123456");
        model.change();
        assertThat(model.nextErrorProperty().get()).isEqualTo("Le nouveau code est le même que l’actuel.");
        assertThat(steps).isEmpty();
        open.close();
    }
}

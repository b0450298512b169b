package org.jalons.onboarding;

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
import org.jalons.ui.DirectBackground;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CreateProfileViewModelTest {
    @TempDir
    Path dir;

    final List<LocalStore> opened = new ArrayList<>();
    Profiles profiles;
    CreateProfileViewModel model;

    CreateProfileViewModel model(Language language) {
        profiles = new Profiles(dir, Clock.systemUTC(), 1000);
        return new CreateProfileViewModel(profiles, new DirectBackground(), new Messages(language), opened::add);
    }

    @AfterEach
    void close() {
        opened.forEach(LocalStore::close);
    }

    @Test
    void emptyFormShowsAMessageNextToEachFieldAndCreatesNothing() {
        model = model(Language.FRENCH);
        model.create();
        assertThat(model.displayNameErrorProperty().get()).isEqualTo("Ce champ est obligatoire.");
        assertThat(model.roleErrorProperty().get()).isEqualTo("Ce champ est obligatoire.");
        assertThat(model.pinErrorProperty().get()).isEqualTo("Le code doit avoir au moins 6 chiffres.");
        assertThat(opened).isEmpty();
        assertThat(profiles.hasOwnProfile()).isFalse();
    }

    @Test
    void twoDifferentPinsAreRefusedInThePersonsLanguage() {
        model = model(Language.ENGLISH);
        model.displayNameProperty().set("Alex");
        model.roleProperty().set(Role.COUNSELLOR);
        model.pinProperty().set("123456");
        model.pinConfirmationProperty().set("123465");
        model.create();
        assertThat(model.pinErrorProperty().get()).isEmpty();
        assertThat(model.pinConfirmationErrorProperty().get()).isNotEmpty().doesNotContain("identiques");
        assertThat(opened).isEmpty();
    }

    @Test
    void aPersonFollowedGetsTheirOwnParcoursAndThePinIsForgottenByTheForm() {
        model = model(Language.FRENCH);
        model.displayNameProperty().set("  Samia  ");
        model.roleProperty().set(Role.BENEFICIARY);
        model.pinProperty().set("246810");
        model.pinConfirmationProperty().set("246810");
        model.create();
        assertThat(opened).hasSize(1);
        LocalStore store = opened.get(0);
        assertThat(store.profile().displayName()).isEqualTo("Samia");
        assertThat(store.profile().role()).isEqualTo(Role.BENEFICIARY);
        assertThat(store.beneficiaries().find(store.profile().beneficiaryId())).isPresent();
        assertThat(model.pinProperty().get()).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(profiles.hasOwnProfile()).isTrue();
    }

    @Test
    void anUnexpectedFailureIsToldInPlainWordsAndTheFormStaysUsable() {
        model = model(Language.FRENCH);
        model.displayNameProperty().set("Alex");
        model.roleProperty().set(Role.SUPERVISOR);
        model.pinProperty().set("123456");
        model.pinConfirmationProperty().set("123456");
        model.create();
        opened.forEach(LocalStore::close);
        opened.clear();
        model.pinProperty().set("123456");
        model.pinConfirmationProperty().set("123456");
        model.create();
        assertThat(model.formErrorProperty().get()).startsWith("Quelque chose n’a pas marché.");
        assertThat(model.busyProperty().get()).isFalse();
    }
}

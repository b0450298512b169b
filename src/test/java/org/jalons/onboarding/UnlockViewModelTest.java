package org.jalons.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.EncryptedStore;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.storage.UnlockException;
import org.jalons.ui.DirectBackground;
import org.jalons.ui.EasyRead;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnlockViewModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TempDir
    Path dir;

    final List<LocalStore> opened = new ArrayList<>();
    final Messages messages = new Messages(Language.FRENCH);
    Profiles profiles;
    UnlockViewModel model;

    @BeforeEach
    void createProfile() {
        profiles = new Profiles(dir, CLOCK, 1000);
        profiles.create("Alex", Role.COUNSELLOR, "123456".toCharArray()).close();
        model = new UnlockViewModel(profiles, new DirectBackground(), messages, CLOCK, PARIS, opened::add);
    }

    @AfterEach
    void close() {
        opened.forEach(LocalStore::close);
    }

    @Test
    void theRightPinOpensTheStore() {
        model.pinProperty().set("123456");
        model.unlock();
        assertThat(opened)
                .singleElement()
                .satisfies(s -> assertThat(s.profile().displayName()).isEqualTo("Alex"));
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.pinProperty().get()).isEmpty();
    }

    @Test
    void aWrongPinSaysHowManyTriesAreLeftThenWhenToTryAgain() {
        List<String> said = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            model.pinProperty().set("000000");
            model.unlock();
            said.add(model.errorProperty().get());
        }
        assertThat(said)
                .containsExactly(
                        "Ce code n’est pas le bon. Il vous reste 2 essais avant de devoir patienter.",
                        "Ce code n’est pas le bon. Il vous reste 1 essai avant de devoir patienter.",
                        "Ce code n’est pas le bon. Par sécurité, vous pourrez réessayer à 11:00.",
                        "Trop d’essais avec un mauvais code. Par sécurité, vous pourrez réessayer à 11:00.");
        assertThat(opened).isEmpty();
    }

    @Test
    void aDamagedFileIsDescribedAsKeptNotDeleted() throws IOException {
        Path data = dir.resolve(Profiles.OWN).resolve(EncryptedStore.DB_FILE);
        byte[] garbage = new byte[(int) Files.size(data)];
        Files.write(data, garbage);
        model.pinProperty().set("123456");
        model.unlock();
        assertThat(model.errorProperty().get()).contains("abîmé").contains("rien n’a été effacé");
        assertThat(Files.size(data)).isEqualTo(garbage.length);
    }

    @Test
    void everyReasonHasItsOwnSentenceInBothLanguages() {
        for (Language language : Language.values()) {
            messages.setLanguage(language);
            List<String> sentences = new ArrayList<>();
            for (UnlockException.Reason reason : UnlockException.Reason.values()) {
                String text = model.describe(
                        new UnlockException(reason, "test", CLOCK.instant().plusSeconds(600), 1, null));
                assertThat(text)
                        .as(reason + " in " + language)
                        .doesNotStartWith("unlock.")
                        .isNotBlank();
                sentences.add(text);
            }
            assertThat(sentences).doesNotHaveDuplicates();
        }
    }

    @Test
    void inEasyReadEveryReasonHasItsOwnEasySentenceInBothLanguages() {
        UnlockViewModel easy = new UnlockViewModel(
                profiles, new DirectBackground(), new EasyRead(messages, true, 1.0), CLOCK, PARIS, opened::add);
        for (Language language : Language.values()) {
            messages.setLanguage(language);
            List<String> sentences = new ArrayList<>();
            for (UnlockException.Reason reason : UnlockException.Reason.values()) {
                String text = easy.describe(
                        new UnlockException(reason, "test", CLOCK.instant().plusSeconds(600), 1, null));
                assertThat(text)
                        .as(reason + " in " + language)
                        .doesNotStartWith("unlock.")
                        .isNotEqualTo(model.describe(new UnlockException(
                                reason, "test", CLOCK.instant().plusSeconds(600), 1, null)));
                sentences.add(text);
            }
            assertThat(sentences).doesNotHaveDuplicates();
        }
        messages.setLanguage(Language.FRENCH);
        easy.unlock();
        assertThat(easy.errorProperty().get()).isEqualTo("J’écris mon code.");
    }

    @Test
    void anEmptyPinIsAskedForWithoutTouchingTheStore() {
        model.unlock();
        assertThat(model.errorProperty().get()).isEqualTo("Tapez votre code.");
    }
}

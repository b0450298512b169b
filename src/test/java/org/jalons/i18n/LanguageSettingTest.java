package org.jalons.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageSettingTest {
    @TempDir
    Path dir;

    @Test
    void frenchUntilThePersonChoosesAnotherLanguage() {
        assertThat(new LanguageSetting(dir).load()).isEqualTo(Language.FRENCH);
    }

    @Test
    void theChoiceIsKeptForTheNextStart() {
        new LanguageSetting(dir).save(Language.ENGLISH);
        assertThat(new LanguageSetting(dir).load()).isEqualTo(Language.ENGLISH);
    }

    @Test
    void anUnreadableOrUnknownSettingFallsBackToFrench() throws Exception {
        Files.writeString(dir.resolve(LanguageSetting.FILE), "language=tlh\n");
        assertThat(new LanguageSetting(dir).load()).isEqualTo(Language.FRENCH);
    }
}

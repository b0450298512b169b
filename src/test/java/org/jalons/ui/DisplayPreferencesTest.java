package org.jalons.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisplayPreferencesTest {
    @TempDir
    Path dir;

    @Test
    void easyReadAndTextSizeAreKeptAcrossRestartsAndTheSizeStaysInItsBounds() throws Exception {
        DisplayPreferences prefs = new DisplayPreferences(dir);
        assertThat(prefs.isEasyRead()).isFalse();
        prefs.easyReadProperty().set(true);
        prefs.textScaleProperty().set(5.0);
        assertThat(prefs.textScaleProperty().get()).isEqualTo(DisplayPreferences.MAX_SCALE);
        DisplayPreferences again = new DisplayPreferences(dir);
        assertThat(again.isEasyRead()).isTrue();
        assertThat(again.textScaleProperty().get()).isEqualTo(DisplayPreferences.MAX_SCALE);
    }

    @Test
    void aDamagedSettingsFileGivesTheDefaults() throws Exception {
        Files.writeString(dir.resolve(DisplayPreferences.FILE), "textScale=huge\neasyRead=true\n");
        DisplayPreferences prefs = new DisplayPreferences(dir);
        assertThat(prefs.textScaleProperty().get()).isEqualTo(1.0);
    }
}

package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import org.jalons.session.AppServices;
import org.jalons.ui.DisplayPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Language, easy-read mode and text size change the screen being looked at, with no restart. */
class LiveDisplayAppTest extends RealAppTest {
    @TempDir
    Path home;

    AppServices context;

    @BeforeEach
    void start() throws TimeoutException {
        startApp(home, c -> context = c);
    }

    @AfterEach
    void stop() throws TimeoutException {
        stopApp();
    }

    private DisplayPreferences display() {
        return context.display();
    }

    @Test
    void settingsChangedWhileAScreenIsShownReRenderItAtOnce() {
        tap("#discover-demo");
        tap("#demo-beneficiary");
        waitFor(".goal-card");
        assertThat(textOf(".lead")).isEqualTo("Vos objectifs, et la confiance que vous avez en vous pour chacun.");
        assertThat(lookup(".beneficiary").query().getStyle()).isEqualTo("-fx-font-size: 15.0px;");

        // The text size (e.g. the system's font scale) follows on the shown screen, nothing rebuilt.
        Node before = lookup(".beneficiary").query();
        interact(() -> display().textScaleProperty().set(1.4));
        waitUntil(() -> lookup(".beneficiary").query().getStyle().equals("-fx-font-size: 21.0px;"));
        assertThat((Object) lookup(".beneficiary").query()).isSameAs(before);

        // Easy-read changes the words and the layout: the home is built again in easy-read.
        interact(() -> display().easyReadProperty().set(true));
        waitUntil(() -> textOf(".lead").equals("Ici, je vois mes objectifs. Je dis si je me sens capable."));
        assertThat(lookup(".beneficiary").query().getStyleClass()).contains("easy-read");
        assertThat(lookup("#check-in-any").tryQuery()).isPresent();

        // From the settings: the settings screen itself follows each switch, then the home does.
        tap("#open-settings");
        waitFor("#easy-read");
        assertThat(lookup(".easy-read-screen").tryQuery()).isPresent();
        tap("#easy-read");
        waitUntil(() -> lookup(".easy-read-screen").tryQuery().isEmpty());
        tap("#language-en");
        waitUntil(() -> title().equals("Settings"));
        assertThat(textOf(".section-title")).isEqualTo("Language");
        tap("#back");
        waitUntil(() -> title().equals("My pathway"));
        assertThat(lookup(".beneficiary").query().getStyleClass()).doesNotContain("easy-read");
        assertThat(lookup(".beneficiary").query().getStyle()).isEqualTo("-fx-font-size: 21.0px;");
    }
}

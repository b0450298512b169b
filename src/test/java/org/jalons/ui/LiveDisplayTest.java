package org.jalons.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveDisplayTest {
    @TempDir
    Path dir;

    final List<String> built = new ArrayList<>();
    final List<Runnable> later = new ArrayList<>();
    final Messages messages = new Messages(Language.FRENCH);

    Navigator navigator() {
        NavigationTable table = new NavigationTable();
        for (Screen s : Screen.values()) {
            table.registerAbout(s, about -> {
                built.add(s + ":" + about + ":" + messages.language());
                return new View() {
                    @Override
                    public Node node() {
                        return null;
                    }

                    @Override
                    public String title() {
                        return s.name();
                    }
                };
            });
        }
        return new Navigator(table.complete());
    }

    private void runLater() {
        List<Runnable> now = new ArrayList<>(later);
        later.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void switchingLanguageOrEasyReadBuildsTheCurrentScreenAgainOnceWithWhatItWasOpenedAbout() {
        DisplayPreferences display = new DisplayPreferences(dir);
        Navigator nav = navigator();
        LiveDisplay.follow(messages, display, nav, later::add);
        nav.goTo(Screen.BENEFICIARY_HOME);
        nav.goTo(Screen.MY_GOAL, "permis");
        built.clear();

        display.easyReadProperty().set(true);
        messages.setLanguage(Language.ENGLISH);
        assertThat(built)
                .as("nothing is rebuilt under the tap that changed the setting")
                .isEmpty();
        runLater();
        assertThat(built).containsExactly("MY_GOAL:permis:ENGLISH");
        assertThat(nav.canGoBackProperty().get()).isTrue();

        display.textScaleProperty().set(1.5);
        runLater();
        assertThat(built)
                .as("the text size is followed by bindings, not by rebuilding")
                .hasSize(1);
    }
}

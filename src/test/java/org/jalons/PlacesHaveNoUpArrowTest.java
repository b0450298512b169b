package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.ui.AppShell;
import org.jalons.ui.NavigationTable;
import org.jalons.ui.Navigator;
import org.jalons.ui.Screen;
import org.jalons.ui.View;
import org.jalons.ui.kit.BottomNav;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Material: a place of the bottom bar is a top-level destination. Its app bar never shows an up arrow, whether it
 * was reached from the bottom bar or by a link from another screen (the sync bar's settings button); the screens
 * opened from it do.
 */
class PlacesHaveNoUpArrowTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    static View view(Screen screen) {
        Region node = new Region();
        return new View() {
            @Override
            public Node node() {
                return node;
            }

            @Override
            public String title() {
                return screen.name();
            }
        };
    }

    @Test
    void everyPlaceOfEveryRoleShowsNoUpArrowHoweverItIsReached() throws Exception {
        fx(() -> {
            for (Role role : Role.values()) {
                List<BottomNav.Place> places = AppScreens.placesOf(role);
                NavigationTable table = new NavigationTable();
                for (Screen s : Screen.values()) {
                    table.register(s, () -> view(s));
                }
                Navigator nav = new Navigator(table.complete());
                AppShell shell =
                        new AppShell(new Messages(Language.FRENCH), nav, screen -> places, key -> key, () -> false);
                Scene scene = new Scene(shell, 360, 640);
                Node up = shell.lookup("#back");
                Screen home = places.get(0).screen();
                for (BottomNav.Place place : places) {
                    nav.goTo(home);
                    nav.goTo(Screen.CHANGE_PIN);
                    assertThat(up.isVisible())
                            .as("%s: a screen deeper than a place", role)
                            .isTrue();
                    // By a link, not from the bottom bar.
                    nav.goTo(place.screen());
                    assertThat(up.isVisible())
                            .as("%s: %s reached by a link", role, place.screen())
                            .isFalse();
                    if (place.screen() != home) {
                        // The back key still leads back, to the screen the link was on.
                        Event.fireEvent(
                                scene,
                                new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ESCAPE, false, false, false, false));
                        assertThat(nav.screenProperty().get()).isEqualTo(Screen.CHANGE_PIN);
                        nav.goTo(place.screen());
                    }
                    nav.goToPlace(place.screen(), home);
                    assertThat(up.isVisible())
                            .as("%s: %s from the bottom bar", role, place.screen())
                            .isFalse();
                    nav.goTo(Screen.CHANGE_PIN);
                    assertThat(up.isVisible())
                            .as("%s: opened from %s", role, place.screen())
                            .isTrue();
                    nav.back();
                    assertThat(up.isVisible())
                            .as("%s: back on %s", role, place.screen())
                            .isFalse();
                }
            }
            return null;
        });
    }
}

package org.jalons.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;

class NavigatorTest {
    final List<String> disposed = new ArrayList<>();

    View view(Screen screen) {
        return new View() {
            @Override
            public Node node() {
                return null;
            }

            @Override
            public String title() {
                return screen.name();
            }

            @Override
            public void dispose() {
                disposed.add(screen.name());
            }
        };
    }

    Navigator navigator() {
        NavigationTable table = new NavigationTable();
        for (Screen s : Screen.values()) {
            table.register(s, () -> view(s));
        }
        return new Navigator(table.complete());
    }

    @Test
    void backReturnsThroughTheHistoryAndARootScreenClearsIt() {
        Navigator nav = navigator();
        nav.goTo(Screen.FIRST_RUN);
        nav.goTo(Screen.DEMO);
        assertThat(nav.canGoBackProperty().get()).isTrue();
        assertThat(nav.back()).isTrue();
        assertThat(nav.screenProperty().get()).isEqualTo(Screen.FIRST_RUN);
        assertThat(nav.canGoBackProperty().get()).isFalse();
        nav.goTo(Screen.CREATE_PROFILE);
        nav.goTo(Screen.COUNSELLOR_HOME);
        assertThat(nav.canGoBackProperty().get()).isFalse();
        assertThat(nav.back()).isFalse();
        assertThat(nav.screenProperty().get()).isEqualTo(Screen.COUNSELLOR_HOME);
        assertThat(disposed).containsExactly("FIRST_RUN", "DEMO", "FIRST_RUN", "CREATE_PROFILE");
    }

    /** Material: a top-level destination of the bottom bar has no up arrow; a screen opened from it has one. */
    @Test
    void aPlaceOfTheBottomBarShowsNoUpArrowAndTheScreensOpenedFromItDo() {
        Navigator nav = navigator();
        nav.goTo(Screen.COUNSELLOR_HOME);
        assertThat(nav.showsUpProperty().get()).isFalse();
        nav.goToPlace(Screen.SETTINGS, Screen.COUNSELLOR_HOME);
        assertThat(nav.showsUpProperty().get()).isFalse();
        assertThat(nav.canGoBackProperty().get()).isTrue();
        nav.goTo(Screen.CHANGE_PIN);
        assertThat(nav.showsUpProperty().get()).isTrue();
        nav.back();
        assertThat(nav.screenProperty().get()).isEqualTo(Screen.SETTINGS);
        assertThat(nav.showsUpProperty().get()).isFalse();
        nav.refresh();
        assertThat(nav.showsUpProperty().get()).isFalse();
        // The phone's back still leads home from a place.
        assertThat(nav.back()).isTrue();
        assertThat(nav.screenProperty().get()).isEqualTo(Screen.COUNSELLOR_HOME);
        // Opened by a link (the sync bar's settings button), a navigator that does not know the places shows the
        // arrow; once told which screens are places, a place never shows it, however it was reached.
        nav.goTo(Screen.SETTINGS);
        assertThat(nav.showsUpProperty().get()).isTrue();
        nav.placesAre(s -> s == Screen.SETTINGS);
        assertThat(nav.showsUpProperty().get()).isFalse();
        nav.goTo(Screen.CHANGE_PIN);
        assertThat(nav.showsUpProperty().get()).isTrue();
        nav.goTo(Screen.SETTINGS);
        assertThat(nav.showsUpProperty().get()).isFalse();
        assertThat(nav.canGoBackProperty().get()).isTrue();
    }

    @Test
    void refreshBuildsTheSameScreenAgain() {
        Navigator nav = navigator();
        nav.goTo(Screen.UNLOCK);
        View first = nav.viewProperty().get();
        nav.refresh();
        assertThat(nav.viewProperty().get()).isNotSameAs(first);
        assertThat(nav.screenProperty().get()).isEqualTo(Screen.UNLOCK);
    }

    @Test
    void aScreenWithoutFactoryIsFoundAtStartUp() {
        NavigationTable table = new NavigationTable().register(Screen.FIRST_RUN, () -> view(Screen.FIRST_RUN));
        assertThatThrownBy(table::complete).hasMessageContaining("CREATE_PROFILE");
    }

    @Test
    void aScreenRegisteredTwiceIsRefused() {
        NavigationTable table = new NavigationTable().register(Screen.SYNC, () -> view(Screen.SYNC));
        assertThatThrownBy(() -> table.registerAbout(Screen.SYNC, about -> view(Screen.SYNC)))
                .hasMessageContaining("SYNC is registered twice");
    }

    @Test
    void aScreenOpenedAboutSomethingGetsItBackWhenReturnedTo() {
        NavigationTable table = new NavigationTable();
        List<Object> shownAbout = new ArrayList<>();
        for (Screen s : Screen.values()) {
            table.registerAbout(s, about -> {
                shownAbout.add(about);
                return view(s);
            });
        }
        Navigator navigator = new Navigator(table.complete());
        navigator.goTo(Screen.COUNSELLOR_HOME);
        navigator.goTo(Screen.CREATE_PROFILE, "samia");
        assertThat(navigator.argument()).isEqualTo("samia");
        navigator.goTo(Screen.DEMO, "thomas");
        assertThat(navigator.back()).isTrue();
        assertThat(navigator.screenProperty().get()).isEqualTo(Screen.CREATE_PROFILE);
        assertThat(navigator.argument()).isEqualTo("samia");
        navigator.refresh();
        assertThat(shownAbout).containsExactly(null, "samia", "thomas", "samia", "samia");
    }
}

package org.jalons.ui;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.jalons.i18n.Messages;
import org.jalons.ui.kit.BottomNav;

/**
 * The phone-sized frame: the top app bar, an optional status bar under it on some screens, the screen, and on a
 * role's main places the bottom navigation.
 */
public final class AppShell extends BorderPane {
    private final Navigator navigator;
    private final VBox top;
    private final Function<Screen, List<BottomNav.Place>> places;
    private final BottomNav bottomNav;
    private final BooleanSupplier easyRead;

    public AppShell(Messages messages, Navigator navigator) {
        this(messages, navigator, screen -> List.of(), messages::get, () -> false);
    }

    /**
     * @param places the main places of the role now using the app, for the bottom navigation (none before the
     *     unlock); the bar shows on those places only
     * @param placeText the words of a place's label key (easy-read when chosen)
     * @param easyRead whether easy-read is chosen now: the places then keep their labels at every text size
     */
    public AppShell(
            Messages messages,
            Navigator navigator,
            Function<Screen, List<BottomNav.Place>> places,
            Function<String, String> placeText,
            BooleanSupplier easyRead) {
        this.navigator = navigator;
        this.places = places;
        this.easyRead = easyRead;
        navigator.placesAre(screen -> places.apply(screen).stream().anyMatch(p -> p.screen() == screen));
        // The back key (Escape) goes back like the phone's back: the only way back from a place reached by a link,
        // which has no up arrow. An open dialog or sheet takes the key first (the overlay closes it).
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                    if (e.getCode() == KeyCode.ESCAPE && navigator.back()) {
                        e.consume();
                    }
                });
            }
        });
        getStyleClass().add("app-shell");
        HeaderBar header = new HeaderBar(messages, navigator);
        top = new VBox(header);
        setTop(top);
        navigator.viewProperty().addListener((obs, old, view) -> {
            header.show(view, messages);
            setCenter(view.node());
            showBottomNav();
        });
        bottomNav = new BottomNav(
                placeText,
                place -> navigator.goToPlace(place.screen(), placesNow().get(0).screen()));
        messages.languageProperty()
                .addListener((obs, old, language) ->
                        bottomNav.relabel(navigator.screenProperty().get()));
        if (navigator.viewProperty().get() != null) {
            header.show(navigator.viewProperty().get(), messages);
            setCenter(navigator.viewProperty().get().node());
        }
        showBottomNav();
    }

    /** The main places of the role using the app now (the places table is asked with the current screen). */
    private List<BottomNav.Place> placesNow() {
        Screen now = navigator.screenProperty().get();
        return now == null ? List.of() : places.apply(now);
    }

    /** The bottom navigation, on a role's main places only, the current one marked. */
    private void showBottomNav() {
        Screen now = navigator.screenProperty().get();
        List<BottomNav.Place> shown = placesNow();
        if (now != null && shown.stream().anyMatch(p -> p.screen() == now)) {
            bottomNav.setWordsAlways(easyRead.getAsBoolean());
            bottomNav.show(shown, now);
            setBottom(bottomNav);
        } else {
            setBottom(null);
        }
    }

    /**
     * Shows the bar {@code bar} makes under the header on the screens {@code shownOn} accepts (the sync status on
     * home screens). The bar is made the first time one of them is shown, not before the first frame: the app
     * starts on the first-run or unlock screen.
     */
    public void addStatusBar(Supplier<? extends Node> bar, Predicate<Screen> shownOn) {
        Node[] made = new Node[1];
        Runnable update = () -> {
            boolean show = navigator.screenProperty().get() != null
                    && shownOn.test(navigator.screenProperty().get());
            if (show && made[0] == null) {
                made[0] = bar.get();
                top.getChildren().add(made[0]);
            }
            if (made[0] != null) {
                made[0].setVisible(show);
                made[0].setManaged(show);
            }
        };
        navigator.screenProperty().addListener((obs, old, now) -> update.run());
        update.run();
    }
}

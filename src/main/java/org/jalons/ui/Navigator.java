package org.jalons.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Moves between screens and keeps the way back. Root screens (home, unlock) clear the history. */
public final class Navigator {
    private static final Logger LOG = LoggerFactory.getLogger(Navigator.class);

    private final NavigationTable table;
    /** A screen with the argument it was opened with (e.g. the person whose file is shown), or null. */
    private record Visit(Screen screen, Object argument, boolean place) {}

    private final Deque<Visit> backStack = new ArrayDeque<>();
    private Object argument;
    /** The current screen is a main place reached from the bottom bar: a top-level destination, no up arrow. */
    private boolean atPlace;
    /** Which screens are main places of the bottom bar: never an up arrow on them, however they are reached. */
    private Predicate<Screen> isPlace = screen -> false;

    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(this, "screen");
    private final ReadOnlyObjectWrapper<View> view = new ReadOnlyObjectWrapper<>(this, "view");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");
    private final ReadOnlyBooleanWrapper showsUp = new ReadOnlyBooleanWrapper(this, "showsUp");

    public Navigator(NavigationTable table) {
        this.table = table;
    }

    public void goTo(Screen next) {
        goTo(next, null);
    }

    /** Opens a screen about something: the factory registered for it receives {@code about}. */
    public void goTo(Screen next, Object about) {
        if (next.isRoot()) {
            backStack.clear();
        } else if (screen.get() != null) {
            backStack.push(new Visit(screen.get(), argument, atPlace));
        }
        show(next, about, false);
    }

    /**
     * Goes to one of a role's main places (bottom navigation): the way back then leads to the role's home only,
     * as on a phone, rather than through every screen seen before.
     */
    public void goToPlace(Screen place, Screen home) {
        backStack.clear();
        if (place != home) {
            backStack.push(new Visit(home, null, false));
        }
        show(place, null, place != home);
    }

    /** Tells which screens are the bottom bar's places (they show no up arrow even when opened by a link). */
    public void placesAre(Predicate<Screen> places) {
        isPlace = places;
        showsUp.set(showsUpOn(screen.get(), atPlace));
    }

    /** The argument the current screen was opened with, or null. */
    public Object argument() {
        return argument;
    }

    /** Returns to the previous screen; false when there is none. */
    public boolean back() {
        if (backStack.isEmpty()) {
            return false;
        }
        Visit previous = backStack.pop();
        show(previous.screen(), previous.argument(), previous.place());
        return true;
    }

    /** Builds the current screen again, e.g. after the language changed. */
    public void refresh() {
        if (screen.get() != null) {
            show(screen.get(), argument, atPlace);
        }
    }

    private void show(Screen next, Object about, boolean place) {
        View previous = view.get();
        View created = table.create(next, about);
        if (previous != null) {
            previous.dispose();
        }
        LOG.debug("Screen {}", next);
        argument = about;
        atPlace = place;
        screen.set(next);
        view.set(created);
        canGoBack.set(!backStack.isEmpty());
        showsUp.set(showsUpOn(next, place));
    }

    private boolean showsUpOn(Screen current, boolean place) {
        return !backStack.isEmpty() && !place && (current == null || !isPlace.test(current));
    }

    public ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<View> viewProperty() {
        return view.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    /**
     * Whether the app bar shows its up arrow: there is a way back and the screen is not a main place of the bottom
     * bar, however it was reached (Material: top-level destinations have none; the phone's own back still leads back
     * from them).
     */
    public ReadOnlyBooleanProperty showsUpProperty() {
        return showsUp.getReadOnlyProperty();
    }
}

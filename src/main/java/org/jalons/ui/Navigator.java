package org.jalons.ui;

import java.util.ArrayDeque;
import java.util.Deque;
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
    private record Visit(Screen screen, Object argument) {}

    private final Deque<Visit> backStack = new ArrayDeque<>();
    private Object argument;
    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(this, "screen");
    private final ReadOnlyObjectWrapper<View> view = new ReadOnlyObjectWrapper<>(this, "view");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");

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
            backStack.push(new Visit(screen.get(), argument));
        }
        show(next, about);
    }

    /**
     * Goes to one of a role's main places (bottom navigation): the way back then leads to the role's home only,
     * as on a phone, rather than through every screen seen before.
     */
    public void goToPlace(Screen place, Screen home) {
        backStack.clear();
        if (place != home) {
            backStack.push(new Visit(home, null));
        }
        show(place, null);
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
        show(previous.screen(), previous.argument());
        return true;
    }

    /** Builds the current screen again, e.g. after the language changed. */
    public void refresh() {
        if (screen.get() != null) {
            show(screen.get(), argument);
        }
    }

    private void show(Screen next, Object about) {
        View previous = view.get();
        View created = table.create(next, about);
        if (previous != null) {
            previous.dispose();
        }
        LOG.debug("Screen {}", next);
        argument = about;
        screen.set(next);
        view.set(created);
        canGoBack.set(!backStack.isEmpty());
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
}

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
    private final Deque<Screen> backStack = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(this, "screen");
    private final ReadOnlyObjectWrapper<View> view = new ReadOnlyObjectWrapper<>(this, "view");
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(this, "canGoBack");

    public Navigator(NavigationTable table) {
        this.table = table;
    }

    public void goTo(Screen next) {
        if (next.isRoot()) {
            backStack.clear();
        } else if (screen.get() != null) {
            backStack.push(screen.get());
        }
        show(next);
    }

    /** Returns to the previous screen; false when there is none. */
    public boolean back() {
        if (backStack.isEmpty()) {
            return false;
        }
        show(backStack.pop());
        return true;
    }

    /** Builds the current screen again, e.g. after the language changed. */
    public void refresh() {
        if (screen.get() != null) {
            show(screen.get());
        }
    }

    private void show(Screen next) {
        View previous = view.get();
        View created = table.create(next);
        if (previous != null) {
            previous.dispose();
        }
        LOG.debug("Screen {}", next);
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

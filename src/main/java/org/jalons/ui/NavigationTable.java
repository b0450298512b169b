package org.jalons.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/** Screen id → factory. Each visit builds a fresh view and view model, so no screen keeps stale state. */
public final class NavigationTable {
    private final Map<Screen, Function<Object, View>> factories = new EnumMap<>(Screen.class);

    public NavigationTable register(Screen screen, Supplier<View> factory) {
        return registerAbout(screen, about -> factory.get());
    }

    /** Registers a screen that shows something given when it is opened ({@link Navigator#goTo(Screen, Object)}). */
    public NavigationTable registerAbout(Screen screen, Function<Object, View> factory) {
        if (factories.putIfAbsent(screen, factory) != null) {
            throw new IllegalStateException(screen + " is registered twice");
        }
        return this;
    }

    /** Wraps every view a registered screen's factory makes (e.g. a help button added to the person's screens). */
    public NavigationTable registerAround(Screen screen, java.util.function.UnaryOperator<View> around) {
        Function<Object, View> factory = factories.get(screen);
        if (factory == null) {
            throw new IllegalStateException("No factory for screen " + screen + " to wrap");
        }
        factories.put(screen, about -> around.apply(factory.apply(about)));
        return this;
    }

    /** Fails at start-up, not at the first tap, when a screen has no factory. */
    public NavigationTable complete() {
        for (Screen s : Screen.values()) {
            if (!factories.containsKey(s)) {
                throw new IllegalStateException("No factory for screen " + s);
            }
        }
        return this;
    }

    View create(Screen screen, Object about) {
        Function<Object, View> factory = factories.get(screen);
        if (factory == null) {
            throw new IllegalStateException("No factory for screen " + screen);
        }
        return factory.apply(about);
    }
}

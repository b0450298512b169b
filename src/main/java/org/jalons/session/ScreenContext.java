package org.jalons.session;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jalons.i18n.Messages;
import org.jalons.storage.LocalStore;
import org.jalons.ui.Background;
import org.jalons.ui.DisplayPreferences;
import org.jalons.ui.EasyRead;
import org.jalons.ui.Navigator;

/**
 * What every screen family needs to build its views: the session, the background runner, the texts, the clock,
 * the navigator, and the app's services (sync, device pictures, sharing…) registered once by the composition root.
 */
public final class ScreenContext {
    private final Session session;
    private final Background background;
    private final Messages messages;
    private final Clock clock;
    private final ZoneId zone;
    private final Supplier<Navigator> navigator;
    private final Runnable lock;
    private final Map<Class<?>, Object> services = new HashMap<>();

    public ScreenContext(
            Session session,
            Background background,
            Messages messages,
            Clock clock,
            ZoneId zone,
            Supplier<Navigator> navigator,
            Runnable lock) {
        this.session = session;
        this.background = background;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
        this.navigator = navigator;
        this.lock = lock;
    }

    public Session session() {
        return session;
    }

    /** The open store (screens after the unlock can rely on it). */
    public LocalStore store() {
        return session.store();
    }

    public Background background() {
        return background;
    }

    public Messages messages() {
        return messages;
    }

    public Clock clock() {
        return clock;
    }

    public ZoneId zone() {
        return zone;
    }

    public Navigator navigator() {
        return navigator.get();
    }

    /** Closes the store and goes back to the unlock screen. */
    public void lock() {
        lock.run();
    }

    /** How screens speak and look now: easy-read (FALC) or not, and the text size, from the display preferences. */
    public EasyRead easyRead() {
        return EasyRead.of(messages, service(DisplayPreferences.class).orElse(null));
    }

    public <T> ScreenContext provide(Class<T> type, T service) {
        services.put(type, service);
        return this;
    }

    public <T> Optional<T> service(Class<T> type) {
        return Optional.ofNullable(type.cast(services.get(type)));
    }
}

package org.jalons.session;

import java.time.Duration;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.ui.Background;
import org.jalons.ui.Screen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The store that is open right now (own profile or demo), and where the app goes when it opens or locks. */
public final class Session {
    private static final Logger LOG = LoggerFactory.getLogger(Session.class);

    /** How long a lock waits for the store work already queued (a draft, a record being saved). */
    static final Duration FINISH_QUEUED = Duration.ofSeconds(5);

    private final Profiles profiles;
    private final Background background;
    private final ReadOnlyObjectWrapper<LocalStore> store = new ReadOnlyObjectWrapper<>(this, "store");

    /** {@code background} runs the store work of the screens: a lock lets what it has queued finish first. */
    public Session(Profiles profiles, Background background) {
        this.profiles = profiles;
        this.background = background;
    }

    public Profiles profiles() {
        return profiles;
    }

    /** Keeps the opened store (closing any other) and tells which home screen fits the person's role. */
    public Screen open(LocalStore opened) {
        close();
        store.set(opened);
        return homeFor(opened.profile().role());
    }

    public static Screen homeFor(Role role) {
        return switch (role) {
            case COUNSELLOR -> Screen.COUNSELLOR_HOME;
            case BENEFICIARY -> Screen.BENEFICIARY_HOME;
            case SUPERVISOR -> Screen.SUPERVISOR_HOME;
            case ADMIN -> Screen.ADMIN_HOME;
            case WORK_SUPERVISOR -> Screen.WORK_TEAM;
        };
    }

    /** Closes the store; returns the screen that opens it again. */
    public Screen lock() {
        close();
        return startScreen();
    }

    public Screen startScreen() {
        return profiles.hasOwnProfile() ? Screen.UNLOCK : Screen.FIRST_RUN;
    }

    public Optional<LocalStore> current() {
        return Optional.ofNullable(store.get());
    }

    /** The open store; screens after the unlock can rely on it. */
    public LocalStore store() {
        return current().orElseThrow(() -> new IllegalStateException("The store is locked"));
    }

    public ReadOnlyObjectProperty<LocalStore> storeProperty() {
        return store.getReadOnlyProperty();
    }

    public boolean isOpen() {
        return store.get() != null;
    }

    /** Closes the store once the work queued for it has run, and deletes the files shared while it was open (they hold the person's data in clear). */
    public void close() {
        LocalStore open = store.get();
        if (open != null) {
            background.finishQueued(FINISH_QUEUED); // a change typed just before the lock is written, not lost
            store.set(null);
            try {
                open.close();
            } catch (RuntimeException e) {
                LOG.warn("The store did not close cleanly", e);
            }
        }
        profiles.clearSharedFiles();
    }
}

package org.jalons.onboarding;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.ui.Background;
import org.jalons.ui.EasyRead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "Discover the demo organisation": open the fictitious structure as Camille, Samia or the management. */
public final class DemoViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(DemoViewModel.class);
    public static final List<Role> ROLES =
            List.of(Role.COUNSELLOR, Role.BENEFICIARY, Role.WORK_SUPERVISOR, Role.SUPERVISOR);

    private final Profiles profiles;
    private final Background background;
    private final EasyRead texts;
    private final Consumer<LocalStore> onOpened;
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");

    public DemoViewModel(Profiles profiles, Background background, Messages messages, Consumer<LocalStore> onOpened) {
        this(profiles, background, new EasyRead(messages, false, 1.0), onOpened);
    }

    /** With easy-read on, the failure is said in easy-read words too. */
    public DemoViewModel(Profiles profiles, Background background, EasyRead texts, Consumer<LocalStore> onOpened) {
        this.profiles = profiles;
        this.background = background;
        this.texts = texts;
        this.onOpened = onOpened;
    }

    public void open(Role role) {
        if (busy.get()) {
            return;
        }
        error.set("");
        busy.set(true);
        background.run(
                () -> profiles.openDemo(role),
                store -> {
                    busy.set(false);
                    onOpened.accept(store);
                },
                failure -> {
                    busy.set(false);
                    LOG.error("The demo organisation could not be opened as {}", role, failure);
                    error.set(texts.get("demo.failed"));
                });
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }
}

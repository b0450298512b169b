package org.jalons.onboarding;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jalons.domain.LocalProfile;
import org.jalons.domain.ValidationException;
import org.jalons.domain.Violation;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.ui.Background;
import org.jalons.ui.EasyRead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "Create my profile": a name, a role and a PIN typed twice; each problem is shown next to its field. */
public final class CreateProfileViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(CreateProfileViewModel.class);
    /**
     * The roles a person can choose for themself. An admin makes a management profile ("Direction"), which takes the
     * admin's role when it pairs with an admin's code (storage.ManagementRole).
     */
    public static final List<Role> ROLES =
            List.of(Role.COUNSELLOR, Role.BENEFICIARY, Role.WORK_SUPERVISOR, Role.SUPERVISOR);

    private final Profiles profiles;
    private final Background background;
    private final EasyRead texts;
    private final Consumer<LocalStore> onCreated;

    private final StringProperty displayName = new SimpleStringProperty(this, "displayName", "");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(this, "role");
    private final StringProperty pin = new SimpleStringProperty(this, "pin", "");
    private final StringProperty pinConfirmation = new SimpleStringProperty(this, "pinConfirmation", "");
    private final StringProperty displayNameError = new SimpleStringProperty(this, "displayNameError", "");
    private final StringProperty roleError = new SimpleStringProperty(this, "roleError", "");
    private final StringProperty pinError = new SimpleStringProperty(this, "pinError", "");
    private final StringProperty pinConfirmationError = new SimpleStringProperty(this, "pinConfirmationError", "");
    private final StringProperty formError = new SimpleStringProperty(this, "formError", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    public CreateProfileViewModel(
            Profiles profiles, Background background, Messages messages, Consumer<LocalStore> onCreated) {
        this(profiles, background, new EasyRead(messages, false, 1.0), onCreated);
    }

    /** With easy-read on, the form's errors are said in easy-read words too. */
    public CreateProfileViewModel(
            Profiles profiles, Background background, EasyRead texts, Consumer<LocalStore> onCreated) {
        this.profiles = profiles;
        this.background = background;
        this.texts = texts;
        this.onCreated = onCreated;
    }

    /** Checks the form; if it is valid, creates the encrypted profile off the screen's thread. */
    public void create() {
        if (busy.get()) {
            return;
        }
        clearErrors();
        String name = displayName.get() == null ? "" : displayName.get().strip();
        Role chosen = role.get();
        char[] secret = pin.get().toCharArray();
        List<Violation> problems = new java.util.ArrayList<>(
                new LocalProfile(null, name, chosen, chosen == Role.BENEFICIARY ? UUID.randomUUID() : null)
                        .violations());
        problems.addAll(Profiles.pinViolations(secret, pinConfirmation.get().toCharArray()));
        if (!problems.isEmpty()) {
            show(problems);
            return;
        }
        busy.set(true);
        background.run(
                () -> profiles.create(name, chosen, secret),
                store -> {
                    busy.set(false);
                    pin.set("");
                    pinConfirmation.set("");
                    onCreated.accept(store);
                },
                this::failed);
    }

    private void failed(Throwable error) {
        busy.set(false);
        if (error instanceof ValidationException invalid) {
            show(invalid.violations());
            return;
        }
        LOG.error("The profile could not be created", error);
        formError.set(texts.get("error.unexpected"));
    }

    private void show(List<Violation> problems) {
        for (Violation v : problems) {
            StringProperty target = switch (v.field()) {
                case "displayName" -> displayNameError;
                case "role" -> roleError;
                case "pin" -> pinError;
                case "pinConfirmation" -> pinConfirmationError;
                default -> formError;
            };
            if (target.get().isEmpty()) {
                target.set(v.message(texts.messages().locale(), texts.isOn()));
            }
        }
    }

    private void clearErrors() {
        displayNameError.set("");
        roleError.set("");
        pinError.set("");
        pinConfirmationError.set("");
        formError.set("");
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public StringProperty pinProperty() {
        return pin;
    }

    public StringProperty pinConfirmationProperty() {
        return pinConfirmation;
    }

    public ReadOnlyStringProperty displayNameErrorProperty() {
        return displayNameError;
    }

    public ReadOnlyStringProperty roleErrorProperty() {
        return roleError;
    }

    public ReadOnlyStringProperty pinErrorProperty() {
        return pinError;
    }

    public ReadOnlyStringProperty pinConfirmationErrorProperty() {
        return pinConfirmationError;
    }

    public ReadOnlyStringProperty formErrorProperty() {
        return formError;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}

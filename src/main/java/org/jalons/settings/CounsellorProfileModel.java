package org.jalons.settings;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jalons.domain.CounsellorProfile;
import org.jalons.domain.Violation;
import org.jalons.storage.CounsellorProfiles;
import org.jalons.ui.Background;
import org.jalons.ui.EasyRead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A counsellor's profile as the people they support see it: the name, the form of address and a work phone. Saved
 * on this phone at once (offline), then sent at the next sync ({@code afterSave} asks for one).
 */
public final class CounsellorProfileModel {
    private static final Logger LOG = LoggerFactory.getLogger(CounsellorProfileModel.class);

    private final CounsellorProfiles store;
    private final Background background;
    private final EasyRead texts;
    private final Runnable afterSave;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty addressForm = new SimpleStringProperty(this, "addressForm", CounsellorProfile.NEUTRAL);
    private final StringProperty workPhone = new SimpleStringProperty(this, "workPhone", "");
    private final StringProperty nameError = new SimpleStringProperty(this, "nameError", "");
    private final StringProperty phoneError = new SimpleStringProperty(this, "phoneError", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    public CounsellorProfileModel(CounsellorProfiles store, Background background, EasyRead texts, Runnable afterSave) {
        this.store = store;
        this.background = background;
        this.texts = texts;
        this.afterSave = afterSave;
    }

    /** Reads the saved profile into the fields. */
    public void load() {
        busy.set(true);
        background.run(
                store::own,
                (Optional<CounsellorProfile> saved) -> {
                    busy.set(false);
                    saved.ifPresent(p -> {
                        name.set(p.displayName());
                        addressForm.set(p.addressForm());
                        workPhone.set(p.workPhone() == null ? "" : p.workPhone());
                    });
                },
                failure -> {
                    busy.set(false);
                    LOG.error("The counsellor's profile could not be read", failure);
                    error.set(texts.get("error.unexpected"));
                });
    }

    /** Checks and saves; {@code onSaved} runs once it is on this phone (screen thread). False when refused here. */
    public boolean save(Runnable onSaved) {
        CounsellorProfile profile = new CounsellorProfile(
                name.get() == null ? null : name.get().strip(), addressForm.get(), blankToNull(workPhone.get()));
        List<Violation> violations = profile.violations();
        nameError.set(message(violations, "displayName"));
        phoneError.set(message(violations, "workPhone"));
        error.set(message(violations, "addressForm"));
        if (!violations.isEmpty() || busy.get()) {
            return false;
        }
        busy.set(true);
        background.run(
                () -> {
                    store.saveOwn(profile);
                    return null;
                },
                done -> {
                    busy.set(false);
                    afterSave.run();
                    onSaved.run();
                },
                failure -> {
                    busy.set(false);
                    LOG.error("The counsellor's profile could not be saved", failure);
                    error.set(texts.get("error.unexpected"));
                });
        return true;
    }

    /** "Ma conseillère Camille": how the people supported read the name with the chosen form. */
    public String preview() {
        String shown =
                name.get() == null || name.get().isBlank() ? "…" : name.get().strip();
        return texts.get("settings.profile.preview", addressForm.get(), shown);
    }

    private String message(List<Violation> violations, String field) {
        return violations.stream()
                .filter(v -> v.field().equals(field))
                .findFirst()
                .map(v -> v.message(texts.messages().locale()))
                .orElse("");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty addressFormProperty() {
        return addressForm;
    }

    public StringProperty workPhoneProperty() {
        return workPhone;
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError;
    }

    public ReadOnlyStringProperty phoneErrorProperty() {
        return phoneError;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}

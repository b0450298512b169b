package org.jalons.caseload;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jalons.domain.Barrier;
import org.jalons.domain.Consent;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.Term;
import org.jalons.domain.ValidationException;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.BarrierArea;
import org.jalons.protocol.Vocabulary.BarrierStatus;
import org.jalons.protocol.Vocabulary.ConsentCategory;
import org.jalons.storage.LocalStore;
import org.jalons.ui.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A person's file: read off the screen's thread; a barrier status or a consent changed by a tap is written at
 * once (each tap is one record, with its outbox entry), then the file is read again.
 */
public final class FileViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(FileViewModel.class);

    private final LocalStore store;
    private final UUID beneficiaryId;
    private final Background background;
    private final Messages messages;
    private final Clock clock;
    private final ObjectProperty<BeneficiaryFile> file = new SimpleObjectProperty<>(this, "file");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final StringProperty barrierError = new SimpleStringProperty(this, "barrierError", "");

    public FileViewModel(LocalStore store, UUID beneficiaryId, Background background, Messages messages, Clock clock) {
        this.store = store;
        this.beneficiaryId = beneficiaryId;
        this.background = background;
        this.messages = messages;
        this.clock = clock;
    }

    /** The words the person shared that wait for a re-read with them. */
    public WordsToReread wordsToReread() {
        return new WordsToReread(store, beneficiaryId, background, clock);
    }

    public void load() {
        loading.set(true);
        background.run(
                () -> BeneficiaryFile.load(store, beneficiaryId),
                loaded -> {
                    file.set(loaded);
                    loading.set(false);
                },
                failure -> {
                    loading.set(false);
                    LOG.error("The file of {} could not be read", beneficiaryId, failure);
                    error.set(messages.get("error.unexpected"));
                });
    }

    /** Tapped in the barriers grid: creates the barrier when the area had none yet. */
    public void setBarrierStatus(BarrierArea area, BarrierStatus status) {
        BeneficiaryFile f = file.get();
        Barrier current = f == null ? null : f.barrier(area).orElse(null);
        Barrier next = current == null
                ? new Barrier(JalonsRecord.newId(), beneficiaryId, Term.of(area), status, null)
                : new Barrier(current.id(), beneficiaryId, current.area(), status, current.note());
        write(() -> store.barriers().save(next));
    }

    /** Records a consent given or withdrawn now, by the counsellor using this device. */
    public void setConsent(ConsentCategory category, boolean granted) {
        Consent consent = new Consent(
                JalonsRecord.newId(),
                beneficiaryId,
                category,
                granted,
                clock.instant(),
                store.profile().displayName());
        write(() -> store.consents().save(consent));
    }

    private void write(Supplier<?> change) {
        barrierError.set("");
        try {
            Object ignored = change.get(); // the write's result is not shown here: the file is read again
        } catch (ValidationException e) {
            List<String> said = e.violations().stream().map(messages::violation).toList();
            barrierError.set(String.join(" ", said));
        } catch (RuntimeException e) {
            LOG.error("A change to the file of {} was not saved", beneficiaryId, e);
            error.set(messages.get("error.unexpected"));
        }
        load();
    }

    public Clock clock() {
        return clock;
    }

    /** The user of this device, to say "you" when they are the person's referent. */
    public UUID referentSelf() {
        return store.profile().userId();
    }

    public UUID beneficiaryId() {
        return beneficiaryId;
    }

    public ObjectProperty<BeneficiaryFile> fileProperty() {
        return file;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** Why the last barrier change was refused (e.g. health without the person's consent). */
    public ReadOnlyStringProperty barrierErrorProperty() {
        return barrierError;
    }

    /** A goal's theme in words: a free text that is or was one of the organisation's themes reads as it now. */
    public String themeText(org.jalons.domain.Term<org.jalons.protocol.Vocabulary.GoalTheme> theme) {
        return store.orgVocabulary().themeText(theme, messages::label, false);
    }
}

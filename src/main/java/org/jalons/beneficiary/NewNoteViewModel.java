package org.jalons.beneficiary;

import java.time.Clock;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.Note;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.storage.DraftKey;
import org.jalons.storage.LocalStore;
import org.jalons.ui.Background;
import org.jalons.ui.EasyRead;

/** A note of my own, in my words. */
public final class NewNoteViewModel extends FormModel {
    static final int MAX_TEXT = 4000;

    private final Clock clock;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty textError = new SimpleStringProperty(this, "textError", "");

    public NewNoteViewModel(LocalStore store, Background background, EasyRead texts, Clock clock) {
        super(store, background, texts, DraftKey.of(DraftKey.Form.MY_NEW_NOTE));
        this.clock = clock;
        form.add("text", text);
        loadDraft(() -> {});
    }

    @Override
    protected List<BooleanSupplier> pages() {
        return List.of(this::checkText);
    }

    boolean checkText() {
        textError.set(check(text.get(), MAX_TEXT, "my.note.textMissing"));
        return textError.get().isEmpty();
    }

    public boolean save(Runnable onSaved) {
        if (!checkText()) {
            return false;
        }
        Note note = new Note(JalonsRecord.newId(), me(), text.get().strip(), clock.instant(), Rater.BENEFICIARY);
        write(() -> store.notes().save(note), onSaved);
        return true;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty textErrorProperty() {
        return textError;
    }
}

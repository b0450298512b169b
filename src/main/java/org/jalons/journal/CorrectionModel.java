package org.jalons.journal;

import java.time.Clock;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jalons.domain.RecordKind;
import org.jalons.domain.TextRule;
import org.jalons.protocol.RecordSchema;
import org.jalons.storage.LocalStore;
import org.jalons.ui.Background;
import org.jalons.ui.EasyRead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The words of a journal entry being corrected, prefilled with its current words; saving writes the correction. */
public final class CorrectionModel {
    private static final Logger LOG = LoggerFactory.getLogger(CorrectionModel.class);

    private final LocalStore store;
    private final Background background;
    private final EasyRead texts;
    private final Clock clock;
    private final JournalEntry entry;
    private final StringProperty participants = new SimpleStringProperty(this, "participants", "");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty decisions = new SimpleStringProperty(this, "decisions", "");
    private final StringProperty textError = new SimpleStringProperty(this, "textError", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    public CorrectionModel(LocalStore store, Background background, EasyRead texts, Clock clock, JournalEntry entry) {
        this.store = store;
        this.background = background;
        this.texts = texts;
        this.clock = clock;
        this.entry = entry;
        participants.set(orEmpty(entry.title()));
        text.set(orEmpty(entry.text()));
        decisions.set(orEmpty(entry.more()));
    }

    public boolean isInterview() {
        return entry.recordKind() == RecordKind.INTERVIEW;
    }

    /** Whether the words corrected are those said with a rating (a check-in's comment). */
    public boolean isRating() {
        return entry.recordKind() == RecordKind.CHECK_IN;
    }

    /** The field whose words the correction changes: an interview's notes, a note's text, a rating's comment. */
    static String textField(RecordKind kind) {
        return switch (kind) {
            case INTERVIEW -> "notes";
            case CHECK_IN -> "comment";
            default -> "text";
        };
    }

    /** Writes the correction on the store thread; {@code onSaved} runs once it is stored. False if a word is wrong. */
    public boolean save(Runnable onSaved) {
        if (!check()) {
            return false;
        }
        busy.set(true);
        error.set("");
        String p = participants.get();
        String t = text.get();
        String d = decisions.get();
        background.run(
                () -> Correction.write(store, entry, p, t, d, clock.instant()),
                saved -> {
                    busy.set(false);
                    onSaved.run();
                },
                failure -> {
                    busy.set(false);
                    LOG.error("A correction could not be saved", failure);
                    error.set(texts.get("journal.correct.failed"));
                });
        return true;
    }

    private boolean check() {
        String words = text.get() == null ? "" : text.get().strip();
        RecordSchema schema = entry.recordKind().schema();
        String field = textField(entry.recordKind());
        int max = (int) schema.fields().get(field).max();
        // a note is its words; an interview or a rating stands without them
        if (words.isEmpty() && entry.recordKind() == RecordKind.NOTE) {
            textError.set(texts.get("journal.correct.textMissing"));
        } else if (words.length() > max) {
            textError.set(texts.get("journal.correct.tooLong", words.length(), max));
        } else if (TextRule.problem(words, true) != null
                || TextRule.problem(orEmpty(participants.get()), true) != null
                || TextRule.problem(orEmpty(decisions.get()), true) != null) {
            textError.set(texts.get("journal.correct.invalidText"));
        } else {
            textError.set("");
        }
        return textError.get().isEmpty();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public StringProperty participantsProperty() {
        return participants;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty decisionsProperty() {
        return decisions;
    }

    public ReadOnlyStringProperty textErrorProperty() {
        return textError;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}

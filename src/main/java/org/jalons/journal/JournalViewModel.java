package org.jalons.journal;

import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jalons.i18n.Messages;
import org.jalons.storage.LocalStore;
import org.jalons.ui.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A person's journal, read off the screen's thread; the filter (a goal, a kind) is kept while the screen is open and
 * applied to what was read, without reading the store again.
 */
public final class JournalViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(JournalViewModel.class);

    private final Supplier<UUID> who;
    private final LocalStore store;
    private final Background background;
    private final Messages messages;
    private final ZoneId zone;
    private final ObjectProperty<Journal> journal = new SimpleObjectProperty<>(this, "journal");
    private final ObjectProperty<JournalFilter> filter = new SimpleObjectProperty<>(this, "filter", JournalFilter.ALL);
    private final ObservableList<JournalRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");

    /** {@code who}: the person, asked when the journal is read (on the person's phone, their own id). */
    public JournalViewModel(
            LocalStore store, Supplier<UUID> who, Background background, Messages messages, ZoneId zone) {
        this.store = store;
        this.who = who;
        this.background = background;
        this.messages = messages;
        this.zone = zone;
        filter.addListener((obs, was, now) -> show());
    }

    public void load() {
        UUID person = who.get();
        loading.set(true);
        background.run(
                () -> person == null
                        ? new Journal(java.util.List.of(), java.util.Map.of())
                        : Journal.read(store, person, zone),
                read -> {
                    journal.set(read);
                    show();
                    loading.set(false);
                },
                failure -> {
                    loading.set(false);
                    LOG.error("The journal of {} could not be read", person, failure);
                    error.set(messages.get("error.unexpected"));
                });
    }

    private void show() {
        Journal j = journal.get();
        if (j != null) {
            rows.setAll(j.rows(filter.get()));
        }
    }

    public ObservableList<JournalRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<Journal> journalProperty() {
        return journal;
    }

    public ObjectProperty<JournalFilter> filterProperty() {
        return filter;
    }

    public void showGoal(UUID goalId) {
        filter.set(filter.get().withGoal(goalId));
    }

    public void showKind(JournalKind kind) {
        filter.set(filter.get().withKind(kind));
    }

    /** How many entries the filter keeps. */
    public int shownEntries() {
        return (int) rows.stream().filter(r -> r instanceof JournalRow.Entry).count();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }
}

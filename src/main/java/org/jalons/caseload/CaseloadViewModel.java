package org.jalons.caseload;

import java.text.Normalizer;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.jalons.i18n.Messages;
import org.jalons.storage.CaseloadRow;
import org.jalons.ui.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The counsellor's caseload: every person followed, filtered by a search on the name and a quick filter. */
public final class CaseloadViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(CaseloadViewModel.class);

    private final Supplier<List<CaseloadRow>> source;
    private final Background background;
    private final Messages messages;
    private final ObservableList<CaseloadRow> rows = FXCollections.observableArrayList();
    private final FilteredList<CaseloadRow> visible = new FilteredList<>(rows, r -> true);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<CaseloadFilter> filter =
            new SimpleObjectProperty<>(this, "filter", CaseloadFilter.ALL);
    private final Clock clock;
    private final ZoneId zone;
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final StringBinding placeholder;
    private final StringBinding summary;

    public CaseloadViewModel(Supplier<List<CaseloadRow>> source, Background background, Messages messages) {
        this(source, background, messages, Clock.systemUTC(), ZoneOffset.UTC);
    }

    public CaseloadViewModel(
            Supplier<List<CaseloadRow>> source, Background background, Messages messages, Clock clock, ZoneId zone) {
        this.source = source;
        this.background = background;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
        search.addListener((obs, old, now) -> refilter());
        filter.addListener((obs, old, now) -> refilter());
        placeholder = Bindings.createStringBinding(
                () -> loading.get()
                        ? messages.get("caseload.loading")
                        : rows.isEmpty()
                                ? messages.get("caseload.empty")
                                : search.get().isBlank()
                                        ? messages.get("caseload.noneInFilter")
                                        : messages.get(
                                                "caseload.noMatch", search.get().strip()),
                loading,
                rows,
                search,
                filter);
        summary = Bindings.createStringBinding(
                () -> filter.get() == CaseloadFilter.ALL && search.get().isBlank()
                        ? messages.get("caseload.count", rows.size())
                        : messages.get("caseload.countFiltered", visible.size(), rows.size()),
                rows,
                visible,
                filter,
                search);
    }

    private void refilter() {
        String wanted = fold(search.get());
        var inFilter = (filter.get() == null ? CaseloadFilter.ALL : filter.get()).test(clock, zone);
        visible.setPredicate(
                row -> (wanted.isEmpty() || fold(row.displayName()).contains(wanted)) && inFilter.test(row));
    }

    public ObjectProperty<CaseloadFilter> filterProperty() {
        return filter;
    }

    public Clock clock() {
        return clock;
    }

    /** Reads the caseload from the store, off the screen's thread. */
    public void load() {
        loading.set(true);
        error.set("");
        background.run(
                source::get,
                loaded -> {
                    rows.setAll(loaded);
                    refilter();
                    loading.set(false);
                },
                failure -> {
                    loading.set(false);
                    LOG.error("The caseload could not be read", failure);
                    error.set(messages.get("error.unexpected"));
                });
    }

    /** Lower case without accents, so that "celia" finds "Célia". */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    public ObservableList<CaseloadRow> visibleRows() {
        return visible;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    /** What the empty list says: loading, nobody yet, or nobody matching the search. */
    public StringBinding placeholderText() {
        return placeholder;
    }

    public StringBinding summaryText() {
        return summary;
    }
}

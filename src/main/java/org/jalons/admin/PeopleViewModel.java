package org.jalons.admin;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
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
import org.jalons.admin.PeopleSource.Counsellor;
import org.jalons.admin.PeopleSource.Person;
import org.jalons.i18n.Messages;
import org.jalons.ui.Background;

/**
 * The structure's people for the admin, read from the server: searched by name, filtered by counsellor, by site or
 * to those without a counsellor. The filters run on the screen's thread over names prepared once per read.
 */
public final class PeopleViewModel {
    private final PeopleSource source;
    private final Background background;
    private final Messages messages;
    private final ObservableList<Person> all = FXCollections.observableArrayList();
    private final FilteredList<Person> visible = new FilteredList<>(all);
    private final ObservableList<Counsellor> counsellors = FXCollections.observableArrayList();
    private final ObservableList<String> sites = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<Counsellor> counsellor = new SimpleObjectProperty<>(this, "counsellor");
    private final StringProperty site = new SimpleStringProperty(this, "site");
    private final BooleanProperty withoutCounsellor = new SimpleBooleanProperty(this, "withoutCounsellor");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    /** How many people the server has, while the list holds only the first of them. */
    private int total;

    public PeopleViewModel(PeopleSource source, Background background, Messages messages) {
        this.source = source;
        this.background = background;
        this.messages = messages;
        search.addListener((obs, was, now) -> refilter());
        counsellor.addListener((obs, was, now) -> refilter());
        site.addListener((obs, was, now) -> refilter());
        withoutCounsellor.addListener((obs, was, now) -> refilter());
    }

    /** How many people the list shows before it has read them all: more than a phone's or a desk's screenful. */
    static final int FIRST = 100;

    /**
     * Reads the people and the counsellors from the server (again); the filters stay as they are. The first people
     * by name show at once, and the rest are read after them: a structure of thousands does not wait for all of
     * them to see the first screenful.
     */
    public void load() {
        loading.set(true);
        error.set("");
        background.run(
                () -> new Read(source.firstPeople(FIRST), source.counsellors()),
                read -> {
                    counsellors.setAll(read.counsellors());
                    boolean more = read.page().total() > read.page().people().size();
                    total = read.page().total();
                    loading.set(more);
                    show(read.page().people());
                    if (more) {
                        background.run(
                                source::people,
                                rest -> {
                                    loading.set(false);
                                    total = rest.size();
                                    show(rest);
                                },
                                this::failed);
                    }
                },
                this::failed);
    }

    private void failed(Throwable failure) {
        loading.set(false);
        error.set(AdminWords.failure(messages, failure));
        refilter();
    }

    private void show(List<Person> people) {
        TreeSet<String> named = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        people.stream().map(Person::site).filter(s -> s != null && !s.isBlank()).forEach(named::add);
        sites.setAll(named);
        all.setAll(people);
        refilter();
    }

    private record Read(PeopleSource.Page page, List<Counsellor> counsellors) {}

    private void refilter() {
        String key = PeopleSource.key(search.get());
        UUID with = counsellor.get() == null ? null : counsellor.get().id();
        String at = site.get();
        boolean alone = withoutCounsellor.get();
        visible.setPredicate(p -> (key.isEmpty() || p.searchKey().contains(key))
                && (!alone || p.counsellors().isEmpty())
                && (with == null || p.counsellors().stream().anyMatch(c -> c.id().equals(with)))
                && (at == null || at.equalsIgnoreCase(Objects.requireNonNullElse(p.site(), ""))));
        summary.set(
                all.isEmpty() && !loading.get()
                        ? ""
                        : total > all.size()
                                ? messages.get("admin.people.partial", all.size(), total)
                                : visible.size() == all.size()
                                        ? messages.get("admin.people.count", all.size())
                                        : messages.get("admin.people.shown", visible.size(), all.size()));
    }

    /** A person changed on their own screen (counsellors): their line says so without reading the list again. */
    public void replace(Person changed) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id().equals(changed.id())) {
                all.set(i, changed);
                refilter();
                return;
            }
        }
    }

    /** A person erased: their line goes. */
    public void remove(UUID id) {
        if (all.removeIf(p -> p.id().equals(id))) {
            total = Math.max(total - 1, 0);
        }
        refilter();
    }

    public ObservableList<Person> visible() {
        return visible;
    }

    public ObservableList<Person> all() {
        return all;
    }

    public ObservableList<Counsellor> counsellors() {
        return counsellors;
    }

    public ObservableList<String> sites() {
        return sites;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<Counsellor> counsellorProperty() {
        return counsellor;
    }

    public StringProperty siteProperty() {
        return site;
    }

    public BooleanProperty withoutCounsellorProperty() {
        return withoutCounsellor;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }
}

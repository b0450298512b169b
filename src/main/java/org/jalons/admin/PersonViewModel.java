package org.jalons.admin;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
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
import org.jalons.admin.PeopleSource.Counsellor;
import org.jalons.admin.PeopleSource.Person;
import org.jalons.admin.PeopleSource.Referent;
import org.jalons.i18n.Messages;
import org.jalons.platform.ShareService;
import org.jalons.ui.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One person for the admin: their counsellors (add a second, remove one, transfer to another), the history of their
 * referents, and the personal-data requests (export their record, erase them). Every change asks the server, then
 * reads the history again; the list is told through {@code changed} and {@code erased}.
 */
public final class PersonViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(PersonViewModel.class);

    private final PeopleSource source;
    private final Background background;
    private final Messages messages;
    private final ShareService share;
    private final ZoneId zone;
    private final Consumer<Person> changed;
    private final Consumer<UUID> erased;
    private final ObjectProperty<Person> person = new SimpleObjectProperty<>(this, "person");
    private final ObservableList<Referent> history = FXCollections.observableArrayList();
    private final ObservableList<Counsellor> everyCounsellor = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanProperty gone = new SimpleBooleanProperty(this, "gone");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final StringProperty done = new SimpleStringProperty(this, "done", "");

    public PersonViewModel(
            PeopleSource source,
            Background background,
            Messages messages,
            ShareService share,
            ZoneId zone,
            Person person,
            Consumer<Person> changed,
            Consumer<UUID> erased) {
        this.source = source;
        this.background = background;
        this.messages = messages;
        this.share = share;
        this.zone = zone;
        this.changed = changed;
        this.erased = erased;
        this.person.set(person);
    }

    /** Reads the history and the structure's counsellors (to choose from). */
    public void load() {
        UUID id = person.get().id();
        ask(() -> new Loaded(source.referents(id), source.counsellors()), loaded -> {
            history.setAll(loaded.history());
            everyCounsellor.setAll(loaded.counsellors());
        });
    }

    private record Loaded(List<Referent> history, List<Counsellor> counsellors) {}

    /** The counsellors the person could get: those who do not follow them yet. */
    public List<Counsellor> others() {
        List<Counsellor> others = new ArrayList<>(everyCounsellor);
        others.removeIf(c -> person.get().counsellors().stream().anyMatch(k -> k.id().equals(c.id())));
        return others;
    }

    public void add(Counsellor counsellor) {
        UUID id = person.get().id();
        List<Counsellor> now = new ArrayList<>(person.get().counsellors());
        now.add(counsellor);
        now.sort(java.util.Comparator.comparing(Counsellor::name, String.CASE_INSENSITIVE_ORDER));
        change(
                () -> source.addCounsellor(id, counsellor.id()),
                now,
                messages.get("admin.person.added", counsellor.name()));
    }

    public void remove(Counsellor counsellor) {
        UUID id = person.get().id();
        List<Counsellor> now = new ArrayList<>(person.get().counsellors());
        now.removeIf(c -> c.id().equals(counsellor.id()));
        change(
                () -> source.removeCounsellor(id, counsellor.id()),
                now,
                messages.get("admin.person.removed", counsellor.name()));
    }

    public void transfer(Counsellor from, Counsellor to) {
        UUID id = person.get().id();
        List<Counsellor> now = new ArrayList<>(person.get().counsellors());
        now.removeIf(c -> c.id().equals(from.id()) || c.id().equals(to.id()));
        now.add(to);
        now.sort(java.util.Comparator.comparing(Counsellor::name, String.CASE_INSENSITIVE_ORDER));
        change(
                () -> source.transfer(id, from.id(), to.id()),
                now,
                messages.get("admin.person.transferred", from.name(), to.name()));
    }

    private void change(ServerCall call, List<Counsellor> after, String said) {
        UUID id = person.get().id();
        ask(
                () -> {
                    call.run();
                    return source.referents(id);
                },
                lines -> {
                    Person updated = person.get().withCounsellors(after);
                    person.set(updated);
                    history.setAll(lines);
                    done.set(said);
                    changed.accept(updated);
                });
    }

    @FunctionalInterface
    private interface ServerCall {
        void run() throws Exception;
    }

    /** The person's complete record from the server, handed to the share service ({@code json} or {@code pdf}). */
    public void export(String format) {
        UUID id = person.get().id();
        String file = "dossier-personne." + format;
        ask(() -> source.record(id, format), bytes -> {
            try {
                ShareService.Outcome outcome = share.share(
                        messages.get("admin.person.export.subject"),
                        file,
                        "pdf".equals(format) ? "application/pdf" : "application/json",
                        bytes);
                done.set(outcome == ShareService.Outcome.SHARED ? messages.get("admin.person.export.done", file) : "");
            } catch (java.io.IOException e) {
                LOG.error("The record {} could not be saved", file, e);
                error.set(messages.get("admin.person.export.notSaved"));
            }
        });
    }

    /** Erases the person at their request; the screen then says so and the list forgets them. */
    public void erase() {
        Person who = person.get();
        ask(
                () -> {
                    source.erase(who.id());
                    return who.id();
                },
                id -> {
                    gone.set(true);
                    done.set(messages.get("admin.person.erased", who.name()));
                    erased.accept(id);
                });
    }

    private <T> void ask(java.util.concurrent.Callable<T> work, Consumer<T> then) {
        AdminRequest.ask(background, messages, busy, error, work, then);
    }

    /** "Marc CIP devient référent·e — par Nadia Admin", dated. */
    public String line(Referent referent) {
        String what = messages.get(
                referent.started() ? "admin.person.history.start" : "admin.person.history.end", referent.counsellor());
        String by = referent.by() == null ? "" : messages.get("admin.person.history.by", referent.by());
        return messages.get("admin.person.history.line", AdminWords.date(messages, referent.at(), zone), what, by)
                .strip();
    }

    public String facts() {
        Person p = person.get();
        List<String> facts = new ArrayList<>();
        if (p.site() != null && !p.site().isBlank()) {
            facts.add(messages.get("admin.people.site", p.site()));
        }
        if (p.entryDate() != null) {
            facts.add(messages.get("admin.people.entry", AdminWords.date(messages, p.entryDate())));
        }
        if (p.exitDate() != null) {
            facts.add(messages.get("admin.people.exit", AdminWords.date(messages, p.exitDate())));
        }
        if (p.lastChange() != null) {
            facts.add(messages.get("admin.people.changed", AdminWords.date(messages, p.lastChange(), zone)));
        }
        return String.join(" · ", facts);
    }

    public ReadOnlyObjectProperty<Person> personProperty() {
        return person;
    }

    public ObservableList<Referent> history() {
        return history;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** True once the person was erased: the screen shows nothing of them any more. */
    public ReadOnlyBooleanProperty goneProperty() {
        return gone;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** What the last action did, for a snackbar; "" until then. */
    public StringProperty doneProperty() {
        return done;
    }
}

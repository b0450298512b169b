package org.jalons.caseload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jalons.domain.Exit;
import org.jalons.domain.FollowUp;
import org.jalons.domain.Training;
import org.jalons.i18n.Messages;
import org.jalons.platform.ShareService;
import org.jalons.storage.CaseloadRow;
import org.jalons.storage.DatedRecords;
import org.jalons.storage.LocalStore;
import org.jalons.ui.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The counsellor's agenda, from today on, by day: the next appointment each person has (set at their last
 * interview), the follow-ups after an exit by their due date ("relances"), and the trainings that start; the
 * follow-ups already late come first, apart. An appointment can be handed to the phone's calendar as an .ics file.
 */
public final class AgendaModel {
    private static final Logger LOG = LoggerFactory.getLogger(AgendaModel.class);

    /** What puts a line in the agenda; in this order within a day (the lines without a time first). */
    public enum Kind {
        FOLLOW_UP,
        TRAINING,
        APPOINTMENT
    }

    /**
     * One line: its kind and day, the appointment's time ({@code at}, null for the others), the person, a training's
     * title, and the record it opens ({@code recordId}: the training or the follow-up; null for an appointment and
     * for the follow-up of an exit that has no follow-up record yet).
     */
    public record Entry(
            Kind kind,
            LocalDate date,
            Instant at,
            UUID beneficiaryId,
            String personName,
            String title,
            UUID recordId) {}

    /** One day of the agenda and its lines. */
    public record Day(LocalDate date, List<Entry> entries) {}

    /** The follow-ups already late (oldest first), then the days from today on. */
    public record Agenda(List<Entry> late, List<Day> days) {
        public static final Agenda EMPTY = new Agenda(List.of(), List.of());

        public boolean isEmpty() {
            return late.isEmpty() && days.isEmpty();
        }
    }

    /** What the agenda reads, in the background: the caseload (names, appointments) and the records with a date. */
    public interface Source {
        List<CaseloadRow> caseload();

        List<FollowUp> followUps();

        List<Exit> exits();

        List<Training> trainingsFrom(LocalDate from);

        /** The open store's: its caseload reading and its dated records. */
        static Source of(LocalStore store) {
            DatedRecords dated = new DatedRecords(store);
            return new Source() {
                @Override
                public List<CaseloadRow> caseload() {
                    return store.beneficiaries().caseload();
                }

                @Override
                public List<FollowUp> followUps() {
                    return dated.followUps();
                }

                @Override
                public List<Exit> exits() {
                    return dated.exits();
                }

                @Override
                public List<Training> trainingsFrom(LocalDate from) {
                    return dated.startingFrom(from);
                }
            };
        }
    }

    private final Source source;
    private final Background background;
    private final Messages messages;
    private final ShareService share;
    private final Clock clock;
    private final ZoneId zone;
    private final ObjectProperty<Agenda> agenda = new SimpleObjectProperty<>(this, "agenda", Agenda.EMPTY);
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final StringProperty exported = new SimpleStringProperty(this, "exported", "");

    public AgendaModel(
            Source source, Background background, Messages messages, ShareService share, Clock clock, ZoneId zone) {
        this.source = source;
        this.background = background;
        this.messages = messages;
        this.share = share;
        this.clock = clock;
        this.zone = zone;
    }

    public void load() {
        loading.set(true);
        background.run(
                () -> of(source, today(), zone),
                loaded -> {
                    agenda.set(loaded);
                    loading.set(false);
                },
                failure -> {
                    loading.set(false);
                    LOG.error("The agenda could not be read", failure);
                    error.set(messages.get("error.unexpected"));
                });
    }

    /** The agenda of the people of the caseload on {@code today}; appointments' days in {@code zone}. */
    static Agenda of(Source source, LocalDate today, ZoneId zone) {
        List<CaseloadRow> rows = source.caseload();
        Map<UUID, String> names = new HashMap<>();
        rows.forEach(r -> names.put(r.beneficiaryId(), r.displayName()));
        List<Entry> entries = new ArrayList<>();
        for (CaseloadRow r : rows) {
            if (r.nextAppointment() != null) {
                LocalDate day = LocalDate.ofInstant(r.nextAppointment(), zone);
                if (!day.isBefore(today)) {
                    entries.add(new Entry(
                            Kind.APPOINTMENT,
                            day,
                            r.nextAppointment(),
                            r.beneficiaryId(),
                            r.displayName(),
                            null,
                            null));
                }
            }
        }
        entries.addAll(followUps(source, names));
        for (Training t : source.trainingsFrom(today)) {
            if (names.containsKey(t.beneficiaryId()) && t.startDate() != null) {
                entries.add(new Entry(
                        Kind.TRAINING,
                        t.startDate(),
                        null,
                        t.beneficiaryId(),
                        names.get(t.beneficiaryId()),
                        t.title(),
                        t.id()));
            }
        }
        Comparator<Entry> order = Comparator.comparing(Entry::date)
                .thenComparing(Entry::kind)
                .thenComparing(Entry::at, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Entry::personName, String.CASE_INSENSITIVE_ORDER);
        entries.sort(order);
        List<Entry> late = new ArrayList<>();
        Map<LocalDate, List<Entry>> days = new TreeMap<>();
        for (Entry e : entries) {
            if (e.date().isBefore(today)) {
                late.add(e); // only follow-ups can be: appointments and trainings are read from today on
            } else {
                days.computeIfAbsent(e.date(), d -> new ArrayList<>()).add(e);
            }
        }
        return new Agenda(
                List.copyOf(late),
                days.entrySet().stream()
                        .map(e -> new Day(e.getKey(), List.copyOf(e.getValue())))
                        .toList());
    }

    /**
     * The follow-ups not done yet, by their due date: each follow-up record not done, and the latest exit of a person
     * that has no follow-up record (made before they were planned at the exit): due six months after it.
     */
    private static List<Entry> followUps(Source source, Map<UUID, String> names) {
        List<Entry> out = new ArrayList<>();
        Set<UUID> planned = new HashSet<>();
        for (FollowUp f : source.followUps()) {
            planned.add(f.exitId());
            if (f.doneDate() == null && f.dueDate() != null && names.containsKey(f.beneficiaryId())) {
                out.add(new Entry(
                        Kind.FOLLOW_UP,
                        f.dueDate(),
                        null,
                        f.beneficiaryId(),
                        names.get(f.beneficiaryId()),
                        null,
                        f.id()));
            }
        }
        Map<UUID, Exit> latest = new HashMap<>();
        for (Exit e : source.exits()) {
            if (e.exitDate() != null) {
                latest.merge(e.beneficiaryId(), e, (a, b) -> a.exitDate().isAfter(b.exitDate()) ? a : b);
            }
        }
        for (Exit e : latest.values()) {
            if (!planned.contains(e.id()) && names.containsKey(e.beneficiaryId())) {
                out.add(new Entry(
                        Kind.FOLLOW_UP,
                        FollowUp.dueDateOf(e, null),
                        null,
                        e.beneficiaryId(),
                        names.get(e.beneficiaryId()),
                        null,
                        null));
            }
        }
        return out;
    }

    /** Hands the appointment to the phone's calendar (share sheet), with the person's first name only. */
    public void export(Entry appointment) {
        if (appointment.kind() != Kind.APPOINTMENT) {
            throw new IllegalArgumentException("Only an appointment goes to the phone's calendar: " + appointment);
        }
        String summary = messages.get("agenda.ics.summary", AppointmentCalendar.firstName(appointment.personName()));
        String ics = AppointmentCalendar.of(appointment.beneficiaryId(), appointment.at(), summary, clock.instant());
        String fileName = AppointmentCalendar.fileName(appointment.at());
        try {
            ShareService.Outcome outcome = share.share(
                    messages.get("agenda.ics.subject"),
                    fileName,
                    AppointmentCalendar.MIME_TYPE,
                    ics.getBytes(StandardCharsets.UTF_8));
            exported.set(outcome == ShareService.Outcome.SHARED ? messages.get("agenda.ics.done") : "");
        } catch (IOException | RuntimeException e) {
            LOG.error("The appointment could not be exported as {}", fileName, e);
            exported.set(messages.get("agenda.ics.failed"));
        }
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public ReadOnlyObjectProperty<Agenda> agendaProperty() {
        return agenda;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    /** What became of the last export, said under the list. */
    public ReadOnlyStringProperty exportedProperty() {
        return exported;
    }
}

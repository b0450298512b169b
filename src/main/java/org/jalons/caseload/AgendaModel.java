package org.jalons.caseload;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import org.jalons.i18n.Messages;
import org.jalons.platform.ShareService;
import org.jalons.storage.CaseloadRow;
import org.jalons.ui.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The counsellor's agenda: the next appointment each person of the caseload has (set at their last interviews), by
 * day, today first; each can be handed to the phone's calendar as an .ics file.
 */
public final class AgendaModel {
    private static final Logger LOG = LoggerFactory.getLogger(AgendaModel.class);

    /** One day of the agenda and its appointments, by time. */
    public record Day(LocalDate date, List<CaseloadRow> appointments) {}

    private final Supplier<List<CaseloadRow>> caseload;
    private final Background background;
    private final Messages messages;
    private final ShareService share;
    private final Clock clock;
    private final ZoneId zone;
    private final ObjectProperty<List<Day>> days = new SimpleObjectProperty<>(this, "days", List.of());
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final StringProperty exported = new SimpleStringProperty(this, "exported", "");

    public AgendaModel(
            Supplier<List<CaseloadRow>> caseload,
            Background background,
            Messages messages,
            ShareService share,
            Clock clock,
            ZoneId zone) {
        this.caseload = caseload;
        this.background = background;
        this.messages = messages;
        this.share = share;
        this.clock = clock;
        this.zone = zone;
    }

    public void load() {
        loading.set(true);
        background.run(
                () -> byDay(caseload.get(), today(), zone),
                loaded -> {
                    days.set(loaded);
                    loading.set(false);
                },
                failure -> {
                    loading.set(false);
                    LOG.error("The agenda could not be read", failure);
                    error.set(messages.get("error.unexpected"));
                });
    }

    /** The appointments from {@code today} on, grouped by day in {@code zone}, each day by time. */
    static List<Day> byDay(List<CaseloadRow> rows, LocalDate today, ZoneId zone) {
        Map<LocalDate, List<CaseloadRow>> days = new TreeMap<>();
        rows.stream()
                .filter(r -> r.nextAppointment() != null)
                .sorted(Comparator.comparing(CaseloadRow::nextAppointment))
                .forEach(r -> {
                    LocalDate day = LocalDate.ofInstant(r.nextAppointment(), zone);
                    if (!day.isBefore(today)) {
                        days.computeIfAbsent(day, d -> new ArrayList<>()).add(r);
                    }
                });
        return days.entrySet().stream()
                .map(e -> new Day(e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }

    /** Hands the appointment to the phone's calendar (share sheet), with the person's first name only. */
    public void export(CaseloadRow row) {
        String summary = messages.get("agenda.ics.summary", AppointmentCalendar.firstName(row.displayName()));
        String ics = AppointmentCalendar.of(row.beneficiaryId(), row.nextAppointment(), summary, clock.instant());
        String fileName = AppointmentCalendar.fileName(row.nextAppointment());
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

    public ReadOnlyObjectProperty<List<Day>> daysProperty() {
        return days;
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

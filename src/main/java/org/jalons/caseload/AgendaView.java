package org.jalons.caseload;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jalons.i18n.Messages;
import org.jalons.ui.Components;
import org.jalons.ui.Icons;
import org.jalons.ui.View;
import org.jalons.ui.kit.DateFormats;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The counsellor's agenda: the late follow-ups first, then each day from today with its follow-ups ("relance"),
 * trainings that start and appointments. Tapping a line opens what it is about: the person's file for an
 * appointment, the follow-up's or the training's editor; an appointment's calendar button hands it to the phone's
 * calendar. Ids: {@code agenda}, the late ones {@code agenda-late}, each day {@code agenda-day}; appointments
 * {@code appointment-<n>} (export {@code export-<n>}), follow-ups {@code follow-up-<n>}, trainings
 * {@code training-start-<n>}, each numbered in the order shown.
 */
public final class AgendaView implements View {
    private final Messages messages;
    private final ZoneId zone;
    private final AgendaModel model;
    private final Consumer<AgendaModel.Entry> open;
    private final VBox days = new VBox(16);
    private final Node root;

    /** {@code open} shows what a line is about (see CounsellorScreens). */
    public AgendaView(AgendaModel model, Messages messages, ZoneId zone, Consumer<AgendaModel.Entry> open) {
        this.model = model;
        this.messages = messages;
        this.zone = zone;
        this.open = open;
        days.setId("agenda");
        VBox content = new VBox(
                12,
                Components.busy(model.loadingProperty(), messages.get("agenda.loading")),
                Components.message(model.errorProperty(), "message-error"),
                Components.message(model.exportedProperty(), "message-info"),
                days);
        root = Components.screen(content);
        model.agendaProperty().addListener((obs, old, now) -> fill());
        model.load();
    }

    private void fill() {
        days.getChildren().clear();
        AgendaModel.Agenda agenda = model.agendaProperty().get();
        if (agenda.isEmpty()) {
            days.getChildren().add(Components.text(messages.get("agenda.none"), "empty-text"));
            return;
        }
        java.util.Map<AgendaModel.Kind, Integer> counts = new java.util.EnumMap<>(AgendaModel.Kind.class);
        if (!agenda.late().isEmpty()) {
            VBox late = section(messages.get("agenda.late"), agenda.late(), counts);
            late.setId("agenda-late");
            late.getStyleClass().add("agenda-late");
            days.getChildren().add(late);
        }
        for (AgendaModel.Day day : agenda.days()) {
            VBox box = section(dayTitle(day), day.entries(), counts);
            box.getStyleClass().add("agenda-day");
            days.getChildren().add(box);
        }
    }

    private VBox section(
            String title, List<AgendaModel.Entry> entries, java.util.Map<AgendaModel.Kind, Integer> counts) {
        VBox box = new VBox(6, Components.text(title, "section-heading"));
        for (AgendaModel.Entry entry : entries) {
            int n = counts.merge(entry.kind(), 1, Integer::sum) - 1; // numbered per kind, in the order shown
            box.getChildren().add(line(entry, n));
        }
        return box;
    }

    private String dayTitle(AgendaModel.Day day) {
        if (day.date().equals(model.today())) {
            return messages.get("agenda.today");
        }
        if (day.date().equals(model.today().plusDays(1))) {
            return messages.get("agenda.tomorrow");
        }
        return DateFormats.fullDate(day.date(), messages.locale());
    }

    private Node line(AgendaModel.Entry entry, int n) {
        String name = entry.personName();
        boolean late = entry.date().isBefore(model.today());
        String due = DateFormats.shortDate(entry.date());
        return switch (entry.kind()) {
            case APPOINTMENT -> appointment(entry, n);
            case FOLLOW_UP ->
                item(
                        entry,
                        "follow-up-" + n,
                        late ? messages.get("agenda.followUp.late", name, due) : messages.get("agenda.followUp", name),
                        messages.get("agenda.followUp.open", name, due),
                        Material2MZ.NOTIFICATIONS_ACTIVE,
                        late ? "agenda-follow-up-late" : "agenda-follow-up");
            case TRAINING ->
                item(
                        entry,
                        "training-start-" + n,
                        messages.get("agenda.training", entry.title(), name),
                        messages.get("agenda.training.open", entry.title(), name),
                        Material2MZ.SCHOOL,
                        "agenda-training");
        };
    }

    private Button item(AgendaModel.Entry entry, String id, String text, String accessible, Ikon icon, String style) {
        Button b = new Button(text, Icons.icon(icon, 22));
        b.setId(id);
        b.setWrapText(true);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAlignment(Pos.CENTER_LEFT);
        b.getStyleClass().addAll("agenda-entry", style);
        b.setAccessibleText(accessible);
        b.setOnAction(e -> open.accept(entry));
        return b;
    }

    private Node appointment(AgendaModel.Entry entry, int n) {
        String at = DateFormats.time(entry.at().atZone(zone).toLocalTime());
        Button person = new Button(
                messages.get("agenda.appointment", at, entry.personName()), Icons.icon(Material2AL.EVENT, 22));
        person.setId("appointment-" + n);
        person.setWrapText(true);
        person.setMaxWidth(Double.MAX_VALUE);
        person.setAlignment(Pos.CENTER_LEFT);
        person.getStyleClass().addAll("agenda-entry", "agenda-appointment");
        person.setAccessibleText(messages.get("agenda.appointment.open", at, entry.personName()));
        person.setOnAction(e -> open.accept(entry));
        HBox.setHgrow(person, Priority.ALWAYS);
        Button export = Icons.iconButton(
                Material2AL.INSERT_INVITATION,
                messages.get("agenda.export", entry.personName()),
                () -> model.export(entry));
        export.setId("export-" + n);
        HBox line = new HBox(4, person, export);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return messages.get("agenda.title");
    }
}

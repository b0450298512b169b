package org.jalons.caseload;

import java.time.ZoneId;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jalons.i18n.Messages;
import org.jalons.storage.CaseloadRow;
import org.jalons.ui.Components;
import org.jalons.ui.Icons;
import org.jalons.ui.View;
import org.jalons.ui.kit.DateFormats;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The counsellor's upcoming appointments by day, today first: tapping one opens the person's file, its calendar
 * button hands it to the phone's calendar. Ids: {@code agenda}, each day {@code agenda-day}, each appointment
 * {@code appointment-<n>} and its export button {@code export-<n>}, in order.
 */
public final class AgendaView implements View {
    private final Messages messages;
    private final ZoneId zone;
    private final AgendaModel model;
    private final Consumer<UUID> open;
    private final VBox days = new VBox(16);
    private final Node root;

    public AgendaView(AgendaModel model, Messages messages, ZoneId zone, Consumer<UUID> open) {
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
        model.daysProperty().addListener((obs, old, now) -> fill());
        model.load();
    }

    private void fill() {
        days.getChildren().clear();
        if (model.daysProperty().get().isEmpty()) {
            days.getChildren().add(Components.text(messages.get("agenda.none"), "empty-text"));
            return;
        }
        int n = 0;
        for (AgendaModel.Day day : model.daysProperty().get()) {
            Label heading = Components.text(dayTitle(day), "section-heading");
            VBox box = new VBox(6, heading);
            box.getStyleClass().add("agenda-day");
            for (CaseloadRow row : day.appointments()) {
                box.getChildren()
                        .add(appointment(
                                row,
                                DateFormats.time(
                                        row.nextAppointment().atZone(zone).toLocalTime()),
                                n++));
            }
            days.getChildren().add(box);
        }
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

    private Node appointment(CaseloadRow row, String at, int n) {
        Button person = new Button(
                messages.get("agenda.appointment", at, row.displayName()), Icons.icon(Material2AL.EVENT, 22));
        person.setId("appointment-" + n);
        person.setWrapText(true);
        person.setMaxWidth(Double.MAX_VALUE);
        person.setAlignment(Pos.CENTER_LEFT);
        person.getStyleClass().add("agenda-appointment");
        person.setAccessibleText(messages.get("agenda.appointment.open", at, row.displayName()));
        person.setOnAction(e -> open.accept(row.beneficiaryId()));
        HBox.setHgrow(person, Priority.ALWAYS);
        Button export = Icons.iconButton(
                Material2AL.INSERT_INVITATION,
                messages.get("agenda.export", row.displayName()),
                () -> model.export(row));
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

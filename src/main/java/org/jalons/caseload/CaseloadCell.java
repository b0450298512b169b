package org.jalons.caseload;

import java.time.ZoneId;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jalons.i18n.Messages;
import org.jalons.storage.CaseloadRow;
import org.jalons.ui.Components;
import org.jalons.ui.Icons;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** One person in the caseload list; the nodes are built once per cell and reused as the list scrolls. */
final class CaseloadCell extends ListCell<CaseloadRow> {
    private final Messages messages;
    private final ZoneId zone;
    private final Label name = Components.text("", "person-name");
    private final Label goals = Components.text("", "row-detail");
    private final Label overdue = marker("marker-overdue", Material2AL.ERROR_OUTLINE);
    private final Label pending = marker("marker-pending", Material2MZ.SYNC);
    private final Label exited = marker("marker-exited", Material2AL.EXIT_TO_APP);
    private final Label self = Components.text("", "chip", "chip-self");
    private final Label counsellor = Components.text("", "chip", "chip-counsellor");
    private final Label next = Components.text("", "row-detail");
    private final VBox box;

    CaseloadCell(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, name, spacer, pending);
        top.setAlignment(Pos.CENTER_LEFT);
        FlowPane ratings = new FlowPane(8, 4, self, counsellor);
        FlowPane markers = new FlowPane(8, 4, overdue, exited);
        box = new VBox(4, top, goals, ratings, next, markers);
        box.getStyleClass().add("caseload-row");
        getStyleClass().add("caseload-cell");
        setText(null);
    }

    private static Label marker(String styleClass, org.kordamp.ikonli.Ikon ikon) {
        Label l = Components.text("", "marker", styleClass);
        l.setGraphic(Icons.icon(ikon, 16));
        return l;
    }

    @Override
    protected void updateItem(CaseloadRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        CaseloadRowText t = CaseloadRowText.of(row, messages, zone);
        name.setText(t.name());
        goals.setText(t.goals());
        self.setText(t.selfRating());
        counsellor.setText(t.counsellorRating());
        next.setText(t.nextAppointment());
        show(overdue, t.overdue());
        show(pending, t.pending());
        show(exited, t.exited());
        setAccessibleText(String.join(", ", t.name(), t.goals(), t.selfRating(), t.counsellorRating(),
                t.nextAppointment()));
        setGraphic(box);
    }

    private static void show(Label marker, String text) {
        marker.setText(text == null ? "" : text);
        marker.setVisible(text != null);
        marker.setManaged(text != null);
    }
}

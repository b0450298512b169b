package org.jalons.caseload;

import java.time.ZoneId;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.jalons.i18n.Messages;
import org.jalons.storage.CaseloadRow;
import org.jalons.ui.Icons;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** One person in the caseload list; the nodes are built once per cell and reused as the list scrolls. */
final class CaseloadCell extends ListCell<CaseloadRow> {
    private final Messages messages;
    private final ZoneId zone;
    private final Label name = line("person-name");
    private final Label goals = line("row-detail");
    /**
     * The markers, in their order on the line; each label is made the first time a row of this cell needs it
     * (most rows show none or one), so a screenful of new cells styles and lays out far fewer nodes.
     */
    private static final String[] MARKER_STYLES = {
            "marker-overdue", "marker-overdue", "marker-overdue", "marker-pending", "marker-exited"};
    private static final org.kordamp.ikonli.Ikon[] MARKER_ICONS = {Material2AL.ERROR_OUTLINE, Material2AL.EVENT_BUSY,
            Material2MZ.TRENDING_DOWN, Material2MZ.SYNC, Material2AL.EXIT_TO_APP};
    private final Label[] markerLabels = new Label[MARKER_STYLES.length];
    private final javafx.scene.layout.FlowPane markers = new javafx.scene.layout.FlowPane(8, 4);
    private final java.time.Clock clock;
    private final Label self = line("chip", "chip-self");
    private final Label counsellor = line("chip", "chip-counsellor");
    private final Label next = line("row-detail");
    private final VBox box;

    CaseloadCell(Messages messages, ZoneId zone, java.time.Clock clock) {
        this.messages = messages;
        this.zone = zone;
        this.clock = clock;
        HBox ratings = new HBox(8, self, counsellor);
        markers.setAlignment(Pos.CENTER_LEFT);
        markers.setPrefWrapLength(300);
        box = new VBox(4, name, goals, ratings, next, markers);
        box.getStyleClass().add("caseload-row");
        getStyleClass().add("caseload-cell");
        // Lets the list decide the width: a cell never pushes the list into a horizontal scroll.
        setPrefWidth(0);
        setText(null);
    }

    /** One line that ends with "…" when too long: list lines keep a steady height as they scroll. */
    private static Label line(String... styleClasses) {
        Label l = new Label();
        l.getStyleClass().addAll(styleClasses);
        l.setMinWidth(0);
        return l;
    }

    private static Label marker(String styleClass, org.kordamp.ikonli.Ikon ikon) {
        Label l = line("marker", styleClass);
        l.setGraphic(Icons.icon(ikon, 16));
        return l;
    }

    /**
     * The theme gives list cells a fixed size; a caseload line is as tall as its content (the overdue and sync
     * markers come and go), so the height is measured here.
     */
    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() == null) {
            return super.computePrefHeight(width);
        }
        Insets insets = getInsets();
        return insets.getTop() + box.prefHeight(-1) + insets.getBottom();
    }

    @Override
    protected void updateItem(CaseloadRow row, boolean empty) {
        super.updateItem(row, empty);
        if (empty || row == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        CaseloadRowText t = CaseloadRowText.of(row, messages, zone, java.time.LocalDate.ofInstant(clock.instant(), zone));
        name.setText(t.name());
        goals.setText(t.goals());
        self.setText(t.selfRating());
        counsellor.setText(t.counsellorRating());
        next.setText(t.nextAppointment());
        String[] texts = {t.overdue(), t.quiet(), t.dropping(), t.pending(), t.exited()};
        java.util.List<javafx.scene.Node> shown = new java.util.ArrayList<>(texts.length);
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] != null) {
                if (markerLabels[i] == null) {
                    markerLabels[i] = marker(MARKER_STYLES[i], MARKER_ICONS[i]);
                }
                markerLabels[i].setText(texts[i]);
                shown.add(markerLabels[i]);
            }
        }
        if (!markers.getChildren().equals(shown)) {
            markers.getChildren().setAll(shown);
        }
        markers.setVisible(!shown.isEmpty());
        markers.setManaged(!shown.isEmpty());
        StringBuilder said = new StringBuilder(String.join(", ", t.name(), t.goals(), t.selfRating(),
                t.counsellorRating(), t.nextAppointment()));
        for (String marker : new String[] {t.overdue(), t.quiet(), t.dropping(), t.pending(), t.exited()}) {
            if (marker != null) {
                said.append(", ").append(marker);
            }
        }
        setAccessibleText(said.toString());
        setGraphic(box);
    }
}

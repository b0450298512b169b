package org.jalons.ui.kit;

import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;

/**
 * A list and the detail of its chosen line, side by side on a wide window (a tablet, a desk: at least
 * {@link #EXPANDED} px, Material's "expanded" width), the list alone on a phone, where choosing a line opens its
 * own screen instead. Ids: {@code list-pane}, {@code detail-pane}.
 */
public final class ListDetail extends HBox {
    /** From this width on, the list and the detail are shown side by side. */
    public static final double EXPANDED = 840;

    /** The list's width beside the detail: a phone's, so its lines read as they do on a phone. */
    static final double LIST_WIDTH = 400;

    private final StackPane listPane;
    private final StackPane detailPane = new StackPane();
    private final Label empty;
    private final ReadOnlyBooleanWrapper expanded = new ReadOnlyBooleanWrapper(this, "expanded");

    /** @param none what the detail pane says before a line is chosen */
    public ListDetail(Node list, String none) {
        getStyleClass().add("list-detail");
        listPane = new StackPane(list);
        listPane.setId("list-pane");
        listPane.getStyleClass().add("list-pane");
        detailPane.setId("detail-pane");
        detailPane.getStyleClass().add("detail-pane");
        empty = new Label(none);
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-text");
        detailPane.getChildren().setAll(empty);
        HBox.setHgrow(listPane, Priority.ALWAYS);
        HBox.setHgrow(detailPane, Priority.ALWAYS);
        getChildren().add(listPane);
        widthProperty().addListener((obs, old, w) -> layoutFor(w.doubleValue()));
    }

    private void layoutFor(double width) {
        boolean wide = width >= EXPANDED;
        if (wide == expanded.get() && (wide == getChildren().contains(detailPane))) {
            return;
        }
        expanded.set(wide);
        if (wide) {
            listPane.setMinWidth(LIST_WIDTH);
            listPane.setPrefWidth(LIST_WIDTH);
            listPane.setMaxWidth(LIST_WIDTH);
            getChildren().setAll(listPane, detailPane);
        } else {
            listPane.setMinWidth(USE_COMPUTED_SIZE);
            listPane.setPrefWidth(USE_COMPUTED_SIZE);
            listPane.setMaxWidth(Double.MAX_VALUE);
            getChildren().setAll(listPane);
        }
    }

    /**
     * Shows a line's detail beside the list when the window is wide and returns true; returns false on a narrow
     * window (the caller then opens the detail's own screen). {@code detail} is built only when it is shown.
     */
    public boolean show(Supplier<Node> detail) {
        if (!expanded.get()) {
            return false;
        }
        detailPane.getChildren().setAll(detail.get());
        return true;
    }

    /** Whether the list and the detail are side by side now. */
    public ReadOnlyBooleanProperty expandedProperty() {
        return expanded.getReadOnlyProperty();
    }
}

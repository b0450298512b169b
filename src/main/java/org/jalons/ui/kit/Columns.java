package org.jalons.ui.kit;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * Cards one under the other on a phone, two side by side from {@link ListDetail#EXPANDED} px on (a tablet, a
 * desk): a screen of many cards (a dashboard) uses a wide window's width instead of stretching each card.
 */
public final class Columns extends FlowPane {
    private final double gap;

    public Columns(double gap) {
        super(gap, gap);
        this.gap = gap;
        getStyleClass().add("columns");
        getChildren().addListener((ListChangeListener<Node>) change -> fit());
        widthProperty().addListener((obs, old, w) -> fit());
    }

    /**
     * A flow pane is at least as wide as its widest child's preferred width, which {@link #fit()} set for the last
     * width: once wide (a desk's 541 px cards), the columns could never narrow again (on a 360 px phone). The
     * children's own minimum widths instead.
     */
    @Override
    protected double computeMinWidth(double height) {
        double widest = 0;
        for (Node child : getManagedChildren()) {
            widest = Math.max(widest, child.minWidth(-1));
        }
        return snappedLeftInset() + snapSizeX(widest) + snappedRightInset();
    }

    /** How many columns the width holds now: 1 or 2. */
    public int columns() {
        return getWidth() >= ListDetail.EXPANDED ? 2 : 1;
    }

    private void fit() {
        double inner = getWidth() - snappedLeftInset() - snappedRightInset();
        if (inner <= 0) {
            return;
        }
        int n = columns();
        double each = Math.floor((inner - gap * (n - 1)) / n);
        for (Node child : getChildren()) {
            if (child instanceof Region r) {
                r.setPrefWidth(each);
                r.setMaxWidth(each);
            }
        }
    }
}

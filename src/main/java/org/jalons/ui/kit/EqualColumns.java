package org.jalons.ui.kit;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Children side by side in equal columns, {@code most} of them when each child's minimum width fits its share,
 * fewer when not, down to one under the other; the children of a row share its height. For a pair of buttons or a
 * grid of tiles whose words a large text size would otherwise split ("Précéd/ent"): give their labels a minimum
 * width of their longest word ({@link WordFit#neverSplitWords}) and the columns make room for it.
 */
public final class EqualColumns extends Pane {
    private final double gap;
    private final int most;

    /**
     * @param gap the space between columns and between rows
     * @param most the columns when everything fits (e.g. 2)
     */
    public EqualColumns(double gap, int most, Node... children) {
        super(children);
        this.gap = gap;
        this.most = most;
        getStyleClass().add("equal-columns");
    }

    /** How many columns the children take at the present width. */
    public int columns() {
        return columnsFor(inner(getWidth()));
    }

    private int columnsFor(double inner) {
        int columns = most;
        while (columns > 1 && !eachFits(columnWidth(inner, columns))) {
            columns--;
        }
        return columns;
    }

    private boolean eachFits(double each) {
        return getManagedChildren().stream().allMatch(child -> child.minWidth(-1) <= each);
    }

    private double columnWidth(double inner, int columns) {
        return Math.floor((inner - gap * (columns - 1)) / columns);
    }

    private double inner(double width) {
        return width - snappedLeftInset() - snappedRightInset();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        double widest = 0;
        for (Node child : getManagedChildren()) {
            widest = Math.max(widest, child.minWidth(-1));
        }
        return snappedLeftInset() + snapSizeX(widest) + snappedRightInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        double widest = 0;
        for (Node child : getManagedChildren()) {
            widest = Math.max(widest, child.prefWidth(-1));
        }
        return snappedLeftInset() + snapSizeX(widest * most + gap * (most - 1)) + snappedRightInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computePrefHeight(double width) {
        double inner = inner(width >= 0 ? width : getWidth() > 0 ? getWidth() : prefWidth(-1));
        int columns = columnsFor(inner);
        double each = columnWidth(inner, columns);
        List<Node> children = getManagedChildren();
        double height = 0;
        for (int first = 0; first < children.size(); first += columns) {
            height += rowHeight(children.subList(first, Math.min(children.size(), first + columns)), each)
                    + (first > 0 ? gap : 0);
        }
        return snappedTopInset() + height + snappedBottomInset();
    }

    private double rowHeight(List<Node> row, double each) {
        double tallest = 0;
        for (Node child : row) {
            // A child's minimum height counts too (the stylesheet's 48 px touch target is a minimum).
            tallest = Math.max(tallest, Math.max(child.minHeight(each), child.prefHeight(each)));
        }
        return snapSizeY(tallest);
    }

    @Override
    protected void layoutChildren() {
        double inner = inner(getWidth());
        int columns = columnsFor(inner);
        double each = columnWidth(inner, columns);
        List<Node> children = getManagedChildren();
        double y = snappedTopInset();
        for (int first = 0; first < children.size(); first += columns) {
            List<Node> row = children.subList(first, Math.min(children.size(), first + columns));
            double height = rowHeight(row, each);
            double x = snappedLeftInset();
            for (Node child : row) {
                child.resizeRelocate(x, y, each, height);
                x += each + gap;
            }
            y += height + gap;
        }
    }
}

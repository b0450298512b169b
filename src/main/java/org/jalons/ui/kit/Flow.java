package org.jalons.ui.kit;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * A row of chips or choices that goes on to the next line and is never wider than its place. A plain
 * {@link FlowPane} is at least as wide as its widest child's one-line text, so at a large text size a long chip
 * ("Ma conseillère Camille : 7/10") made the whole screen wider than the phone, cut at its right edge. Here each
 * child is at most as wide as the row, and its words wrap instead.
 */
public final class Flow {

    private Flow() {}

    /** A flow of {@code children} that keeps within its width. */
    public static FlowPane of(double hgap, double vgap, Node... children) {
        FlowPane flow = new FlowPane(hgap, vgap, children);
        keepWithin(flow);
        return flow;
    }

    /**
     * {@code start} at the left and {@code end} at the right of one line when both fit at their full size, {@code
     * end} on the next line when not: a card's theme and its status chip, neither squeezed until a word splits.
     */
    public static FlowPane ends(double gap, Node start, Node end) {
        Region between = new Region();
        FlowPane flow = new FlowPane(0, gap, start, between, end) {
            @Override
            protected double computePrefHeight(double width) {
                spread(this, width, gap, start, between, end);
                return super.computePrefHeight(width);
            }

            @Override
            protected void layoutChildren() {
                spread(this, getWidth(), gap, start, between, end);
                super.layoutChildren();
            }
        };
        flow.setAlignment(Pos.CENTER_LEFT);
        keepWithin(flow);
        return flow;
    }

    /** The space between fills the line when both ends fit on it; else it is a gap and the end goes below. */
    private static void spread(FlowPane flow, double width, double gap, Node start, Region between, Node end) {
        if (width <= 0) {
            return;
        }
        double rest =
                width - flow.snappedLeftInset() - flow.snappedRightInset() - start.prefWidth(-1) - end.prefWidth(-1);
        between.setPrefWidth(Math.max(gap, Math.floor(rest) - 1));
    }

    /** Makes {@code flow} and its children, present and future, keep within the flow's width. */
    public static void keepWithin(FlowPane flow) {
        flow.setMinWidth(0); // its width comes from its place, not from its widest child
        flow.getChildren().forEach(child -> fit(flow, child));
        flow.getChildren().addListener((ListChangeListener<Node>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(child -> fit(flow, child));
            }
        });
    }

    private static void fit(FlowPane flow, Node child) {
        if (child instanceof Labeled labeled) {
            labeled.setWrapText(true);
        }
        if (child instanceof Region region && !region.maxWidthProperty().isBound()) {
            region.maxWidthProperty()
                    .bind(flow.widthProperty()
                            .subtract(flow.getInsets().getLeft()
                                    + flow.getInsets().getRight()));
        }
    }
}

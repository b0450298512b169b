package org.jalons.ui.kit;

import javafx.beans.binding.Bindings;
import javafx.scene.layout.Region;

/**
 * The height of a field a finger taps: at least 48 px (Material's 48 dp), and never less than its text needs.
 * The stylesheet's minimum (48 px) alone lets a crowded column squeeze a field under its text at large text
 * sizes; a bound minimum is beyond the stylesheet's reach, so it holds.
 */
public final class TouchTarget {
    public static final double MIN_PX = 48;

    private TouchTarget() {}

    /** Keeps {@code field} at least 48 px high and as high as its text at every text size. */
    public static <R extends Region> R keepTextHeight(R field) {
        // Re-read after each layout request: a change of text size restyles the field, which asks for a layout.
        field.minHeightProperty()
                .bind(Bindings.createDoubleBinding(
                        () -> Math.max(MIN_PX, field.prefHeight(-1)), field.needsLayoutProperty()));
        return field;
    }
}

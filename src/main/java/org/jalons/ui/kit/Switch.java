package org.jalons.ui.kit;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * An on/off choice as a phone shows it: the words on the left, a switch (track and thumb) on the right, the whole
 * line one tap target at least 48 px high. The thumb is round, seen on and off, and moves to the end when on; the
 * switch grows with the text size (its sizes are in em in jalons.css), and words that wrap start at the left. It is a {@link ToggleButton}: {@code selectedProperty()} is the choice.
 * Screen readers hear it as a check box (on/off) named by its words.
 */
public final class Switch extends ToggleButton {
    public Switch(String text) {
        super(text);
        StackPane track = new StackPane(thumb());
        track.getStyleClass().add("switch-track");
        track.setAlignment(Pos.CENTER_LEFT);
        track.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setGraphic(track);
        setContentDisplay(ContentDisplay.RIGHT);
        setAlignment(Pos.CENTER_LEFT);
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
        setMinHeight(USE_PREF_SIZE);
        setAccessibleRole(AccessibleRole.CHECK_BOX);
        accessibleTextProperty().bind(textProperty());
        getStyleClass().add("switch");
        // A word longer than the line beside the track ("Reconnaissance" at twice the text size) shrinks the words
        // (and the track, in em) a little rather than being split.
        WordFit.fit(List.of(this), 0.6);
    }

    /** The skin lays the switch right after the words; a phone puts it at the end of the line. */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        if (getGraphic() != null && getGraphic().isManaged()) {
            double right = getWidth()
                    - snappedRightInset()
                    - getGraphic().getLayoutBounds().getWidth();
            getGraphic().setLayoutX(Math.max(getGraphic().getLayoutX(), snapPositionX(right)));
        }
    }

    private static Region thumb() {
        Region thumb = new Region();
        thumb.getStyleClass().add("switch-thumb");
        // Its own size, never stretched over the whole track (the track would then look empty or solid).
        thumb.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        thumb.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return thumb;
    }
}

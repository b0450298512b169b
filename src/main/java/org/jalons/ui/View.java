package org.jalons.ui;

import java.util.List;
import javafx.scene.Node;

/** One screen as the shell shows it: its content, its title and the actions of its header bar. */
public interface View {
    Node node();

    String title();

    /** Buttons shown at the right of the header bar (already built, with icon and accessible text). */
    default List<Node> headerActions() {
        return List.of();
    }

    /** Called when the screen is left, to stop listening to anything that outlives it. */
    default void dispose() {}
}

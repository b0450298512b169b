package org.jalons;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import org.testfx.util.WaitForAsyncUtils;

/** Scrolls a screen so that a node is in view before it is tapped or photographed. */
final class Scrolling {
    private Scrolling() {}

    static void reveal(Node node) {
        reveal(node, 80);
    }

    /** {@code margin}: how far below the top of the viewport the node should end up. */
    static void reveal(Node node, double margin) {
        WaitForAsyncUtils.asyncFx(() -> {
            Parent p = node.getParent();
            while (p != null && !(p instanceof ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof ScrollPane scroll) {
                Node content = scroll.getContent();
                Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double room = content.getLayoutBounds().getHeight()
                        - scroll.getViewportBounds().getHeight();
                if (room > 0) {
                    scroll.setVvalue(Math.max(0, Math.min(1, (inContent.getMinY() - margin) / room)));
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents(3);
    }
}

package org.jalons.ui.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;

/** The focus stops of a layer, in reading order, for the focus trap of {@link Overlay}. */
final class Focus {
    private Focus() {}

    static List<Node> stops(Node root) {
        List<Node> found = new ArrayList<>();
        collect(root, found);
        return found;
    }

    /** The default button if there is one (the safe answer), else the first stop. */
    static Optional<Node> first(Node root) {
        List<Node> stops = stops(root);
        return stops.stream()
                .filter(n -> n instanceof Button b && (b.isDefaultButton() || b.isCancelButton()))
                .findFirst()
                .or(() -> stops.stream().findFirst());
    }

    static boolean isInside(Node node, Node root) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == root) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Node node, List<Node> found) {
        if (!node.isVisible() || node.isDisabled()) {
            return;
        }
        if (node.isFocusTraversable()) {
            found.add(node);
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, found);
            }
        }
    }
}

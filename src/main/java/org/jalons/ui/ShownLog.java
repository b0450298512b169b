package org.jalons.ui;

import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs how long a screen took to show complete: from the moment it was asked for to the end of the layout pass
 * after its data arrived ({@code loading} back to false). The figure a counsellor feels, off the benchmark, on
 * their machine.
 */
public final class ShownLog {
    private static final Logger LOG = LoggerFactory.getLogger(ShownLog.class);
    private static final java.util.Set<String> SEEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private ShownLog() {}

    /**
     * Starts timing now; logs once, at the first layout pass that follows {@code loading} turning false, with the
     * {@code detail} known then (e.g. how many rows). The first time a screen is shown in this run is told apart: it
     * also loads code and styles. {@code loading} must be the view model's own property, not a binding made for
     * the call: a binding listens weakly, and could be collected, listener and all, before the data arrives.
     */
    public static void whenLoaded(Node node, ObservableBooleanValue loading, String screen, Supplier<String> detail) {
        long start = System.nanoTime();
        if (!loading.get()) {
            atNextLayout(node, start, screen, detail);
            return;
        }
        ChangeListener<Boolean> listener = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean old, Boolean now) {
                if (!now) {
                    loading.removeListener(this);
                    atNextLayout(node, start, screen, detail);
                }
            }
        };
        loading.addListener(listener);
    }

    private static void atNextLayout(Node node, long start, String screen, Supplier<String> detail) {
        Scene scene = node.getScene();
        if (scene == null) {
            // data before the screen was placed (a store read at once): timed to its first layout in a scene
            node.sceneProperty().addListener(new ChangeListener<>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends Scene> obs, Scene old, Scene now) {
                    if (now != null) {
                        node.sceneProperty().removeListener(this);
                        atNextLayout(node, start, screen, detail);
                    }
                }
            });
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            if (LOG.isInfoEnabled()) {
                LOG.info(
                        "{} shown in {} ms, {} ({})",
                        screen,
                        (System.nanoTime() - start) / 1_000_000,
                        detail.get(),
                        SEEN.add(screen) ? "first time in this run" : "again");
            }
        };
        scene.addPostLayoutPulseListener(once[0]);
        scene.getRoot().requestLayout(); // makes sure a pulse comes even if nothing else changed
    }
}

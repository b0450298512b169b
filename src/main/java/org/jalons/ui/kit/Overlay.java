package org.jalons.ui.kit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;

/**
 * The window's top layers, drawn inside the window over the screens: dialogs and bottom sheets over a scrim, and the
 * snackbar at the bottom. While a dialog or sheet is open, focus stays inside it (Tab, a click or a focus request
 * elsewhere come back to it) and Escape, the phone's back key, cancels it. The layers follow the text size and
 * easy-read settings ({@link #textScaleProperty()}, {@link #easyReadProperty()}); the screens below do their own.
 */
public final class Overlay extends StackPane {
    /** The shell's body text size (jalons.css, .app-shell), which the layers follow like the screens. */
    static final double BASE_FONT_PX = 15;

    static final double EASY_READ_FACTOR = 1.25;

    private final Node content;
    private final Deque<Layer> open = new ArrayDeque<>();
    private final BooleanProperty easyRead = new SimpleBooleanProperty(false);
    private final DoubleProperty textScale = new SimpleDoubleProperty(1);
    private Snackbar snackbar;

    public Overlay(Node content) {
        this.content = content;
        getStyleClass().add("overlay");
        getChildren().add(content);
        addEventFilter(KeyEvent.KEY_PRESSED, this::keepKeysInside);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, was, now) -> keepFocusInside(now));
            }
        });
    }

    /** The overlay of the window {@code node} is shown in, installed over its root when it has none. */
    public static Optional<Overlay> of(Node node) {
        return node == null || node.getScene() == null ? Optional.empty() : Optional.of(in(node.getScene()));
    }

    /**
     * The overlay of the app's window: the focused one, else the first shown. A window whose root is not yet an
     * overlay gets one around its root (a screen tested alone shows its dialogs too).
     */
    public static Optional<Overlay> current() {
        Window chosen = null;
        for (Window w : Window.getWindows()) {
            if (w.isShowing() && w.getScene() != null && (chosen == null || w.isFocused())) {
                chosen = w;
            }
        }
        return chosen == null ? Optional.empty() : Optional.of(in(chosen.getScene()));
    }

    /** The overlay at the root of {@code scene}, made there when missing. */
    public static Overlay in(Scene scene) {
        if (scene.getRoot() instanceof Overlay overlay) {
            return overlay;
        }
        Parent root = scene.getRoot();
        // A node is the root of one scene or the child of one parent: freed from the scene before it is wrapped.
        scene.setRoot(new StackPane());
        Overlay overlay = new Overlay(root);
        scene.setRoot(overlay);
        return overlay;
    }

    /** Whether the layers speak and look easy-read (larger, a pictogram by each answer); bound to the setting. */
    public BooleanProperty easyReadProperty() {
        return easyRead;
    }

    public boolean isEasyRead() {
        return easyRead.get();
    }

    /** The text size setting (1 = 15 px), which the layers' text follows. */
    public DoubleProperty textScaleProperty() {
        return textScale;
    }

    /** The screens under the layers. */
    public Node content() {
        return content;
    }

    /** Hides the snackbar, if one is shown: it speaks of the screen the person just left. */
    public void hideSnackbar() {
        if (snackbar != null) {
            snackbar.hide();
        }
    }

    /** Whether a dialog or sheet is open (for tests and for the back key). */
    public boolean hasOpenLayer() {
        return !open.isEmpty();
    }

    /** The snackbar of this window, made the first time one is shown. */
    Snackbar snackbar() {
        if (snackbar == null) {
            snackbar = new Snackbar(this);
            styled(snackbar);
            StackPane.setAlignment(snackbar, Pos.BOTTOM_CENTER);
            getChildren().add(snackbar);
        }
        return snackbar;
    }

    /**
     * Opens {@code panel} over a scrim, at {@code where} (centre: a dialog; bottom: a sheet). A tap on the scrim or
     * Escape runs {@code onCancel} and closes it. Returns the layer, to close it.
     */
    Layer open(Region panel, Pos where, Runnable onCancel) {
        Region scrim = new Region();
        scrim.getStyleClass().add("scrim");
        scrim.setAccessibleText(null);
        StackPane layer = new StackPane(scrim, panel);
        StackPane.setAlignment(panel, where);
        layer.getStyleClass().add("overlay-layer");
        styled(layer);
        Layer handle = new Layer(layer, panel, onCancel);
        scrim.setOnMouseClicked(e -> handle.cancel());
        open.push(handle);
        int below = snackbar == null ? getChildren().size() : getChildren().indexOf(snackbar);
        getChildren().add(below, layer);
        layer.applyCss();
        focusFirst(panel);
        return handle;
    }

    /**
     * A panel as tall as its content, but never taller than {@code share} of the window: a long text scrolls inside
     * it (the panel's scroll pane shrinks) instead of going off the screen at 200 % text.
     */
    javafx.scene.layout.VBox panel(double spacing, double share) {
        javafx.scene.layout.VBox panel = new javafx.scene.layout.VBox(spacing) {
            @Override
            protected double computePrefHeight(double width) {
                return Math.min(super.computePrefHeight(width), Overlay.this.getHeight() * share);
            }
        };
        panel.setMaxHeight(Region.USE_PREF_SIZE);
        return panel;
    }

    /**
     * The scrolling part of a panel (a dialog's or a sheet's words): as tall as its words at the panel's width, so
     * that its scroll thumb shows only when they do not fit. A scroll pane asks by default for its content's height
     * unwrapped, a line short once a title wraps, and would show a thumb with nothing to scroll.
     */
    static javafx.scene.control.ScrollPane scroll(Region words) {
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(words) {
            @Override
            protected double computePrefHeight(double width) {
                double inner = width < 0 ? -1 : Math.max(0, width - snappedLeftInset() - snappedRightInset());
                return snappedTopInset() + words.prefHeight(inner) + snappedBottomInset();
            }

            @Override
            public javafx.geometry.Orientation getContentBias() {
                return javafx.geometry.Orientation.HORIZONTAL;
            }
        };
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("dialog-scroll");
        scroll.setFocusTraversable(false);
        return scroll;
    }

    /** Text size and easy-read for a layer, like the screens: 15 px times the setting, x1.25 in easy-read. */
    private void styled(Region layer) {
        layer.styleProperty()
                .bind(Bindings.createStringBinding(
                        () -> String.format(
                                Locale.ROOT,
                                "-fx-font-size: %.1fpx;",
                                BASE_FONT_PX * textScale.get() * (easyRead.get() ? EASY_READ_FACTOR : 1)),
                        textScale,
                        easyRead));
        easyRead.addListener((obs, was, on) -> updateEasyClass(layer, on));
        updateEasyClass(layer, easyRead.get());
    }

    private static void updateEasyClass(Region layer, boolean on) {
        if (on && !layer.getStyleClass().contains("easy-read")) {
            layer.getStyleClass().add("easy-read");
        } else if (!on) {
            layer.getStyleClass().remove("easy-read");
        }
    }

    private void close(Layer layer) {
        open.remove(layer);
        getChildren().remove(layer.root);
        if (!open.isEmpty()) {
            focusFirst(open.peek().panel);
        }
    }

    private void keepKeysInside(KeyEvent e) {
        if (open.isEmpty()) {
            return;
        }
        if (e.getCode() == KeyCode.ESCAPE) {
            open.peek().cancel();
            e.consume();
        } else if (e.getCode() == KeyCode.TAB) {
            Layer top = open.peek();
            java.util.List<Node> stops = Focus.stops(top.panel);
            if (stops.isEmpty()) {
                e.consume();
                return;
            }
            Node owner = getScene() == null ? null : getScene().getFocusOwner();
            int at = stops.indexOf(owner);
            int next = e.isShiftDown() ? (at <= 0 ? stops.size() - 1 : at - 1) : (at + 1) % stops.size();
            stops.get(next).requestFocus();
            e.consume();
        }
    }

    /** Focus that leaves the open layer (a focus request from the screen below) comes back to it. */
    private void keepFocusInside(Node now) {
        if (open.isEmpty() || now == null) {
            return;
        }
        Layer top = open.peek();
        if (!Focus.isInside(now, top.root)) {
            focusFirst(top.panel);
        }
    }

    private static void focusFirst(Region panel) {
        Focus.first(panel).ifPresent(Node::requestFocus);
    }

    /** One open dialog or sheet. */
    public final class Layer {
        private final StackPane root;
        private final Region panel;
        private final Runnable onCancel;
        private boolean closed;

        private Layer(StackPane root, Region panel, Runnable onCancel) {
            this.root = root;
            this.panel = panel;
            this.onCancel = onCancel;
        }

        /** Closes the layer without its cancel action (an answer was chosen). */
        public void close() {
            if (!closed) {
                closed = true;
                Overlay.this.close(this);
            }
        }

        /** Closes it as "no" / back / a tap beside it. */
        public void cancel() {
            if (!closed) {
                close();
                if (onCancel != null) {
                    onCancel.run();
                }
            }
        }

        public boolean isOpen() {
            return !closed;
        }
    }
}

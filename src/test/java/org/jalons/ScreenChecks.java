package org.jalons;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

/** What a person sees wrong on a screen, found by walking its nodes (see {@link EveryScreen}). */
final class ScreenChecks {
    /** Material's touch target: 48 dp, 48 px at text scale 1. */
    static final double TOUCH_PX = 48;

    private ScreenChecks() {}

    /** Buttons, toggles, fields and list lines a finger must hit that are less than 48 px high. */
    static List<String> smallTargets(String screen, Parent root) {
        List<String> found = new ArrayList<>();
        visit(root, n -> {
            if (isTappable(n) && !insideControlSkin(n)) {
                double h = n.getLayoutBounds().getHeight();
                if (h + 0.5 < TOUCH_PX) {
                    found.add(screen + ": " + describe(n) + " is " + Math.round(h) + " px high");
                }
            }
        });
        return found;
    }

    /** Buttons, toggles and labels that show only an icon, with no accessible text for a screen reader. */
    static List<String> unnamedIcons(String screen, Parent root) {
        List<String> found = new ArrayList<>();
        visit(root, n -> {
            if ((n instanceof ButtonBase || n instanceof Label) && !insideControlSkin(n)) {
                Labeled l = (Labeled) n;
                boolean iconOnly = l.getGraphic() != null
                        && (l.getText() == null
                                || l.getText().isBlank()
                                || l.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY);
                if (iconOnly
                        && (l.getAccessibleText() == null
                                || l.getAccessibleText().isBlank())) {
                    found.add(screen + ": " + describe(n) + " shows only an icon and has no accessible text");
                }
            }
        });
        return found;
    }

    /** Date fields and their calendars that would write 26 November 2026 otherwise than 26/11/2026. */
    static List<String> datesNotDayFirst(String screen, Parent root) {
        List<String> found = new ArrayList<>();
        LocalDate day = LocalDate.of(2026, 11, 26);
        visit(root, n -> {
            if (n instanceof DatePicker p) {
                String shown = p.getConverter().toString(day);
                if (!"26/11/2026".equals(shown)) {
                    found.add(screen + ": " + describe(n) + " writes 26 November 2026 as " + shown);
                }
            }
        });
        return found;
    }

    /**
     * Texts cut short (an ellipsis instead of the end of the words, or lines cut off) and fields too low for their
     * text, outside the parts {@code skip} names (another part of the screen is checked elsewhere).
     */
    static List<String> cutTexts(String screen, Parent root, Predicate<Node> skip) {
        List<String> found = new ArrayList<>();
        visit(root, n -> {
            if (skip.test(n) || insideControlSkin(n)) {
                return;
            }
            if (n instanceof Labeled l
                    && l.getText() != null
                    && !l.getText().isBlank()
                    && l.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY) {
                String shown = shownText(l);
                if (shown != null && !same(shown, l.getText(), l.isMnemonicParsing())) {
                    found.add(screen + ": " + describe(n) + " shows \"" + shown + "\"");
                }
            } else if (n instanceof TextField || n instanceof ComboBoxBase<?>) {
                javafx.scene.control.Control c = (javafx.scene.control.Control) n;
                double needed = c.prefHeight(c.getWidth());
                if (c.getHeight() + 1 < needed) {
                    found.add(screen + ": " + describe(n) + " is " + Math.round(c.getHeight()) + " px high for "
                            + Math.round(needed) + " px of text");
                }
            }
        });
        return found;
    }

    /** Vertical scroll bars shown at once: a second one means a list scrolling inside a scrolling screen. */
    static List<String> nestedScrollBars(String screen, Parent root) {
        List<Node> bars = new ArrayList<>();
        visit(root, n -> {
            if (n instanceof ScrollBar b
                    && b.getOrientation() == Orientation.VERTICAL
                    && b.getVisibleAmount() < 1
                    && b.getMax() > b.getMin()) {
                bars.add(b);
            }
        });
        return bars.size() > 1 ? List.of(screen + ": " + bars.size() + " vertical scroll bars at once") : List.of();
    }

    /** Any wrapping text with a word wider than its line: JavaFX splits the word ("Englis/h"). */
    static List<String> splitWords(String screen, Parent root) {
        List<String> found = new ArrayList<>();
        visit(root, n -> {
            if (n instanceof Labeled l
                    && l.isWrapText()
                    && l.getText() != null
                    && l.getWidth() > 0
                    && !insideControlSkin(n)
                    && l.getContentDisplay() != ContentDisplay.GRAPHIC_ONLY) {
                double line = l.getWidth()
                        - l.snappedLeftInset()
                        - l.snappedRightInset()
                        - l.getLabelPadding().getLeft()
                        - l.getLabelPadding().getRight();
                if (l.getGraphic() != null
                        && (l.getContentDisplay() == ContentDisplay.LEFT
                                || l.getContentDisplay() == ContentDisplay.RIGHT)) {
                    line -= l.getGraphic().prefWidth(-1) + l.getGraphicTextGap();
                }
                for (String word : l.getText().trim().split("\\s+", -1)) {
                    Text t = new Text(word);
                    t.setFont(l.getFont());
                    if (t.getLayoutBounds().getWidth() > line + 0.5) {
                        found.add(screen + ": " + describe(n) + " splits \"" + word + "\"");
                    }
                }
            }
        });
        return found;
    }

    /** App-bar titles with a word wider than their line: JavaFX would split it ("Démonstrati/on"). */
    static List<String> splitTitles(String screen, Parent root) {
        List<String> found = new ArrayList<>();
        visit(root, n -> {
            if ("screen-title".equals(n.getId()) && n instanceof Label l && l.isWrapText() && l.getText() != null) {
                double line = l.getWidth() - l.snappedLeftInset() - l.snappedRightInset();
                for (String word : l.getText().trim().split("\\s+", -1)) {
                    Text t = new Text(word);
                    t.setFont(l.getFont());
                    if (t.getLayoutBounds().getWidth() > line + 0.5) {
                        found.add(screen + ": the title \"" + l.getText() + "\" splits \"" + word + "\"");
                    }
                }
            }
        });
        return found;
    }

    /** Places of the bottom navigation that show no words (an icon alone) or cut words: easy-read needs them. */
    static List<String> placesWithoutWords(String screen, Parent root) {
        List<String> found = new ArrayList<>();
        visit(root, n -> {
            if (n instanceof ButtonBase b && b.getStyleClass().contains("nav-place")) {
                String shown = shownText(b);
                if (b.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY
                        || shown == null
                        || !shown.equals(b.getText())) {
                    found.add(screen + ": the place " + describe(n) + " shows "
                            + (b.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY
                                    ? "its icon alone"
                                    : "\"" + shown + "\""));
                }
            }
        });
        return found;
    }

    /**
     * Parts of a screen wider than the window, cut at its edge where no one can scroll to them. Each cut is named by
     * its deepest node (the one that forces the width: a line that does not wrap, a row of fixed parts), not by every
     * container around it.
     */
    static List<String> widerThanWindow(String screen, Parent root) {
        double width = root.getScene().getWidth();
        List<String> found = new ArrayList<>();
        deepestWider(root, width, screen, found);
        return found;
    }

    private static boolean deepestWider(Node n, double width, String screen, List<String> found) {
        if (!n.isVisible() || n.getOpacity() == 0 || insideControlSkin(n)) {
            return false;
        }
        // children first: a part can stick out of a parent that itself fits
        boolean deeper = false;
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                deeper |= deepestWider(child, width, screen, found);
            }
        }
        Bounds b = n.localToScene(n.getLayoutBounds());
        boolean wider = b.getWidth() > 0 && (b.getMaxX() > width + 1 || b.getMinX() < -1);
        if (wider && !deeper) {
            found.add(screen + ": " + describe(n) + " spans " + Math.round(b.getMinX()) + " to "
                    + Math.round(b.getMaxX()) + " px in a window " + Math.round(width) + " px wide");
        }
        return wider || deeper;
    }

    private static boolean same(String shown, String text, boolean mnemonic) {
        String expected = mnemonic ? text.replaceFirst("_(?=.)", "") : text;
        return shown.equals(expected) || shown.equals(text);
    }

    /** The text the skin really draws: the labeled's own Text node (an icon font's glyph is a Text too). */
    private static String shownText(Labeled l) {
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text t
                    && child != l.getGraphic()
                    && t.getStyleClass().contains("text")) {
                return t.getText();
            }
        }
        return null;
    }

    private static boolean isTappable(Node n) {
        return n instanceof ButtonBase
                || n instanceof ComboBoxBase<?>
                || n instanceof TextField
                || n instanceof javafx.scene.control.Slider
                || (n.getStyleClass().contains("title") && n.getParent() instanceof javafx.scene.control.TitledPane)
                || n.getOnMouseClicked() != null
                || (n instanceof ListCell<?> c && !c.isEmpty() && c.getItem() != null);
    }

    /** A part a control draws for itself (the editor inside a date field, a list's scroll bar): not a target. */
    private static boolean insideControlSkin(Node n) {
        for (Parent p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ComboBoxBase<?>
                    || p instanceof ScrollBar
                    || p instanceof TextInputControl
                    || p instanceof javafx.scene.control.Slider) {
                return true;
            }
        }
        return false;
    }

    /** A list line whose words are laid out taller than the line itself: they spill over the next line. */
    static List<String> overflowingCells(String screen, Parent root) {
        List<String> found = new ArrayList<>();
        visit(root, n -> {
            if (n instanceof ListCell<?> cell && !cell.isEmpty() && cell.getGraphic() != null) {
                Bounds content = cell.getGraphic().getBoundsInParent();
                if (content.getHeight() > 0 && content.getMaxY() > cell.getHeight() + 1) {
                    found.add(screen + ": " + describe(cell) + " is " + Math.round(cell.getHeight())
                            + " px high, its words " + Math.round(content.getMaxY()) + " px");
                }
            }
        });
        return found;
    }

    /**
     * A button whose words have too little contrast with its own background (below 3:1, the least WCAG allows for
     * large text): red words on a red button, for instance. Disabled buttons are left out (they are meant to fade).
     */
    static List<String> unreadableButtons(String screen, Parent root) {
        List<String> found = new ArrayList<>();
        visit(root, n -> {
            if (n instanceof ButtonBase b
                    && !b.isDisabled()
                    && b.getText() != null
                    && !b.getText().isBlank()
                    && b.getTextFill() instanceof javafx.scene.paint.Color text
                    && b.getBackground() != null
                    && !b.getBackground().getFills().isEmpty()) {
                javafx.scene.layout.BackgroundFill last = b.getBackground()
                        .getFills()
                        .get(b.getBackground().getFills().size() - 1);
                if (last.getFill() instanceof javafx.scene.paint.Color back && back.getOpacity() == 1.0) {
                    double ratio = contrast(text, back);
                    if (ratio < 3.0) {
                        found.add(String.format(
                                java.util.Locale.ROOT,
                                "%s: %s has words of contrast %.1f:1 on its background",
                                screen,
                                describe(b),
                                ratio));
                    }
                }
            }
        });
        return found;
    }

    private static double contrast(javafx.scene.paint.Color a, javafx.scene.paint.Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(javafx.scene.paint.Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double channel) {
        return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
    }

    /** Walks the nodes a person can see: visible, and with a size (managed or not). */
    static void visit(Node n, java.util.function.Consumer<Node> action) {
        if (!n.isVisible() || n.getOpacity() == 0) {
            return;
        }
        Bounds b = n.getLayoutBounds();
        if (b.getWidth() <= 0 && b.getHeight() <= 0 && !(n instanceof Parent)) {
            return;
        }
        action.accept(n);
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                visit(child, action);
            }
        }
    }

    static String describe(Node n) {
        String what = n.getClass().getSimpleName();
        if (n.getId() != null) {
            what += " #" + n.getId();
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            what += " \"" + l.getText() + "\"";
        } else if (n.getAccessibleText() != null) {
            what += " [" + n.getAccessibleText() + "]";
        }
        return what;
    }

    /** Whether the node is in a part of the screen the named style class marks (e.g. the header bar). */
    static Predicate<Node> inside(String... styleClasses) {
        return n -> {
            for (Node p = n; p != null; p = p.getParent()) {
                for (String c : styleClasses) {
                    if (p.getStyleClass().contains(c)) {
                        return true;
                    }
                }
            }
            return false;
        };
    }
}

package org.jalons.ui.kit;

import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jalons.ui.Icons;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * A panel that rises from the bottom of the window over a scrim (Material's modal bottom sheet): a title, what the
 * caller puts in it, and a close button. Drawn by the {@link Overlay}: theme, text size, easy-read and the focus
 * trap are the same as a {@link Dialog}'s; Escape, back or a tap above it close it.
 */
public final class BottomSheet {
    private final String id;
    private final String title;
    private final String closeText;
    private Node[] actions = new Node[0];
    private Runnable onCancel;

    /** {@code closeText} is the close button's words (and its accessible text). */
    public BottomSheet(String id, String title, String closeText) {
        this.id = id;
        this.title = title;
        this.closeText = closeText;
    }

    /** Buttons kept in view under the sheet's text, however long it is (the text scrolls above them). */
    public BottomSheet actions(Node... buttons) {
        this.actions = buttons.clone();
        return this;
    }

    /** Run when the sheet is closed without an answer (its close button, back, Escape). */
    public BottomSheet onCancel(Runnable action) {
        this.onCancel = action;
        return this;
    }

    /**
     * A sheet of choices, one line each, {@code all} first (chosen as null); choosing one closes it. Lines are
     * {@code <id>-all} and {@code <id>-<suffix>}, the suffix the option's {@code idOf}, or its place when that is
     * null. {@code cancelled} (or null) runs when the sheet is closed without a choice.
     */
    public static <T> void choices(
            String id,
            String heading,
            String closeText,
            String all,
            java.util.List<T> options,
            java.util.function.Function<T, String> idOf,
            java.util.function.Function<T, String> label,
            java.util.function.Consumer<T> chosen,
            Runnable cancelled) {
        VBox lines = new VBox(4);
        Overlay.Layer[] layer = new Overlay.Layer[1];
        lines.getChildren().add(choiceLine(id + "-all", all, () -> {
            chosen.accept(null);
            layer[0].close();
        }));
        int n = 0;
        for (T option : options) {
            String suffix = idOf == null ? String.valueOf(n) : idOf.apply(option);
            n++;
            lines.getChildren().add(choiceLine(id + "-" + suffix, label.apply(option), () -> {
                chosen.accept(option);
                layer[0].close();
            }));
        }
        layer[0] = new BottomSheet(id, heading, closeText).onCancel(cancelled).show(lines);
    }

    private static Button choiceLine(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("choice-line");
        b.setMaxWidth(Double.MAX_VALUE);
        b.setWrapText(true);
        b.setAlignment(Pos.CENTER_LEFT);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Shows {@code content} under the title in the app's window; null when no window is shown. */
    public Overlay.Layer show(Node... content) {
        return Overlay.current().map(o -> show(o, content)).orElse(null);
    }

    public Overlay.Layer show(Overlay overlay, Node... content) {
        Region handle = new Region();
        handle.getStyleClass().add("sheet-handle");
        Label heading = new Label(title);
        heading.setWrapText(true);
        heading.setMinHeight(Label.USE_PREF_SIZE);
        heading.getStyleClass().add("sheet-title");
        heading.setId(id + "-title");
        VBox body = new VBox(12, heading);
        body.getChildren().addAll(content);
        body.getStyleClass().add("sheet-body");
        ScrollPane scroll = Overlay.scroll(body);
        Button close = new Button(closeText, Icons.icon(Material2AL.CLOSE, 24));
        close.setId(id + "-close");
        close.setContentDisplay(ContentDisplay.LEFT);
        close.setMaxWidth(Double.MAX_VALUE);
        close.setWrapText(true);
        close.setMinHeight(Button.USE_PREF_SIZE);
        close.setAccessibleText(closeText);
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.getStyleClass().addAll("dialog-button", "dialog-cancel");
        VBox sheet = overlay.panel(12, 0.85);
        sheet.getChildren().addAll(handle, scroll);
        sheet.getChildren().addAll(actions);
        sheet.getChildren().add(close);
        sheet.setAlignment(Pos.TOP_CENTER);
        sheet.setId(id);
        sheet.getStyleClass().add("bottom-sheet");
        sheet.setAccessibleRole(AccessibleRole.PARENT);
        sheet.setAccessibleText(title);
        sheet.setMaxWidth(640);
        Overlay.Layer layer = overlay.open(sheet, Pos.BOTTOM_CENTER, onCancel);
        close.setOnAction(e -> layer.cancel());
        return layer;
    }
}

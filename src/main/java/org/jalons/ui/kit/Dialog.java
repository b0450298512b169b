package org.jalons.ui.kit;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jalons.ui.Icons;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * A question or a message in a card over the screen (Material's dialog), drawn by the window's {@link Overlay}: the
 * theme's colours, the text size and easy-read of the layers (larger text, a pictogram beside each answer). A
 * destructive answer is red ({@code dialog-destructive}) and never the default: Enter and Escape mean "no". The
 * answers are stacked full width, so that their words are never cut at 200 % text.
 */
public final class Dialog {
    /** The ids tests and screen readers find the parts by. */
    public static final String ID = "confirm-dialog";

    public static final String YES_ID = "confirm-yes";
    public static final String NO_ID = "confirm-no";

    private final String title;
    private String body = "";
    private String id = ID;
    private Answer yes;
    private Answer no;
    private boolean destructive;

    private record Answer(String text, Ikon icon, Runnable action) {}

    private Dialog(String title) {
        this.title = title;
    }

    /** A dialog whose first line (in bold) is {@code title}: the question, or what happened. */
    public static Dialog titled(String title) {
        return new Dialog(title);
    }

    /** The sentences under the title. */
    public Dialog body(String text) {
        this.body = text == null ? "" : text;
        return this;
    }

    /** The id of the card ({@value #ID} unless said). */
    public Dialog id(String id) {
        this.id = id;
        return this;
    }

    /** The answer that does something ({@value #YES_ID}); its icon shows in easy-read (null: a tick). */
    public Dialog answer(String text, Ikon icon, Runnable action) {
        this.yes = new Answer(text, icon, action);
        return this;
    }

    /** The answer that does nothing ({@value #NO_ID}), also chosen by Escape, back or a tap beside the card. */
    public Dialog cancel(String text, Ikon icon, Runnable action) {
        this.no = new Answer(text, icon, action);
        return this;
    }

    /** Marks the answer as destructive (it deletes or wipes): red, and never the default. */
    public Dialog destructive() {
        this.destructive = true;
        return this;
    }

    /** Shows it in the app's window; returns the open layer, or null when no window is shown. */
    public Overlay.Layer show() {
        return Overlay.current().map(this::show).orElse(null);
    }

    public Overlay.Layer show(Overlay overlay) {
        Label heading = new Label(title);
        heading.setWrapText(true);
        heading.setMinHeight(Label.USE_PREF_SIZE);
        heading.getStyleClass().add("dialog-title");
        heading.setId(id + "-title");
        Label text = new Label(body);
        text.setWrapText(true);
        text.setMinHeight(Label.USE_PREF_SIZE);
        text.getStyleClass().add("dialog-body");
        text.setId(id + "-body");
        text.setVisible(!body.isEmpty());
        text.setManaged(!body.isEmpty());
        ScrollPane words = Overlay.scroll(new VBox(12, heading, text));

        VBox card = overlay.panel(16, 0.9);
        card.setId(id);
        card.getStyleClass().add("dialog");
        card.setAccessibleRole(AccessibleRole.PARENT);
        card.setAccessibleText(title);
        card.setAccessibleHelp(body);
        card.setMaxWidth(480);
        StackPane.setMargin(card, new Insets(24));
        Overlay.Layer[] layer = new Overlay.Layer[1];
        List<Button> buttons = new ArrayList<>();
        if (yes != null) {
            Button b = button(yes, YES_ID, destructive ? Material2AL.DELETE : Material2AL.CHECK, overlay);
            b.getStyleClass().add(destructive ? "dialog-destructive" : "dialog-confirm");
            b.setDefaultButton(!destructive);
            b.setOnAction(e -> {
                layer[0].close();
                yes.action().run();
            });
            buttons.add(b);
        }
        if (no != null) {
            Button b = button(no, NO_ID, Material2AL.CLOSE, overlay);
            b.getStyleClass().add("dialog-cancel");
            b.setCancelButton(true);
            b.setDefaultButton(destructive || yes == null);
            b.setOnAction(e -> layer[0].cancel());
            buttons.add(b);
        }
        VBox answers = new VBox(8);
        answers.getChildren().addAll(buttons);
        answers.setAlignment(Pos.CENTER_RIGHT);
        answers.getStyleClass().add("dialog-answers");
        card.getChildren().addAll(words, answers);
        Runnable onCancel = no == null || no.action() == null ? null : no.action();
        layer[0] = overlay.open(card, Pos.CENTER, onCancel);
        return layer[0];
    }

    private static Button button(Answer answer, String id, Ikon fallback, Overlay overlay) {
        Button b = new Button(answer.text());
        b.setId(id);
        b.setWrapText(true);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMinHeight(Button.USE_PREF_SIZE);
        b.setAccessibleText(answer.text());
        b.getStyleClass().add("dialog-button");
        // Easy-read: a picture beside every answer, the one the screen chose or the kit's tick, cross or bin.
        if (overlay.isEasyRead() || answer.icon() != null) {
            b.setGraphic(Icons.icon(answer.icon() != null ? answer.icon() : fallback, 24));
            b.setContentDisplay(ContentDisplay.LEFT);
            b.setGraphicTextGap(10);
        }
        return b;
    }
}

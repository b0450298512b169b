package org.jalons.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** Small building blocks shared by the screens, so that every screen looks and reads alike. */
public final class Components {
    private Components() {}

    /** A label that wraps instead of being cut off, with the given style classes. */
    public static Label text(String value, String... styleClasses) {
        Label l = new Label(value);
        l.setWrapText(true);
        l.setMinHeight(Label.USE_PREF_SIZE);
        l.getStyleClass().addAll(styleClasses);
        return l;
    }

    /** A field with its label above it and its error message below it (hidden while there is none). */
    public static VBox field(String label, Node input, ReadOnlyStringProperty error) {
        Label caption = text(label, "field-label");
        caption.setLabelFor(input);
        Label message = text("", "field-error");
        message.textProperty().bind(error);
        message.visibleProperty().bind(error.isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        VBox box = new VBox(4, caption, input, message);
        box.getStyleClass().add("form-field");
        return box;
    }

    /** A message line (error or information) that only takes room while it has something to say. */
    public static Label message(ReadOnlyStringProperty text, String styleClass) {
        Label l = text("", "message", styleClass);
        l.textProperty().bind(text);
        l.visibleProperty().bind(text.isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    /** A spinner with a sentence, shown while slow work runs. */
    public static HBox busy(ReadOnlyBooleanProperty busy, String text) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(28, 28);
        HBox box = new HBox(12, spinner, text(text, "busy-text"));
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("busy");
        box.visibleProperty().bind(busy);
        box.managedProperty().bind(box.visibleProperty());
        spinner.progressProperty().bind(Bindings.when(busy).then(-1.0).otherwise(0.0));
        return box;
    }

    /** A vertically scrolling screen body with the standard padding. */
    public static ScrollPane screen(VBox content) {
        content.getStyleClass().add("screen");
        content.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("screen-scroll");
        return scroll;
    }

    /** A text input (or PIN field) with an id, bound both ways to {@code value}, disabled while {@code busy}. */
    public static <F extends TextField> F input(
            F field, String id, StringProperty value, ObservableValue<Boolean> busy) {
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.disableProperty().bind(busy);
        return field;
    }

    /** The form's main button: accented, full width, disabled while {@code busy}. */
    public static Button submit(String text, String id, ObservableValue<Boolean> busy, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("accent");
        b.setMaxWidth(Double.MAX_VALUE);
        b.disableProperty().bind(busy);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The error of a field that has none of its own. */
    public static ReadOnlyStringProperty noError() {
        return new SimpleStringProperty("");
    }
}

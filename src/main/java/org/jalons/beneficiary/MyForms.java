package org.jalons.beneficiary;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.jalons.ui.Components;
import org.jalons.ui.EasyRead;
import org.kordamp.ikonli.material2.Material2AL;

/** Pieces of the "add my own" forms (note, step, goal). Fields: bound both ways to the view model, with the error below in plain words. */
public final class MyForms {
    private MyForms() {}

    public static VBox textField(String id, String label, StringProperty value, ReadOnlyStringProperty error) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.setAccessibleText(label);
        return Components.field(label, field, error);
    }

    public static VBox textArea(String id, String label, StringProperty value, ReadOnlyStringProperty error) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(4);
        area.textProperty().bindBidirectional(value);
        area.setAccessibleText(label);
        return Components.field(label, area, error);
    }

    /** The form's "save" button: accented, disabled while the model is busy. */
    public static Button save(String id, EasyRead texts, ObservableValue<Boolean> busy, Runnable action) {
        Button save = EasyRead.action(id, Material2AL.CHECK, texts.get("my.save"), action);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(busy);
        return save;
    }

    /** The form's screen in easy-read: its parts, then the save button and the error line. */
    public static Node screen(EasyRead texts, Button save, ReadOnlyStringProperty error, Node... parts) {
        VBox content = new VBox(14, parts);
        content.getChildren().addAll(save, Components.message(error, "message-error"));
        return texts.apply(Components.screen(content));
    }
}

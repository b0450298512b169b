package org.jalons.beneficiary;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.jalons.ui.Components;

/** Fields of the "add my own" forms: bound both ways to the view model, with the error below in plain words. */
final class MyForms {
    private MyForms() {
    }

    static VBox textField(String id, String label, StringProperty value, ReadOnlyStringProperty error) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.setAccessibleText(label);
        return Components.field(label, field, error);
    }

    static VBox textArea(String id, String label, StringProperty value, ReadOnlyStringProperty error) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(4);
        area.textProperty().bindBidirectional(value);
        area.setAccessibleText(label);
        return Components.field(label, area, error);
    }
}

package org.jalons.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.jalons.i18n.Messages;
import org.kordamp.ikonli.material2.Material2AL;

/** The bar at the top of every screen: back (when there is a way back), the title, the screen's actions. */
final class HeaderBar extends HBox {
    private final Label title = new Label();
    private final HBox actions = new HBox(4);
    private final Button back;

    HeaderBar(Messages messages, Navigator navigator) {
        getStyleClass().add("header-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(4);
        back = Icons.iconButton(Material2AL.ARROW_BACK, messages.get("nav.back"), navigator::back);
        back.setId("back");
        back.visibleProperty().bind(navigator.canGoBackProperty());
        back.managedProperty().bind(back.visibleProperty());
        title.getStyleClass().add("header-title");
        title.setId("screen-title");
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        actions.setAlignment(Pos.CENTER_RIGHT);
        getChildren().addAll(back, title, actions);
    }

    void show(View view, Messages messages) {
        title.setText(view.title());
        back.setText(messages.get("nav.back"));
        back.setAccessibleText(back.getText());
        if (back.getTooltip() != null) {
            back.getTooltip().setText(back.getText());
        }
        actions.getChildren().setAll(view.headerActions());
    }
}

package org.jalons.ui;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.jalons.i18n.Messages;
import org.jalons.ui.kit.WordFit;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The top app bar of every screen: back (when there is a way back),
 * the title (on two lines at most, then cut with an ellipsis; its text shrinks rather than split a word too long for
 * the bar, {@link WordFit}), the screen's actions as icon buttons. When the
 * actions would leave the title less than half the bar (large text), they go into an overflow menu ({@code
 * header-overflow}), each keeping its text.
 */
final class HeaderBar extends HBox {
    private final Label title = new Label();
    private final HBox actions = new HBox(4);
    private final Button back;
    private final Messages messages;
    private List<Node> shownActions = List.of();
    private final WordFit titleFit;

    HeaderBar(Messages messages, Navigator navigator) {
        this.messages = messages;
        getStyleClass().add("header-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(4);
        back = Icons.iconButton(Material2AL.ARROW_BACK, messages.get("nav.back"), navigator::back);
        back.setId("back");
        // Not on a main place reached from the bottom bar (a top-level destination): the bar itself leads there.
        back.visibleProperty().bind(navigator.showsUpProperty());
        back.managedProperty().bind(back.visibleProperty());
        title.getStyleClass().add("header-title");
        title.setId("screen-title");
        title.setMaxWidth(Double.MAX_VALUE);
        title.setMinWidth(0);
        title.setWrapText(true);
        title.setTextOverrun(OverrunStyle.ELLIPSIS);
        // Two lines at most: a long title at a large text size wraps once, then ends with "…".
        title.maxHeightProperty()
                .bind(javafx.beans.binding.Bindings.createDoubleBinding(
                        () -> title.getFont().getSize() * 2.7, title.fontProperty()));
        HBox.setHgrow(title, Priority.ALWAYS);
        actions.setAlignment(Pos.CENTER_RIGHT);
        actions.setMinWidth(HBox.USE_PREF_SIZE);
        getChildren().addAll(back, title, actions);
        // At a large text size "Démonstration" no longer fits the bar: smaller letters (not below 60 %), whole words.
        titleFit = WordFit.fit(List.of(title), 0.6);
        widthProperty().addListener((obs, old, w) -> placeActions());
        fontProperty().addListener((obs, old, f) -> placeActions());
    }

    private javafx.beans.property.ReadOnlyObjectProperty<javafx.scene.text.Font> fontProperty() {
        return title.fontProperty();
    }

    void show(View view, Messages messages) {
        title.setText(view.title());
        back.setText(messages.get("nav.back"));
        back.setAccessibleText(back.getText());
        if (back.getTooltip() != null) {
            back.getTooltip().setText(back.getText());
        }
        shownActions = view.headerActions();
        placeActions();
    }

    /** The actions in the bar, or in an overflow menu when they would crowd the title out. */
    private void placeActions() {
        // The title's size before it shrank to fit: its shrinking must not bring the actions back beside it.
        double buttons = shownActions.size() * title.getFont().getSize() / titleFit.share() * 3.3;
        boolean crowded = shownActions.size() > 1 && getWidth() > 0 && buttons > getWidth() / 2;
        if (!crowded) {
            actions.getChildren().setAll(shownActions);
            return;
        }
        MenuButton more = new MenuButton(messages.get("nav.more"), Icons.icon(Material2MZ.MORE_VERT, 24));
        more.setId("header-overflow");
        more.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        more.setAccessibleText(messages.get("nav.more"));
        more.getStyleClass().addAll("icon-button", "header-overflow");
        for (Node n : shownActions) {
            if (n instanceof Button b) {
                MenuItem item = new MenuItem(b.getAccessibleText() != null ? b.getAccessibleText() : b.getText());
                item.setId(b.getId() == null ? null : b.getId() + "-item");
                item.setOnAction(e -> b.fire());
                more.getItems().add(item);
            }
        }
        actions.getChildren().setAll(more);
    }
}

package org.jalons.ui;

import javafx.scene.layout.BorderPane;
import org.jalons.i18n.Messages;

/** The phone-sized frame: header bar on top, the current screen below. */
public final class AppShell extends BorderPane {

    public AppShell(Messages messages, Navigator navigator) {
        getStyleClass().add("app-shell");
        HeaderBar header = new HeaderBar(messages, navigator);
        setTop(header);
        navigator.viewProperty().addListener((obs, old, view) -> {
            header.show(view, messages);
            setCenter(view.node());
        });
        if (navigator.viewProperty().get() != null) {
            header.show(navigator.viewProperty().get(), messages);
            setCenter(navigator.viewProperty().get().node());
        }
    }
}

package org.jalons.ui;

import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.jalons.i18n.Messages;

/** The phone-sized frame: header bar on top, an optional status bar under it on some screens, the screen below. */
public final class AppShell extends BorderPane {
    private final Navigator navigator;
    private final VBox top;

    public AppShell(Messages messages, Navigator navigator) {
        this.navigator = navigator;
        getStyleClass().add("app-shell");
        HeaderBar header = new HeaderBar(messages, navigator);
        top = new VBox(header);
        setTop(top);
        navigator.viewProperty().addListener((obs, old, view) -> {
            header.show(view, messages);
            setCenter(view.node());
        });
        if (navigator.viewProperty().get() != null) {
            header.show(navigator.viewProperty().get(), messages);
            setCenter(navigator.viewProperty().get().node());
        }
    }

    /** Shows {@code bar} under the header on the screens {@code shownOn} accepts (the sync status on home screens). */
    public void addStatusBar(Node bar, Predicate<Screen> shownOn) {
        Runnable update = () -> {
            boolean show = navigator.screenProperty().get() != null && shownOn.test(navigator.screenProperty().get());
            bar.setVisible(show);
            bar.setManaged(show);
        };
        navigator.screenProperty().addListener((obs, old, now) -> update.run());
        update.run();
        top.getChildren().add(bar);
    }
}

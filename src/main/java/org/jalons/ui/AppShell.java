package org.jalons.ui;

import java.util.function.Predicate;
import java.util.function.Supplier;
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

    /**
     * Shows the bar {@code bar} makes under the header on the screens {@code shownOn} accepts (the sync status on
     * home screens). The bar is made the first time one of them is shown, not before the first frame: the app
     * starts on the first-run or unlock screen.
     */
    public void addStatusBar(Supplier<? extends Node> bar, Predicate<Screen> shownOn) {
        Node[] made = new Node[1];
        Runnable update = () -> {
            boolean show = navigator.screenProperty().get() != null
                    && shownOn.test(navigator.screenProperty().get());
            if (show && made[0] == null) {
                made[0] = bar.get();
                top.getChildren().add(made[0]);
            }
            if (made[0] != null) {
                made[0].setVisible(show);
                made[0].setManaged(show);
            }
        };
        navigator.screenProperty().addListener((obs, old, now) -> update.run());
        update.run();
    }
}

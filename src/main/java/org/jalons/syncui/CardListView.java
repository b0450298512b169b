package org.jalons.syncui;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.jalons.ui.Components;
import org.jalons.ui.EasyRead;
import org.jalons.ui.Icons;
import org.jalons.ui.View;
import org.jalons.ui.kit.Snackbar;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The skeleton of the conflicts and refused-changes screens: intro, busy line, error and info messages, then one
 * card per item (or, when there is none, a pictogram and the "none" text). The texts are {@code <prefix>.intro}, {@code .loading}, {@code .none} and
 * {@code .title}, in easy-read words when that mode is on.
 */
abstract class CardListView<T, M extends CardListViewModel<T>> implements View {
    protected final EasyRead texts;
    protected final M model;
    private final String prefix;
    private final Node root;
    private final VBox cards = new VBox(12);

    protected CardListView(M model, EasyRead texts, String prefix, String cardsId) {
        this.texts = texts;
        this.model = model;
        this.prefix = prefix;
        cards.setId(cardsId);
        model.items().addListener((ListChangeListener<T>) change -> show());
        // Nothing to settle: a pictogram and a sentence, so the screen never looks broken or still loading.
        VBox none = new VBox(
                8,
                Icons.icon(Material2AL.CHECK_CIRCLE_OUTLINE, 48),
                Components.text(texts.get(prefix + ".none"), "empty-text"));
        none.setId(cardsId + "-none");
        none.getStyleClass().add("empty-state");
        none.visibleProperty().bind(model.emptyProperty());
        none.managedProperty().bind(model.emptyProperty());
        VBox content = new VBox(
                12,
                Components.text(texts.get(prefix + ".intro"), "lead"),
                Components.busy(model.busyProperty(), texts.get(prefix + ".loading")),
                Components.message(model.errorProperty(), "message-error"),
                none,
                cards);
        // "C'est fait" is said by a snackbar at the bottom of the window, not by a line above the cards.
        model.infoProperty().addListener((obs, was, now) -> {
            Runnable undo = model.undo();
            if (now.isEmpty()) {
                return;
            } else if (undo != null) {
                Snackbar.show(now, texts.get("kit.undo"), undo);
            } else {
                Snackbar.show(now);
            }
        });
        root = texts.enlarge(Components.screen(content));
        model.load();
    }

    protected abstract Node card(T item);

    /** Draws the cards of the items read (none: the empty state above says so). */
    protected final void show() {
        cards.getChildren().setAll(model.items().stream().map(this::card).toList());
    }

    /** A wrapping, full-width button, disabled while the model is busy; its pictogram shows in easy-read mode. */
    protected Button button(String text, Ikon icon, Runnable action) {
        Button b = texts.pictogram(new Button(text), icon);
        b.setWrapText(true);
        b.setMaxWidth(Double.MAX_VALUE);
        b.disableProperty().bind(model.busyProperty());
        b.setOnAction(e -> action.run());
        return b;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return texts.get(prefix + ".title");
    }
}

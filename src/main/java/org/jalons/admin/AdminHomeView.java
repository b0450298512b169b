package org.jalons.admin;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.jalons.i18n.Messages;
import org.jalons.ui.ChoiceCard;
import org.jalons.ui.Components;
import org.jalons.ui.Icons;
import org.jalons.ui.View;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The admin's home: one card per part of the structure's administration (team, devices, people…). The admin's
 * screens ask the server and keep nothing on the phone: an admin's phone that is not paired is told so first.
 */
public final class AdminHomeView implements View {
    private final Messages messages;
    private final Node root;
    private final Runnable onLock;
    /** The cards' widest, on a desk: a phone's line length. */
    static final double CARDS_WIDTH = 640;

    /**
     * @param paired whether this phone has a server to ask
     * @param open opens a part's screen
     * @param pair opens the pairing of this phone
     * @param onLock locks the app (the admin's home is their first place, like the other roles' homes)
     */
    public AdminHomeView(
            Messages messages, boolean paired, Consumer<AdminSection> open, Runnable pair, Runnable onLock) {
        this.messages = messages;
        this.onLock = onLock;
        VBox content = new VBox(12);
        content.setId("admin-home");
        if (!paired) {
            Button pairButton =
                    new Button(messages.get("admin.home.pair"), Icons.icon(Material2MZ.QR_CODE_SCANNER, 20));
            pairButton.setId("admin-pair");
            pairButton.getStyleClass().add("primary-button");
            pairButton.setMaxWidth(Double.MAX_VALUE);
            pairButton.setWrapText(true);
            pairButton.setOnAction(e -> pair.run());
            content.getChildren()
                    .addAll(Components.text(messages.get("admin.home.notPaired"), "scope-hint"), pairButton);
        }
        // One card a row, as wide as a phone's screen: side by side, their sentences would shrink or split.
        VBox cards = new VBox(12);
        cards.setMaxWidth(CARDS_WIDTH);
        cards.setId("admin-sections");
        for (AdminSection section : AdminSection.ALL) {
            ChoiceCard card = new ChoiceCard(
                            section.icon(),
                            messages.get("admin.section." + section.id() + ".title"),
                            messages.get("admin.section." + section.id() + ".hint"))
                    .onAction(() -> open.accept(section));
            card.setId("admin-" + section.id());
            card.setDisable(!paired);
            card.setMaxWidth(Double.MAX_VALUE);
            cards.getChildren().add(card);
        }
        content.getChildren().add(cards);
        root = Components.screen(content);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return messages.get("admin.home.title");
    }

    @Override
    public List<Node> headerActions() {
        var lock = Icons.iconButton(Material2AL.LOCK, messages.get("nav.lock"), onLock);
        lock.setId("lock");
        return List.of(lock);
    }
}

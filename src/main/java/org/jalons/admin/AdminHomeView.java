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
import org.jalons.ui.kit.EqualColumns;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The admin's home: one card per part of the structure's administration (team, devices, people…). The admin's
 * screens ask the server and keep nothing on the phone: an admin's phone that is not paired is told so first.
 */
public final class AdminHomeView implements View {
    private final Messages messages;
    private final Node root;

    /**
     * @param paired whether this phone has a server to ask
     * @param open opens a part's screen
     * @param pair opens the pairing of this phone
     */
    public AdminHomeView(Messages messages, boolean paired, Consumer<AdminSection> open, Runnable pair) {
        this.messages = messages;
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
        // Two cards a row on a wide window, one on a phone or when a title would not fit half the width.
        EqualColumns cards = new EqualColumns(12, 2);
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
            // Its words are never split nor cut: the columns give way first (one card a row at large text).
            card.lookupAll(".label").forEach(n -> {
                if (n instanceof javafx.scene.control.Labeled words) {
                    org.jalons.ui.kit.WordFit.neverSplitWords(words);
                }
            });
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
        return List.of();
    }
}

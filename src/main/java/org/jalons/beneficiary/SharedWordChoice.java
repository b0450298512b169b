package org.jalons.beneficiary;

import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.jalons.ui.Components;
import org.jalons.ui.EasyRead;
import org.jalons.ui.kit.Switch;

/**
 * Under words of mine (a note, my comment with a rating): «Je le partage avec la structure», and who will read it
 * (no name, after a re-read with the person who accompanies me). Switching it off withdraws the words at once.
 * Without my consent to share notes, a line says so instead of the switch.
 */
final class SharedWordChoice {
    private SharedWordChoice() {}

    /** {@code share}: called with the words' record id and the choice made (on: shared, off: withdrawn). */
    static Node of(UUID words, boolean shared, boolean mayShare, BiConsumer<UUID, Boolean> share, EasyRead texts) {
        VBox box = new VBox(2);
        box.getStyleClass().add("shared-word-choice");
        if (!mayShare) {
            box.getChildren().add(Components.text(texts.get("words.share.noConsent"), "row-detail"));
            return box;
        }
        Switch choice = new Switch(texts.get("words.share"));
        choice.setId("share-" + words);
        choice.setSelected(shared);
        choice.selectedProperty().addListener((obs, was, now) -> {
            if (now != shared) {
                share.accept(words, now);
            }
        });
        box.getChildren().addAll(choice, Components.text(texts.get("words.share.who"), "row-detail"));
        return box;
    }
}

package org.jalons.beneficiary;

import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.jalons.ui.Components;
import org.jalons.ui.EasyRead;
import org.jalons.ui.kit.Switch;

/**
 * Under one of my notes: «Je le partage avec la structure», and who will read it (no name, after a re-read with my
 * counsellor). Switching it off withdraws the words at once. Without my consent to share notes, a line says so
 * instead of the switch.
 */
final class SharedWordChoice {
    private SharedWordChoice() {}

    static Node of(MyNotes.Line line, MyNotes notes, EasyRead texts) {
        VBox box = new VBox(2);
        box.getStyleClass().add("shared-word-choice");
        if (!notes.mayShareProperty().get()) {
            box.getChildren().add(Components.text(texts.get("words.share.noConsent"), "row-detail"));
            return box;
        }
        Switch share = new Switch(texts.get("words.share"));
        share.setId("share-" + line.id());
        share.setSelected(line.shared());
        share.selectedProperty().addListener((obs, was, now) -> {
            if (now != line.shared()) {
                notes.share(line.id(), now);
            }
        });
        box.getChildren().addAll(share, Components.text(texts.get("words.share.who"), "row-detail"));
        return box;
    }
}

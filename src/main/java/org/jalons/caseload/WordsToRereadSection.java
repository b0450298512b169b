package org.jalons.caseload;

import java.time.LocalDate;
import java.time.ZoneId;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.jalons.i18n.Messages;
import org.jalons.storage.SharedWordBook.ToReread;
import org.jalons.ui.Components;
import org.jalons.ui.Icons;
import org.jalons.ui.kit.DateFormats;
import org.kordamp.ikonli.material2.Material2AL;

/** In the person's file: the words they shared, each with «Relu ensemble». Nothing shows while none waits. */
final class WordsToRereadSection {
    private WordsToRereadSection() {}

    static Node of(WordsToReread model, Messages messages, ZoneId zone) {
        VBox box = new VBox(8);
        box.setId("words-to-reread");
        box.getStyleClass().add("file-section");
        Runnable fill = () -> {
            box.getChildren().clear();
            if (model.words().isEmpty()) {
                box.setVisible(false);
                box.setManaged(false);
                return;
            }
            box.setVisible(true);
            box.setManaged(true);
            box.getChildren()
                    .addAll(
                            Components.text(messages.get("file.words"), "section-heading"),
                            Components.text(messages.get("file.words.hint"), "hint"));
            for (ToReread word : model.words()) {
                String when = DateFormats.longDate(LocalDate.ofInstant(word.said(), zone), messages.locale());
                Button reread = new Button(messages.get("file.words.reread"), Icons.icon(Material2AL.DONE_ALL, 18));
                reread.setId("reread-" + word.sharedWordId());
                reread.getStyleClass().add("secondary-button");
                reread.setWrapText(true);
                reread.setOnAction(e -> model.reread(word.sharedWordId()));
                VBox card = new VBox(
                        4,
                        Components.text(messages.get("file.words.on", when), "row-detail"),
                        Components.text(word.text(), "my-note-text"),
                        reread);
                card.getStyleClass().addAll("card", "word-to-reread");
                box.getChildren().add(card);
            }
        };
        model.words().addListener((ListChangeListener<ToReread>) c -> fill.run());
        fill.run();
        model.load();
        return box;
    }
}

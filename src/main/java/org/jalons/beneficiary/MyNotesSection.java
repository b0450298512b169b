package org.jalons.beneficiary;

import java.time.LocalDate;
import java.time.ZoneId;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.jalons.ui.Components;
import org.jalons.ui.EasyRead;
import org.jalons.ui.kit.DateFormats;

/** "Mes notes" in "Mon parcours": each of my notes with its date, newest first, as I wrote it. */
final class MyNotesSection {
    private MyNotesSection() {}

    static Node of(MyNotes notes, EasyRead texts, ZoneId zone) {
        VBox box = new VBox(8);
        box.setId("my-notes");
        Runnable fill = () -> {
            box.getChildren().clear();
            if (notes.lines().isEmpty()) {
                box.getChildren().add(Components.text(texts.get("my.notes.none"), "row-detail"));
            }
            for (MyNotes.Line line : notes.lines()) {
                String when = DateFormats.longDate(
                        LocalDate.ofInstant(line.writtenAt(), zone),
                        texts.messages().locale());
                VBox note = new VBox(
                        2,
                        Components.text(texts.get("my.notes.on", when), "row-detail"),
                        Components.text(line.text(), "my-note-text"));
                note.getChildren()
                        .add(SharedWordChoice.of(
                                line.id(),
                                line.shared(),
                                notes.mayShareProperty().get(),
                                notes::share,
                                texts));
                note.getStyleClass().addAll("card", "my-note");
                box.getChildren().add(note);
            }
        };
        notes.lines().addListener((ListChangeListener<MyNotes.Line>) c -> fill.run());
        fill.run();
        return box;
    }
}

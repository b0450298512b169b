package org.jalons.beneficiary;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.jalons.ui.Components;
import org.jalons.ui.EasyRead;
import org.jalons.ui.kit.BottomSheet;
import org.jalons.ui.kit.DateFormats;

/** "Mes notes" in "Mon parcours": each of my notes with its date, newest first, as I wrote it. */
final class MyNotesSection {
    private MyNotesSection() {}

    static Node of(MyNotes notes, EasyRead texts, ZoneId zone) {
        VBox box = new VBox(8);
        box.setId("my-notes");
        Runnable[] fill = new Runnable[1];
        fill[0] = () -> {
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
                if (line.shared() && line.aboutGoal() != null) {
                    note.getChildren()
                            .add(Components.text(texts.get("words.share.about", line.aboutGoal()), "row-detail"));
                }
                note.getChildren()
                        .add(SharedWordChoice.of(
                                line.id(),
                                line.shared(),
                                notes.mayShareProperty().get(),
                                (id, on) -> share(notes, id, on, texts, fill[0]),
                                texts));
                note.getStyleClass().addAll("card", "my-note");
                box.getChildren().add(note);
            }
        };
        notes.lines().addListener((ListChangeListener<MyNotes.Line>) c -> fill[0].run());
        fill[0].run();
        return box;
    }

    /**
     * Sharing a note asks first which of my goals it speaks about (that gives the words their theme for the
     * structure), or none in particular; closing the question shares nothing and puts the switch back.
     */
    private static void share(MyNotes notes, UUID noteId, boolean on, EasyRead texts, Runnable putBack) {
        if (!on || notes.goals().isEmpty()) {
            notes.share(noteId, on, null);
            return;
        }
        BottomSheet.choices(
                "share-goal",
                texts.get("words.share.goal"),
                texts.get("words.share.goal.close"),
                texts.get("words.share.goal.none"),
                List.copyOf(notes.goals()),
                g -> g.id().toString(),
                MyNotes.GoalChoice::phrasing,
                g -> notes.share(noteId, true, g == null ? null : g.id()),
                putBack);
    }
}

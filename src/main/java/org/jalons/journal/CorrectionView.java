package org.jalons.journal;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.jalons.ui.Components;
import org.jalons.ui.EasyRead;
import org.jalons.ui.View;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * A journal entry's words being corrected: the current words to change, then "Enregistrer la correction"; the words
 * before stay in the entry's history. Id: {@code journal-correct}.
 */
public final class CorrectionView implements View {
    private final JournalWords words;
    private final Node root;

    public CorrectionView(CorrectionModel model, JournalWords words, Runnable onSaved) {
        this.words = words;
        EasyRead texts = words.texts();
        VBox content = new VBox(14, Components.text(texts.get("journal.correct.intro"), "lead"));
        content.setId("journal-correct");
        if (model.isInterview()) {
            content.getChildren()
                    .addAll(
                            area(
                                    "correct-participants",
                                    "journal.entry.participants",
                                    model.participantsProperty(),
                                    2,
                                    Components.noError()),
                            area(
                                    "correct-text",
                                    "journal.entry.notes",
                                    model.textProperty(),
                                    8,
                                    model.textErrorProperty()),
                            area(
                                    "correct-decisions",
                                    "journal.entry.decisions",
                                    model.decisionsProperty(),
                                    3,
                                    Components.noError()));
        } else {
            content.getChildren()
                    .add(area(
                            "correct-text",
                            model.isRating() ? "journal.entry.comment" : "journal.entry.text",
                            model.textProperty(),
                            6,
                            model.textErrorProperty()));
        }
        Button save = EasyRead.action(
                "save-correction", Material2AL.CHECK, texts.get("journal.correct.save"), () -> model.save(onSaved));
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.busyProperty());
        content.getChildren()
                .addAll(
                        save,
                        Components.busy(model.busyProperty(), texts.get("journal.correct.saving")),
                        Components.message(model.errorProperty(), "message-error"));
        Node screen = Components.screen(content);
        root = words.forPerson() ? texts.apply(screen) : screen;
    }

    private VBox area(String id, String labelKey, StringProperty value, int rows, ReadOnlyStringProperty error) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.textProperty().bindBidirectional(value);
        String label = words.texts().get(labelKey);
        area.setAccessibleText(label);
        return Components.field(label, area, error);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return words.texts().get("journal.correct.title");
    }
}

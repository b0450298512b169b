package org.jalons.beneficiary;

import javafx.scene.Node;
import org.jalons.ui.Components;
import org.jalons.ui.EasyRead;
import org.jalons.ui.View;
import org.kordamp.ikonli.material2.Material2MZ;

/** A note of my own. */
public final class NewNoteView implements View {
    private final EasyRead texts;
    private final Node root;

    public NewNoteView(NewNoteViewModel model, EasyRead texts, Runnable onSaved) {
        this.texts = texts;
        var text = MyForms.textArea(
                "note-text", texts.get("my.note.label"), model.textProperty(), model.textErrorProperty());
        if (texts.isOn()) {
            root = FormWizard.of(
                    model,
                    texts,
                    java.util.List.of(new FormWizard.Page(Material2MZ.NOTE_ADD, texts.get("my.note.intro"), text)),
                    () -> model.save(onSaved));
            return;
        }
        var save = MyForms.save("save-note", texts, model.busyProperty(), () -> model.save(onSaved));
        root = MyForms.screen(
                texts, save, model.errorProperty(), Components.text(texts.get("my.note.intro"), "lead"), text);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return texts.get("my.addNote");
    }
}

package org.jalons.beneficiary;

import javafx.scene.Node;
import javafx.scene.layout.VBox;
import org.jalons.ui.Components;
import org.jalons.ui.View;
import org.kordamp.ikonli.material2.Material2AL;

/** A note of my own. */
public final class NewNoteView implements View {
    private final EasyRead texts;
    private final Node root;

    public NewNoteView(NewNoteViewModel model, EasyRead texts, Runnable onSaved) {
        this.texts = texts;
        var save = EasyRead.action("save-note", Material2AL.CHECK, texts.get("my.save"), () -> model.save(onSaved));
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.busyProperty());
        VBox content = new VBox(14,
                Components.text(texts.get("my.note.intro"), "lead"),
                MyForms.textArea("note-text", texts.get("my.note.label"), model.textProperty(),
                        model.textErrorProperty()),
                save, Components.message(model.errorProperty(), "message-error"));
        root = texts.apply(Components.screen(content));
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

package org.jalons.beneficiary;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.jalons.ui.Components;
import org.jalons.ui.EasyRead;
import org.jalons.ui.Icons;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * An "add my own" form in easy-read mode (FALC): one question per screen, with its pictogram, and big "Retour" and
 * "Suivant" buttons; the last question's button saves. The question the person is on lives in the view model
 * ({@link FormModel#pageProperty()}) and its draft, so the form comes back to it after leaving or a restart.
 */
public final class FormWizard {
    /** One question: its pictogram, its words, and the fields that answer it (with their error lines). */
    public record Page(Ikon pictogram, String question, Node... answer) {}

    private FormWizard() {}

    public static Node of(FormModel model, EasyRead texts, List<Page> pages, Runnable save) {
        VBox content = new VBox(16);
        content.setId("wizard");
        content.getStyleClass().add("wizard");
        Runnable[] show = new Runnable[1];
        show[0] = () -> {
            int at = model.pageProperty().get();
            Page page = pages.get(at);
            Label progress = Components.text(texts.get("my.wizard.progress", at + 1, pages.size()), "hint");
            progress.setId("wizard-progress");
            var picture = Icons.icon(page.pictogram(), 56);
            picture.getStyleClass().add("wizard-pictogram");
            HBox pictogram = new HBox(picture);
            pictogram.setAlignment(Pos.CENTER);
            Label question = Components.text(page.question(), "screen-heading", "my-question");
            question.setId("question");
            VBox answer = new VBox(12, page.answer());
            // A field whose label says the question again shows only the question.
            answer.lookupAll(".field-label").forEach(n -> {
                boolean same = n instanceof Label l
                        && l.getText().strip().equals(page.question().strip());
                n.setVisible(!same);
                n.setManaged(!same);
            });
            Button back =
                    EasyRead.action("wizard-back", Material2AL.ARROW_BACK, texts.get("my.wizard.back"), model::back);
            back.setDisable(at == 0);
            boolean last = at == pages.size() - 1;
            Button next = EasyRead.action(
                    last ? "wizard-save" : "wizard-next",
                    last ? Material2AL.CHECK : Material2AL.ARROW_FORWARD,
                    texts.get(last ? "my.save" : "my.wizard.next"),
                    () -> {
                        if (model.next() && last) {
                            save.run();
                        }
                    });
            next.getStyleClass().add("accent");
            next.disableProperty().bind(model.busyProperty());
            for (Button b : new Button[] {back, next}) {
                b.getStyleClass().add("wizard-button");
                b.setMaxWidth(Double.MAX_VALUE);
            }
            // One above the other, full width: large easy-read words never break inside a word.
            VBox buttons = new VBox(12, next, back);
            content.getChildren()
                    .setAll(
                            progress,
                            pictogram,
                            question,
                            answer,
                            buttons,
                            Components.message(model.errorProperty(), "message-error"));
        };
        model.pageProperty().addListener((obs, was, now) -> show[0].run());
        show[0].run();
        return texts.apply(Components.screen(content));
    }
}

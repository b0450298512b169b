package org.jalons.goal;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.jalons.domain.Goal;
import org.jalons.protocol.Vocabulary.ProposedStatus;
import org.jalons.ui.Components;
import org.jalons.ui.EasyRead;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * What the person says about a goal of their path, whoever proposed it: «Modifier ma phrase» (their own words), and
 * «Je pense l’avoir atteint» or «Je veux le mettre en pause», a status their counsellor confirms or talks over with
 * them. While the proposal waits, it is said, and can be taken back.
 */
final class MyGoalVoice {
    private MyGoalVoice() {}

    static VBox of(Goal goal, MyGoalViewModel model, EasyRead texts) {
        VBox box = new VBox(10);
        box.setId("my-goal-voice");
        VBox editor = wordsEditor(goal, model, texts);
        Button reword = EasyRead.action("my-goal-reword", Material2AL.EDIT, texts.get("my.voice.reword"), () -> {
            editor.setVisible(true);
            editor.setManaged(true);
        });
        box.getChildren().addAll(reword, editor);
        if (goal.hasProposal()) {
            Label waiting =
                    Components.text(texts.get("my.voice.waiting", texts.label(goal.proposedStatus())), "my-proposal");
            waiting.setId("my-goal-proposal");
            waiting.setWrapText(true);
            box.getChildren()
                    .addAll(
                            waiting,
                            EasyRead.action(
                                    "my-goal-withdraw",
                                    Material2MZ.UNDO,
                                    texts.get("my.voice.withdraw"),
                                    () -> model.propose(null)));
        } else if (goal.isOpen()) {
            box.getChildren()
                    .add(EasyRead.action(
                            "my-goal-propose-reached",
                            Material2AL.EMOJI_EVENTS,
                            texts.get("my.voice.reached"),
                            () -> model.propose(ProposedStatus.ATTEINT)));
            if (goal.status() != org.jalons.protocol.Vocabulary.GoalStatus.REPORTE) {
                box.getChildren()
                        .add(EasyRead.action(
                                "my-goal-propose-pause",
                                Material2MZ.PAUSE_CIRCLE_OUTLINE,
                                texts.get("my.voice.pause"),
                                () -> model.propose(ProposedStatus.REPORTE)));
            }
        }
        return box;
    }

    /** My words in a field, hidden until «Modifier ma phrase»; saved at once, the problem said under it. */
    private static VBox wordsEditor(Goal goal, MyGoalViewModel model, EasyRead texts) {
        TextArea words = new TextArea(goal.phrasing());
        words.setId("my-goal-words-field");
        words.setWrapText(true);
        words.setPrefRowCount(3);
        words.setAccessibleText(texts.get("my.voice.wordsLabel"));
        StringProperty problem = new SimpleStringProperty("");
        VBox editor = new VBox(8);
        editor.setId("my-goal-words-editor");
        Button save = EasyRead.action("my-goal-words-save", Material2AL.CHECK, texts.get("my.voice.save"), () -> {
            problem.set(model.reword(words.getText()));
            if (problem.get().isEmpty()) {
                editor.setVisible(false);
                editor.setManaged(false);
            }
        });
        editor.getChildren().addAll(Components.field(texts.get("my.voice.wordsLabel"), words, problem), save);
        editor.setVisible(false);
        editor.setManaged(false);
        return editor;
    }
}

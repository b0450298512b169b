package org.jalons.goal;

import atlantafx.base.theme.Styles;
import java.time.Clock;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.jalons.domain.Goal;
import org.jalons.i18n.Messages;
import org.jalons.ui.Components;
import org.jalons.ui.Icons;
import org.jalons.ui.kit.DateFormats;
import org.jalons.ui.kit.Flow;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * At the top of the counsellor's goal editor, when the person proposed a status («je pense l’avoir atteint»): what
 * they proposed and when, «Confirmer» (the status becomes it) or «On en parle» (the proposal is cleared, with an
 * optional note for the person's file). Either way the editor closes, the goal written.
 */
final class GoalProposalSection {
    private GoalProposalSection() {}

    /** The section, or an empty node when the goal carries no proposal. */
    static Node of(GoalEditorModel model, Messages m, Clock clock, Runnable done) {
        VBox box = new VBox(10);
        box.setId("goal-proposal");
        Goal goal = model.proposal().orElse(null);
        if (goal == null) {
            box.setVisible(false);
            box.setManaged(false);
            return box;
        }
        Label said = Components.text(
                m.get(
                        "goal.proposal.said",
                        m.label(goal.proposedStatus()),
                        goal.proposedAt() == null
                                ? ""
                                : DateFormats.longDate(
                                        goal.proposedAt()
                                                .atZone(clock.getZone())
                                                .toLocalDate(),
                                        m.locale())),
                "card-title");
        said.setId("goal-proposal-said");
        said.setWrapText(true);
        said.setGraphic(Icons.icon(Material2MZ.RECORD_VOICE_OVER, 22));
        StringProperty problem = new SimpleStringProperty("");
        TextArea note = new TextArea();
        note.setId("goal-proposal-note");
        note.setWrapText(true);
        note.setPrefRowCount(2);
        note.setPromptText(m.get("goal.proposal.notePrompt"));
        VBox talk = new VBox(8, Components.field(m.get("goal.proposal.noteLabel"), note, problem));
        Button noted = new Button(m.get("goal.proposal.discussDone"), Icons.icon(Material2AL.CHECK, 18));
        noted.setId("goal-proposal-discussed");
        noted.setOnAction(e -> {
            if (!model.discussProposal(note.getText(), clock.instant(), done)) {
                problem.set(m.get("goal.proposal.noteTooLong"));
            }
        });
        talk.getChildren().add(noted);
        talk.setVisible(false);
        talk.setManaged(false);
        Button confirm = new Button(m.get("goal.proposal.confirm"), Icons.icon(Material2AL.CHECK_CIRCLE, 18));
        confirm.setId("goal-proposal-confirm");
        confirm.getStyleClass().add(Styles.ACCENT);
        confirm.setOnAction(e -> model.confirmProposal(done));
        Button discuss = new Button(m.get("goal.proposal.discuss"), Icons.icon(Material2MZ.QUESTION_ANSWER, 18));
        discuss.setId("goal-proposal-discuss");
        discuss.setOnAction(e -> {
            talk.setVisible(true);
            talk.setManaged(true);
        });
        box.getChildren().addAll(said, Flow.of(8, 8, confirm, discuss), talk);
        box.getStyleClass().addAll("card", "goal-proposal");
        return box;
    }
}

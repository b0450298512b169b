package org.jalons.beneficiary;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.jalons.domain.WorkObservation;
import org.jalons.ui.Components;
import org.jalons.ui.EasyRead;
import org.jalons.ui.Icons;
import org.jalons.ui.kit.DateFormats;
import org.jalons.ui.kit.RatingGrid;
import org.jalons.work.WorkWords;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * «Au travail» in "Mon parcours": each observation of me at work (the day, the skills in words, the rating with the
 * face of the check-ins' scale, the comment, who observed), my answer under it, and «Je réponds».
 */
final class MyWorkSection {
    private MyWorkSection() {}

    static Node of(MyWork work, EasyRead texts) {
        VBox box = new VBox(8);
        box.setId("my-work");
        Label failed = Components.text("", "message-error");
        failed.managedProperty().bind(failed.visibleProperty());
        failed.visibleProperty().bind(work.errorProperty().isNotEmpty());
        work.errorProperty().addListener((obs, was, key) -> failed.setText(key.isEmpty() ? "" : texts.get(key)));
        Runnable fill = () -> {
            box.getChildren().clear();
            if (work.observations().isEmpty()) {
                box.getChildren().add(Components.text(texts.get("my.work.none"), "row-detail"));
            }
            for (WorkObservation o : work.observations()) {
                box.getChildren().add(card(o, work, texts));
            }
            box.getChildren().add(failed);
        };
        work.observations().addListener((ListChangeListener<WorkObservation>) c -> fill.run());
        fill.run();
        return box;
    }

    private static Node card(WorkObservation o, MyWork work, EasyRead texts) {
        Locale locale = texts.messages().locale();
        VBox card = new VBox(6);
        card.getStyleClass().addAll("card", "my-work-observation");
        card.setId("my-work-" + o.id());
        card.getChildren()
                .add(Components.text(
                        texts.get("my.work.on", DateFormats.longDate(o.observedOn(), locale)), "row-detail"));
        if (o.rating() != null) {
            HBox rating = new HBox(
                    8,
                    Icons.icon(RatingGrid.face(o.rating()), texts.isOn() ? 36 : 28),
                    Components.text(texts.get("my.work.rating", o.rating()), "work-observation-heading"));
            rating.getStyleClass().add("my-work-rating");
            rating.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            card.getChildren().add(rating);
        }
        card.getChildren()
                .add(Components.text(
                        texts.get("my.work.skills", WorkWords.skills(o.skills(), texts::label)),
                        "work-observation-skills"));
        if (o.comment() != null && !o.comment().isBlank()) {
            card.getChildren().add(Components.text(o.comment(), "my-note-text"));
        }
        if (o.observedBy() != null && !o.observedBy().isBlank()) {
            card.getChildren().add(Components.text(texts.get("my.work.by", o.observedBy()), "row-detail"));
        }
        Label answer = Components.text(o.answered() ? texts.get("my.work.myAnswer", o.answer()) : "", "work-answer");
        answer.setId("my-work-answer-" + o.id());
        answer.managedProperty().bind(answer.visibleProperty());
        answer.setVisible(o.answered());
        card.getChildren().add(answer);

        TextArea words = new TextArea(o.answered() ? o.answer() : "");
        words.setWrapText(true);
        words.setPrefRowCount(3);
        words.setId("my-work-answer-text");
        words.setAccessibleText(texts.get("my.work.answerLabel"));
        Button send = EasyRead.action(
                "my-work-answer-send",
                Material2MZ.SEND,
                texts.get("my.work.send"),
                () -> work.answer(o.id(), words.getText(), () -> {}));
        VBox form = new VBox(8, Components.text(texts.get("my.work.answerLabel"), "row-detail"), words, send);
        form.managedProperty().bind(form.visibleProperty());
        form.setVisible(false);
        Button reply = EasyRead.action(
                "my-work-answer",
                Material2AL.CHAT,
                texts.get(o.answered() ? "my.work.changeAnswer" : "my.work.answer"),
                () -> form.setVisible(true));
        reply.managedProperty().bind(reply.visibleProperty());
        reply.visibleProperty().bind(form.visibleProperty().not());
        card.getChildren().addAll(reply, form);
        return card;
    }
}

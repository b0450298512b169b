package org.jalons.work;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jalons.domain.Term;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.WorkSkill;
import org.jalons.ui.Components;
import org.jalons.ui.View;
import org.jalons.ui.kit.DateField;
import org.jalons.ui.kit.Flow;
import org.jalons.ui.kit.RatingGrid;

/** Writing an observation at work: the day, the skills observed as chips, a 0–10 rating, a comment. */
final class ObservationView implements View {
    private final ObservationModel model;
    private final Messages m;
    private final Node node;
    private final FlowPane chips = Flow.of(8, 8);

    ObservationView(ObservationModel model, Messages m, Runnable saved) {
        this.model = model;
        this.m = m;
        VBox content = new VBox(16);
        content.setId("work-observation");
        DateField day = new DateField(m::get, model.observedOnProperty().get());
        day.setId("work-observation-day");
        day.valueProperty().bindBidirectional(model.observedOnProperty());

        chips.setId("work-skills");
        model.offered().forEach(this::chip);
        TextField own =
                Components.input(new TextField(), "work-skill-own", model.ownSkillProperty(), model.busyProperty());
        Button addOwn = new Button(m.get("work.observation.addSkill"));
        addOwn.setId("work-skill-add");
        addOwn.setMinWidth(Region.USE_PREF_SIZE);
        addOwn.setOnAction(e -> {
            Term<WorkSkill> added = model.addOwnSkill();
            if (added != null) {
                chip(added);
            }
        });
        HBox.setHgrow(own, Priority.ALWAYS);
        HBox ownRow = new HBox(8, own, addOwn);

        RatingGrid grid = new RatingGrid(
                        "work-rate-",
                        v -> m.get("work.observation.rate", v),
                        model.ratingProperty().get(),
                        true)
                .onTap(v -> model.ratingProperty().set(v));
        grid.setId("work-rating");
        grid.valueProperty()
                .addListener((obs, was, now) -> model.ratingProperty().set(now));
        HBox ends = new HBox(
                Components.text(m.get("work.observation.low"), "row-detail"),
                spacer(),
                Components.text(m.get("work.observation.high"), "row-detail", "right"));

        TextArea comment = new TextArea();
        comment.setId("work-observation-comment");
        comment.setWrapText(true);
        // room for a long comment at twice the text size, with the screen's scroll bar only
        comment.setPrefRowCount(8);
        comment.textProperty().bindBidirectional(model.commentProperty());

        Button save = Components.submit(
                m.get("work.observation.save"), "work-observation-save", model.busyProperty(), () -> model.save(saved));
        content.getChildren()
                .addAll(
                        Components.text(model.person().displayName(), "section-title"),
                        Components.field(m.get("work.observation.field.observedOn"), day, Components.noError()),
                        Components.field(
                                m.get("work.observation.field.skills"),
                                new VBox(8, chips, ownRow),
                                Components.noError()),
                        Components.field(
                                m.get("work.observation.field.rating"),
                                new VBox(8, Components.text(m.get("work.observation.rateHint"), "hint"), grid, ends),
                                Components.noError()),
                        Components.field(m.get("work.observation.field.comment"), comment, Components.noError()),
                        Components.message(model.errorProperty(), "message-error"),
                        save);
        node = Components.screen(content);
    }

    private void chip(Term<WorkSkill> skill) {
        ToggleButton b = new ToggleButton(WorkWords.skill(skill, m::label));
        b.getStyleClass().addAll("chip", "work-skill");
        b.setId(skill.isCustom() ? null : "work-skill-" + skill.known().name());
        b.setSelected(model.skills().contains(skill));
        b.setOnAction(e -> {
            model.toggle(skill);
            b.setSelected(model.skills().contains(skill));
        });
        b.setMinHeight(Region.USE_PREF_SIZE);
        chips.getChildren().add(b);
    }

    private static Node spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public String title() {
        return m.get(model.isNew() ? "work.observation.new" : "work.observation.editTitle");
    }
}

package org.jalons.work;

import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.WorkObservation;
import org.jalons.i18n.Messages;
import org.jalons.session.AppServices;
import org.jalons.ui.Components;
import org.jalons.ui.Screen;
import org.jalons.ui.View;
import org.jalons.ui.kit.DateFormats;
import org.jalons.ui.kit.Fab;
import org.kordamp.ikonli.material2.Material2AL;
import org.slf4j.LoggerFactory;

/**
 * One person's observations at work, newest first, as their work supervisor sees them: who (name, entry date,
 * contract, site, team: nothing of the support), each observation with the person's answer, and «Nouvelle
 * observation».
 */
final class WorkPersonView implements View {
    private final Messages m;
    private final VBox content = new VBox();
    private final Node node;
    private String title;

    WorkPersonView(AppServices s, UUID personId) {
        this.m = s.messages();
        content.setId("work-person");
        content.getStyleClass().add("work-person");
        Fab add = new Fab(
                Material2AL.ADD,
                m.get("work.observation.new"),
                () -> s.navigator().goTo(Screen.WORK_OBSERVATION, new WorkScreens.Target(personId, null)));
        add.setId("work-observation-new");
        node = add.extended().over(Components.screen(content));
        Beneficiary person = s.store().beneficiaries().find(personId).orElseThrow();
        title = person.displayName();
        content.getChildren()
                .addAll(Components.text(person.displayName(), "section-title"), Components.text(who(person), "hint"));
        s.background()
                .run(
                        () -> WorkTeam.observationsOf(s.store(), personId),
                        list -> show(
                                list,
                                o -> s.navigator().goTo(Screen.WORK_OBSERVATION, new WorkScreens.Target(personId, o))),
                        failure -> {
                            LoggerFactory.getLogger(WorkPersonView.class)
                                    .error("The observations at work could not be read", failure);
                            content.getChildren().add(Components.text(m.get("work.team.failed"), "message-error"));
                        });
    }

    private String who(Beneficiary p) {
        String contract = p.contractType() == null
                ? "—"
                : p.contractType().isCustom()
                        ? p.contractType().custom()
                        : m.label(p.contractType().known());
        return m.get(
                "work.person.who",
                DateFormats.mediumDate(p.entryDate(), m.locale()),
                contract,
                p.site() == null || p.site().isBlank() ? "—" : p.site(),
                p.workTeam() == null || p.workTeam().isBlank() ? "—" : p.workTeam());
    }

    private void show(List<WorkObservation> observations, java.util.function.Consumer<UUID> edit) {
        if (observations.isEmpty()) {
            content.getChildren().add(Components.text(m.get("work.person.none"), "hint"));
        }
        for (WorkObservation o : observations) {
            content.getChildren().add(card(o, edit));
        }
    }

    private Node card(WorkObservation o, java.util.function.Consumer<UUID> edit) {
        VBox card = new VBox();
        card.getStyleClass().addAll("card", "work-observation");
        String heading = o.rating() == null
                ? WorkWords.day(o, m.locale())
                : m.get("work.observation.heading", WorkWords.day(o, m.locale()), o.rating());
        card.getChildren()
                .addAll(
                        Components.text(heading, "work-observation-heading"),
                        Components.text(WorkWords.skills(o.skills(), m::label), "work-observation-skills"));
        if (o.comment() != null) {
            card.getChildren().add(Components.text(o.comment(), "work-observation-comment"));
        }
        if (o.answered()) {
            card.getChildren().add(Components.text(m.get("work.observation.answer", o.answer()), "work-answer"));
        }
        Button change = new Button(m.get("work.observation.edit"));
        change.getStyleClass().add("flat");
        change.setOnAction(e -> edit.accept(o.id()));
        card.getChildren().add(change);
        return card;
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public String title() {
        return title;
    }
}

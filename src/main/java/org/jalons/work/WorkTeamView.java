package org.jalons.work;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.jalons.i18n.Messages;
import org.jalons.session.AppServices;
import org.jalons.ui.Components;
import org.jalons.ui.View;
import org.slf4j.LoggerFactory;

/** «Mon équipe»: the people of the work supervisor's teams, by team, each with their last observation at work. */
final class WorkTeamView {
    private final Messages m;
    private final VBox rows = new VBox();
    private final Consumer<UUID> open;
    private final javafx.scene.control.ScrollPane list;

    WorkTeamView(AppServices s, Consumer<UUID> open) {
        this.m = s.messages();
        this.open = open;
        rows.setId("work-team");
        rows.getStyleClass().add("work-team");
        rows.getChildren().add(Components.text(m.get("work.team.intro"), "hint"));
        list = Components.screen(rows);
        String noTeam = m.get("work.team.noTeam");
        s.background().run(() -> WorkTeam.of(s.store(), noTeam), this::show, failure -> {
            LoggerFactory.getLogger(WorkTeamView.class).error("The work teams could not be read", failure);
            rows.getChildren().add(Components.text(m.get("work.team.failed"), "message-error"));
        });
    }

    Node list() {
        return list;
    }

    private void show(List<WorkTeam.Team> teams) {
        if (teams.isEmpty()) {
            rows.getChildren().add(Components.text(m.get("work.team.empty"), "hint"));
        }
        for (WorkTeam.Team team : teams) {
            rows.getChildren().add(Components.text(team.name(), "section-title", "work-team-name"));
            for (WorkTeam.Member member : team.members()) {
                rows.getChildren().add(row(member));
            }
        }
    }

    private Node row(WorkTeam.Member member) {
        String last = member.last() == null
                ? m.get("work.team.noObservation")
                : member.last().rating() == null
                        ? m.get("work.team.lastObservation", WorkWords.day(member.last(), m.locale()))
                        : m.get(
                                "work.team.lastObservationRated",
                                WorkWords.day(member.last(), m.locale()),
                                member.last().rating());
        VBox text = new VBox(
                Components.text(member.person().displayName(), "work-person-name"), Components.text(last, "hint"));
        Button b = new Button();
        b.setGraphic(text);
        // the words are the graphic's (they wrap there); the button itself lays out no text of its own
        b.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setAccessibleText(member.person().displayName() + ". " + last);
        b.getStyleClass().add("work-person-row");
        b.setId("work-person-" + member.person().displayName().replaceAll("[^A-Za-z]", ""));
        b.setOnAction(e -> open.accept(member.id()));
        return b;
    }

    View withContent(Node content) {
        return new View() {
            @Override
            public Node node() {
                return content;
            }

            @Override
            public String title() {
                return m.get("work.team.title");
            }
        };
    }
}

package org.jalons.admin;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.jalons.admin.TeamViewModel.Member;
import org.jalons.ui.Components;
import org.jalons.ui.Icons;
import org.jalons.ui.View;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The team's accounts: a search by name, filters by role and state, one line per account (its role, whether it is
 * active, its phones in use, its last contact); a line opens the account; "Inviter" makes a new one.
 */
public final class TeamView implements View {
    private final AdminWords words;
    private final VBox root;
    private final ListView<Member> list;

    public TeamView(TeamViewModel model, Consumer<Member> open, Runnable invite) {
        this.words = model.words();
        var m = words.messages();
        Button add = new Button(m.get("admin.team.invite"), Icons.icon(Material2MZ.PERSON_ADD, 20));
        add.setId("team-invite");
        add.getStyleClass().add("accent");
        add.setWrapText(true);
        add.setMaxWidth(Double.MAX_VALUE);
        add.setOnAction(e -> invite.run());
        Label summary = Components.text("", "summary");
        summary.setId("team-summary");
        summary.textProperty().bind(model.summaryProperty());
        list = AdminLists.list(
                "team-list",
                model.visible(),
                mem -> mem.account().name(),
                model::line,
                m.get("admin.team.empty"),
                open);
        root = new VBox(
                8,
                add,
                AdminLists.search("team-search", m.get("admin.team.search"), model.searchProperty()),
                AdminLists.filters(
                        TeamViewModel.RoleFilter.values(),
                        "team-role",
                        AdminLists.words(m, "admin.team.role"),
                        model.roleProperty()),
                AdminLists.filters(
                        TeamViewModel.StateFilter.values(),
                        "team-state",
                        AdminLists.words(m, "admin.team.state"),
                        model.stateProperty()),
                Components.busy(model.loadingProperty(), m.get("admin.team.busy")),
                Components.message(model.errorProperty(), "message-error"),
                summary,
                list);
        root.setId("admin-team");
        root.getStyleClass().addAll("screen", "list-screen");
    }

    public ListView<Member> list() {
        return list;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return words.get("admin.team.title");
    }

    @Override
    public List<Node> headerActions() {
        return List.of();
    }
}

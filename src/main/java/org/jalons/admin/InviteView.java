package org.jalons.admin;

import java.util.List;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.ui.Components;
import org.jalons.ui.View;

/**
 * Inviting a counsellor, a supervisor or an admin: a name and a role, then the new account's one-time code as a QR
 * code (which carries the server's address) and as text, with until when it holds and, once expired, a new one.
 */
public final class InviteView implements View {
    private final AdminWords words;
    private final Node root;
    private final Timeline ticking;

    public InviteView(InviteViewModel model) {
        this.words = model.words();
        var m = words.messages();
        TextField name = Components.input(new TextField(), "invite-name", model.nameProperty(), model.busyProperty());
        name.setPromptText(m.get("admin.invite.namePrompt"));
        VBox roles = new VBox(6);
        roles.setId("invite-roles");
        ToggleGroup group = new ToggleGroup();
        for (Role role : InviteViewModel.ROLES) {
            ToggleButton line = new ToggleButton(words.role(role));
            line.setId("invite-role-" + role.name().toLowerCase(java.util.Locale.ROOT));
            line.getStyleClass().add("choice-line");
            line.setMaxWidth(Double.MAX_VALUE);
            line.setWrapText(true);
            line.setAlignment(Pos.CENTER_LEFT);
            line.setToggleGroup(group);
            line.setOnAction(e -> model.roleProperty().set(line.isSelected() ? role : null));
            roles.getChildren().add(line);
        }
        model.roleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                group.selectToggle(null);
            }
        });
        Button submit =
                Components.submit(m.get("admin.invite.submit"), "invite-submit", model.busyProperty(), model::invite);
        VBox form = new VBox(
                12,
                Components.text(m.get("admin.invite.intro"), "lead"),
                Components.field(m.get("admin.invite.name"), name, model.nameErrorProperty()),
                Components.field(m.get("admin.invite.role"), roles, model.roleErrorProperty()),
                submit);
        form.visibleProperty().bind(model.invitedProperty().isNull());
        form.managedProperty().bind(form.visibleProperty());

        Button again = new Button(m.get("admin.code.again"));
        again.setId("invite-new-code");
        again.getStyleClass().add("accent");
        again.setWrapText(true);
        again.setMaxWidth(Double.MAX_VALUE);
        again.disableProperty().bind(model.busyProperty());
        again.visibleProperty().bind(model.code().expiredProperty());
        again.managedProperty().bind(again.visibleProperty());
        again.setOnAction(e -> model.newCode());
        Button another = new Button(m.get("admin.invite.another"));
        another.setId("invite-another");
        another.setWrapText(true);
        another.setMaxWidth(Double.MAX_VALUE);
        another.setOnAction(e -> model.another());
        VBox result = new VBox(
                12,
                Components.message(model.doneProperty(), "message-info"),
                AccountView.codePanel(model.code(), words),
                again,
                another);
        result.visibleProperty().bind(model.invitedProperty().isNotNull());
        result.managedProperty().bind(result.visibleProperty());

        VBox content = new VBox(
                12,
                form,
                Components.busy(model.busyProperty(), m.get("admin.busy")),
                Components.message(model.errorProperty(), "message-error"),
                result);
        content.setId("admin-invite");
        ticking = AccountView.ticking(model.code());
        root = Components.screen(content);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return words.get("admin.invite.title");
    }

    @Override
    public List<Node> headerActions() {
        return List.of();
    }

    @Override
    public void dispose() {
        ticking.stop();
    }
}

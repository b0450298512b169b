package org.jalons.admin;

import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.jalons.admin.TeamServer.Account;
import org.jalons.admin.TeamServer.Device;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.syncui.PairingCodePanel;
import org.jalons.ui.Components;
import org.jalons.ui.Confirm;
import org.jalons.ui.View;
import org.jalons.ui.kit.Flow;

/**
 * An account of the team: its role and state, its devices, a new one-time code for a phone (QR and text, with its
 * expiry), and deactivating (after a confirmation saying what happens) or reactivating it.
 */
public final class AccountView implements View {
    private final AdminWords words;
    private final AccountViewModel model;
    private final Node root;
    private final Timeline ticking;

    public AccountView(AccountViewModel model) {
        this.model = model;
        this.words = model.words();
        var m = words.messages();
        Label name = Components.text("", "admin-detail-title");
        name.setId("account-name");
        Label role = Components.text("", "admin-detail-line");
        role.setId("account-role");
        Label state = Components.text("", "admin-detail-line");
        state.setId("account-state");
        VBox devices = new VBox(6);
        devices.setId("account-devices");

        Button code = new Button(m.get("admin.account.code"));
        code.setId("account-code");
        code.getStyleClass().add("accent");
        code.setWrapText(true);
        code.setMaxWidth(Double.MAX_VALUE);
        code.setOnAction(e -> model.issueCode());
        VBox shown = codePanel(model.code(), words);

        Button deactivate = new Button(m.get("admin.account.deactivate"));
        deactivate.setId("account-deactivate");
        deactivate.getStyleClass().add("danger");
        deactivate.setWrapText(true);
        deactivate.setMaxWidth(Double.MAX_VALUE);
        deactivate.setOnAction(e -> {
            Account a = model.accountProperty().get();
            Confirm.ask(
                    m.get("admin.account.deactivate"),
                    m.get("admin.account.deactivate.confirm", a.name()),
                    m.get("admin.account.deactivate.body"),
                    m.get("admin.account.deactivate.yes"),
                    m.get("admin.cancel"),
                    model::deactivate);
        });
        Button reactivate = new Button(m.get("admin.account.reactivate"));
        reactivate.setId("account-reactivate");
        reactivate.setWrapText(true);
        reactivate.setMaxWidth(Double.MAX_VALUE);
        reactivate.setOnAction(e -> model.reactivate());

        VBox teams = teamsSection(model, words);

        VBox active = new VBox(8, code, shown, deactivate);
        VBox content = new VBox(
                10,
                name,
                role,
                state,
                Components.busy(model.busyProperty(), m.get("admin.busy")),
                Components.message(model.errorProperty(), "message-error"),
                Components.message(model.noticeProperty(), "message-info"),
                teams,
                Components.text(m.get("admin.account.devicesTitle"), "section-title"),
                devices,
                active,
                reactivate);
        content.setId("admin-account");
        model.accountProperty().addListener((obs, was, a) -> {
            name.setText(a == null ? "" : a.name());
            role.setText(a == null ? "" : words.role(a.role()));
            state.setText(a == null ? "" : words.accountState(a));
            active.setVisible(a != null && a.active());
            active.setManaged(active.isVisible());
            teams.setVisible(a != null && a.role() == Role.WORK_SUPERVISOR);
            teams.setManaged(teams.isVisible());
            reactivate.setVisible(a != null && !a.active());
            reactivate.setManaged(reactivate.isVisible());
        });
        active.setVisible(false);
        active.setManaged(false);
        reactivate.setVisible(false);
        reactivate.setManaged(false);
        teams.setVisible(false);
        teams.setManaged(false);
        Runnable showDevices = () -> {
            devices.getChildren().clear();
            if (model.devices().isEmpty()) {
                devices.getChildren().add(Components.text(m.get("admin.account.noDevices"), "hint"));
            }
            int n = 0;
            for (Device d : model.devices()) {
                Label line = Components.text(
                        words.deviceName(d) + " · " + words.lastContact(d.lastContactAt()) + " · "
                                + words.deviceState(d),
                        "admin-detail-line");
                line.setId("account-device-" + n++);
                devices.getChildren().add(line);
            }
        };
        model.devices().addListener((javafx.collections.ListChangeListener<Device>) c -> showDevices.run());
        // an account without any phone changes no list: its line says so once the account is read
        model.accountProperty().addListener((obs, was, a) -> {
            if (a != null) {
                showDevices.run();
            }
        });
        ticking = ticking(model.code());
        root = Components.screen(content);
        model.load();
    }

    /**
     * A work supervisor's work teams: what they give access to, each team with «Retirer», a field to add one, and
     * the organisation's other teams in use, one tap each.
     */
    static VBox teamsSection(AccountViewModel model, AdminWords words) {
        var m = words.messages();
        VBox lines = new VBox(6);
        lines.setId("account-teams");
        FlowPane others = Flow.of(8, 8);
        others.setId("account-other-teams");
        Label othersTitle = Components.text(m.get("admin.account.teams.others"), "hint");
        TextField name = new TextField();
        name.setId("account-team-name");
        name.setPromptText(m.get("admin.account.teams.prompt"));
        name.setAccessibleText(m.get("admin.account.teams.prompt"));
        Button add = new Button(m.get("admin.account.teams.add"));
        add.setId("account-team-add");
        add.setWrapText(true);
        add.setMaxWidth(Double.MAX_VALUE);
        add.disableProperty().bind(model.busyProperty());
        Runnable adding = () -> {
            model.addTeam(name.getText());
            name.clear();
        };
        add.setOnAction(e -> adding.run());
        name.setOnAction(e -> adding.run());
        Runnable fill = () -> {
            lines.getChildren().clear();
            if (model.teams().isEmpty()) {
                lines.getChildren().add(Components.text(m.get("admin.account.teams.none"), "hint"));
            }
            int n = 0;
            for (String team : model.teams()) {
                Button remove = new Button(m.get("admin.account.teams.remove"));
                remove.setId("account-team-remove-" + n);
                remove.setAccessibleText(m.get("admin.account.teams.removeOne", team));
                remove.disableProperty().bind(model.busyProperty());
                remove.setOnAction(e -> model.removeTeam(team));
                Label label = Components.text(team, "admin-detail-line");
                label.setId("account-team-" + n++);
                lines.getChildren().add(Flow.ends(8, label, remove));
            }
            others.getChildren().clear();
            for (String team : model.otherTeams()) {
                Button give = new Button(team);
                give.setWrapText(true);
                give.setAccessibleText(m.get("admin.account.teams.addOne", team));
                give.disableProperty().bind(model.busyProperty());
                give.setOnAction(e -> model.addTeam(team));
                others.getChildren().add(give);
            }
            othersTitle.setVisible(!model.otherTeams().isEmpty());
            othersTitle.setManaged(othersTitle.isVisible());
        };
        model.teams().addListener((javafx.collections.ListChangeListener<String>) c -> fill.run());
        model.otherTeams().addListener((javafx.collections.ListChangeListener<String>) c -> fill.run());
        fill.run();
        VBox section = new VBox(
                8,
                Components.text(m.get("admin.account.teams.title"), "section-title"),
                Components.text(m.get("admin.account.teams.what"), "hint"),
                lines,
                name,
                add,
                othersTitle,
                others);
        section.setId("account-teams-section");
        return section;
    }

    /** The code's QR and text, with until when it holds. */
    static VBox codePanel(IssuedCode code, AdminWords words) {
        return PairingCodePanel.of(
                words.get("sync.pairingCode.qr"),
                words.get("sync.pairingCode.orType"),
                code.codeProperty(),
                code.linkProperty(),
                code.expiresProperty());
    }

    /** Checks every few seconds whether the code shown still holds. */
    static Timeline ticking(IssuedCode code) {
        Timeline t = new Timeline(new KeyFrame(Duration.seconds(5), e -> code.checkExpiry()));
        t.setCycleCount(Timeline.INDEFINITE);
        t.play();
        return t;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return words.get("admin.account.title");
    }

    @Override
    public List<Node> headerActions() {
        return List.of();
    }

    @Override
    public void dispose() {
        ticking.stop();
    }

    AccountViewModel model() {
        return model;
    }
}

package org.jalons.admin;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jalons.admin.TeamServer.Account;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.ui.Background;

/**
 * Inviting someone into the team: their name and role make the account, then its one-time code is shown (QR and
 * text, with its expiry); an expired code is replaced by a new one for the same account.
 */
public final class InviteViewModel {
    /** The roles an admin invites (a person supported's phone is invited from their file, by their counsellor). */
    public static final List<Role> ROLES = List.of(Role.COUNSELLOR, Role.WORK_SUPERVISOR, Role.SUPERVISOR, Role.ADMIN);

    private final TeamServer server;
    private final Background background;
    private final AdminWords words;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(this, "role");
    private final ObjectProperty<Account> invited = new SimpleObjectProperty<>(this, "invited");
    private final IssuedCode code;
    private final StringProperty nameError = new SimpleStringProperty(this, "nameError", "");
    private final StringProperty roleError = new SimpleStringProperty(this, "roleError", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final StringProperty done = new SimpleStringProperty(this, "done", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    public InviteViewModel(TeamServer server, Background background, AdminWords words) {
        this.server = server;
        this.background = background;
        this.words = words;
        this.code = new IssuedCode(words);
    }

    /** Makes the account and its first code; a code for an account made already when the first code failed. */
    public void invite() {
        if (busy.get()) {
            return;
        }
        if (invited.get() != null) {
            newCode();
            return;
        }
        String typed = name.get() == null ? "" : name.get().strip();
        nameError.set(typed.isEmpty() ? words.get("admin.invite.nameMissing") : "");
        roleError.set(role.get() == null ? words.get("admin.invite.roleMissing") : "");
        if (!nameError.get().isEmpty() || !roleError.get().isEmpty()) {
            return;
        }
        Role chosen = role.get();
        start();
        background.run(
                () -> server.invite(typed, chosen),
                account -> {
                    invited.set(account);
                    busy.set(false);
                    newCode();
                },
                this::failed);
    }

    /** A new code for the invited account (the one shown expired). */
    public void newCode() {
        Account account = invited.get();
        if (account == null || busy.get()) {
            return;
        }
        start();
        background.run(
                () -> server.code(account.id()),
                issued -> {
                    busy.set(false);
                    code.show(issued, server.serverUrl());
                    done.set(words.get("admin.invite.done", account.name(), words.role(account.role())));
                },
                this::failed);
    }

    /** Clears the form for the next person. */
    public void another() {
        invited.set(null);
        name.set("");
        role.set(null);
        code.clear();
        done.set("");
        error.set("");
    }

    private void start() {
        busy.set(true);
        error.set("");
    }

    private void failed(Throwable failure) {
        busy.set(false);
        error.set(words.failure(failure));
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public ReadOnlyObjectProperty<Account> invitedProperty() {
        return invited;
    }

    public IssuedCode code() {
        return code;
    }

    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError;
    }

    public ReadOnlyStringProperty roleErrorProperty() {
        return roleError;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyStringProperty doneProperty() {
        return done;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public AdminWords words() {
        return words;
    }
}

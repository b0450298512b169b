package org.jalons.admin;

import java.util.List;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jalons.admin.TeamServer.Account;
import org.jalons.admin.TeamServer.Device;
import org.jalons.admin.TeamServer.WorkTeam;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.ui.Background;

/**
 * One account of the team: its devices, a new one-time code for a phone of its own, and deactivating or
 * reactivating it. The server refuses to deactivate the last active admin: said in words, the account unchanged.
 * A work supervisor's account also has its work teams: the people it sees are those of these teams.
 */
public final class AccountViewModel {
    private final TeamServer server;
    private final Background background;
    private final AdminWords words;
    private final UUID userId;
    private final Runnable onChanged;
    private final ObjectProperty<Account> account = new SimpleObjectProperty<>(this, "account");
    private final ObservableList<Device> devices = FXCollections.observableArrayList();
    /** The work supervisor's teams, as the server keeps them. */
    private final ObservableList<String> teams = FXCollections.observableArrayList();
    /** The teams in use in the organisation that this work supervisor does not have yet: one tap gives them. */
    private final ObservableList<String> otherTeams = FXCollections.observableArrayList();

    private final IssuedCode code;
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    /** @param onChanged after the account changed (deactivated, reactivated): the team's list is read again */
    public AccountViewModel(
            TeamServer server, Background background, AdminWords words, UUID userId, Runnable onChanged) {
        this.server = server;
        this.background = background;
        this.words = words;
        this.userId = userId;
        this.onChanged = onChanged;
        this.code = new IssuedCode(words);
    }

    /** Longest work team name: as long as a person's {@code workTeam}, which names the same teams. */
    public static final int TEAM_MAX = (int) org.jalons.protocol.RecordSchema.BENEFICIARY
            .fields()
            .get("workTeam")
            .max();

    private record Loaded(Account account, List<Device> devices, List<String> teams, List<WorkTeam> inUse) {}

    public void load() {
        run(
                () -> {
                    List<Account> accounts = server.accounts();
                    List<Device> all = server.devices();
                    Account found = accounts.stream()
                            .filter(a -> a.id().equals(userId))
                            .findFirst()
                            .orElse(null);
                    List<Device> own =
                            all.stream().filter(d -> d.userId().equals(userId)).toList();
                    boolean works = found != null && found.role() == Role.WORK_SUPERVISOR;
                    return new Loaded(
                            found,
                            own,
                            works ? server.workTeamsOf(userId) : List.of(),
                            works ? server.workTeams() : List.of());
                },
                loaded -> {
                    account.set(loaded.account());
                    devices.setAll(loaded.devices());
                    showTeams(
                            loaded.teams(),
                            loaded.inUse().stream().map(WorkTeam::name).toList());
                    if (loaded.account() == null) {
                        error.set(words.get("admin.account.notFound"));
                    }
                });
    }

    /**
     * Gives the work supervisor one more work team ({@code name} trimmed; a blank name does nothing, a name too long
     * is said in words and nothing is sent).
     */
    public void addTeam(String name) {
        String team = name == null ? "" : name.strip();
        notice.set("");
        if (team.isEmpty()) {
            return;
        }
        if (team.length() > TEAM_MAX) {
            error.set(words.get("admin.account.teams.tooLong", TEAM_MAX));
            return;
        }
        if (teams.stream().anyMatch(t -> t.equalsIgnoreCase(team))) {
            error.set(words.get("admin.account.teams.already", team));
            return;
        }
        List<String> wanted = new java.util.ArrayList<>(teams);
        wanted.add(team);
        saveTeams(wanted, words.get("admin.account.teams.added", team));
    }

    /** Takes a work team from the work supervisor: their phone forgets its people at its next sync. */
    public void removeTeam(String team) {
        notice.set("");
        List<String> wanted = new java.util.ArrayList<>(teams);
        wanted.remove(team);
        saveTeams(wanted, words.get("admin.account.teams.removed", team));
    }

    private void saveTeams(List<String> wanted, String done) {
        List<String> known = new java.util.ArrayList<>(teams);
        known.addAll(otherTeams);
        run(() -> server.setWorkTeams(userId, wanted), kept -> {
            showTeams(kept, known);
            notice.set(done);
        });
    }

    private void showTeams(List<String> kept, List<String> inUse) {
        teams.setAll(kept);
        otherTeams.setAll(inUse.stream()
                .filter(t -> kept.stream().noneMatch(k -> k.equalsIgnoreCase(t)))
                .distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList());
    }

    /** A new one-time code for a phone of this account (the one shown before is then the older one). */
    public void issueCode() {
        notice.set("");
        run(() -> server.code(userId), issued -> code.show(issued, server.serverUrl()));
    }

    /** Deactivates the account (asked for after a confirmation): its phones stop syncing, its codes are refused. */
    public void deactivate() {
        notice.set("");
        run(() -> server.deactivate(userId), changed -> {
            account.set(changed);
            code.clear();
            notice.set(words.get("admin.account.deactivatedNow", changed.name()));
            load();
            onChanged.run();
        });
    }

    public void reactivate() {
        notice.set("");
        run(() -> server.reactivate(userId), changed -> {
            account.set(changed);
            notice.set(words.get("admin.account.reactivatedNow", changed.name()));
            onChanged.run();
        });
    }

    private <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> done) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        background.run(
                work,
                result -> {
                    busy.set(false);
                    done.accept(result);
                },
                failure -> {
                    busy.set(false);
                    error.set(words.failure(failure));
                });
    }

    public UUID userId() {
        return userId;
    }

    public ReadOnlyObjectProperty<Account> accountProperty() {
        return account;
    }

    public ObservableList<Device> devices() {
        return devices;
    }

    public ObservableList<String> teams() {
        return teams;
    }

    public ObservableList<String> otherTeams() {
        return otherTeams;
    }

    public IssuedCode code() {
        return code;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public AdminWords words() {
        return words;
    }
}

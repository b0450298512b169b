package org.jalons.admin;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jalons.admin.TeamServer.Account;
import org.jalons.admin.TeamServer.Device;
import org.jalons.admin.TeamServer.DeviceState;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.ui.Background;

/**
 * The team: every account of the organisation but the people supported's (theirs are the people's phones), with
 * its role, whether it is active, how many phones it has in use and its last contact; searched by name, filtered
 * by role and by state. Asked of the server each time it opens.
 */
public final class TeamViewModel {
    /** The role filter: everyone of the team, or one role. */
    public enum RoleFilter {
        ALL(null),
        COUNSELLOR(Role.COUNSELLOR),
        WORK_SUPERVISOR(Role.WORK_SUPERVISOR),
        SUPERVISOR(Role.SUPERVISOR),
        ADMIN(Role.ADMIN);

        private final Role role;

        RoleFilter(Role role) {
            this.role = role;
        }

        boolean keeps(Role r) {
            return role == null || role == r;
        }
    }

    /** The state filter: active accounts (the list opens on them), deactivated ones, or all. */
    public enum StateFilter {
        ACTIVE,
        DEACTIVATED,
        ALL;

        boolean keeps(Account a) {
            return this == ALL || (this == ACTIVE) == a.active();
        }
    }

    /** An account as the list shows it. */
    public record Member(Account account, int activeDevices, Instant lastContact, List<Device> devices) {}

    private final TeamServer server;
    private final Background background;
    private final AdminWords words;
    private final List<Member> all = new ArrayList<>();
    private final ObservableList<Member> visible = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<RoleFilter> role = new SimpleObjectProperty<>(this, "role", RoleFilter.ALL);
    private final ObjectProperty<StateFilter> state = new SimpleObjectProperty<>(this, "state", StateFilter.ACTIVE);
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");

    public TeamViewModel(TeamServer server, Background background, AdminWords words) {
        this.server = server;
        this.background = background;
        this.words = words;
        search.addListener((obs, was, now) -> apply());
        role.addListener((obs, was, now) -> apply());
        state.addListener((obs, was, now) -> apply());
    }

    /** Asks the server for the accounts and the devices, then shows them. */
    public void load() {
        loading.set(true);
        error.set("");
        background.run(
                () -> members(server.accounts(), server.devices()),
                members -> {
                    loading.set(false);
                    all.clear();
                    all.addAll(members);
                    apply();
                },
                failure -> {
                    loading.set(false);
                    error.set(words.failure(failure));
                });
    }

    /** The team's accounts, by name, each with its devices; the people supported's accounts are left out. */
    static List<Member> members(List<Account> accounts, List<Device> devices) {
        Map<UUID, List<Device>> byOwner = new HashMap<>();
        for (Device d : devices) {
            byOwner.computeIfAbsent(d.userId(), id -> new ArrayList<>()).add(d);
        }
        List<Member> members = new ArrayList<>();
        for (Account a : accounts) {
            if (a.role() == Role.BENEFICIARY) {
                continue;
            }
            List<Device> own = byOwner.getOrDefault(a.id(), List.of());
            int active = (int)
                    own.stream().filter(d -> d.state() == DeviceState.ACTIVE).count();
            Instant last = own.stream()
                    .map(Device::lastContactAt)
                    .filter(java.util.Objects::nonNull)
                    .max(Comparator.naturalOrder())
                    .orElse(null);
            members.add(new Member(a, active, last, List.copyOf(own)));
        }
        members.sort(Comparator.comparing(m -> fold(m.account().name())));
        return members;
    }

    private void apply() {
        String wanted = fold(search.get());
        List<Member> shown = all.stream()
                .filter(m -> role.get().keeps(m.account().role()))
                .filter(m -> state.get().keeps(m.account()))
                .filter(m -> wanted.isEmpty() || fold(m.account().name()).contains(wanted))
                .toList();
        visible.setAll(shown);
        summary.set(words.get("admin.team.count", shown.size()));
    }

    /** Lower case, without accents: "Héloïse" is found by "helo". */
    static String fold(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT);
    }

    /** "Conseil en insertion · 2 téléphones actifs · dernier contact il y a 3 jours", or its deactivated state. */
    public String line(Member m) {
        String devices = words.get("admin.account.devices", m.activeDevices());
        String first = words.role(m.account().role()) + " · "
                + (m.account().active() ? devices : words.accountState(m.account()));
        return first + " · " + words.lastContact(m.lastContact());
    }

    public ObservableList<Member> visible() {
        return visible;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<RoleFilter> roleProperty() {
        return role;
    }

    public ObjectProperty<StateFilter> stateProperty() {
        return state;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public AdminWords words() {
        return words;
    }
}

package org.jalons.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
import org.jalons.admin.TeamServer.Device;
import org.jalons.admin.TeamServer.DeviceState;
import org.jalons.ui.Background;

/**
 * Every device of the organisation, with its owner, model, last contact and state (a revoked device that never came
 * back stays listed as revoked); filtered by state, searched by owner; one device revoked, or revoked and asked to
 * erase itself (a lost phone).
 */
public final class DevicesViewModel {
    /** The state filter: every device, or those in one state. */
    public enum StateFilter {
        ALL,
        ACTIVE,
        REVOKED,
        WIPE_PENDING,
        WIPED;

        boolean keeps(DeviceState s) {
            return this == ALL || name().equals(s.name());
        }
    }

    private final TeamServer server;
    private final Background background;
    private final AdminWords words;
    private final List<Device> all = new ArrayList<>();
    private final ObservableList<Device> visible = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<StateFilter> state = new SimpleObjectProperty<>(this, "state", StateFilter.ALL);
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    public DevicesViewModel(TeamServer server, Background background, AdminWords words) {
        this.server = server;
        this.background = background;
        this.words = words;
        search.addListener((obs, was, now) -> apply());
        state.addListener((obs, was, now) -> apply());
    }

    public void load() {
        busy.set(true);
        error.set("");
        background.run(
                server::devices,
                devices -> {
                    busy.set(false);
                    all.clear();
                    all.addAll(devices);
                    // Owners by name, then the phones in use first, the latest contact first.
                    all.sort(Comparator.comparing((Device d) -> TeamViewModel.fold(d.ownerName()))
                            .thenComparing(Device::state)
                            .thenComparing(Device::lastContactAt, Comparator.nullsLast(Comparator.reverseOrder())));
                    apply();
                },
                this::failed);
    }

    /** The device of that id as last read, if it is still listed. */
    public java.util.Optional<Device> find(UUID id) {
        return all.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** Revokes a device: its token stops working at once. */
    public void revoke(Device device) {
        act(
                () -> {
                    server.revoke(device.id());
                    return device;
                },
                "admin.device.revokedNow");
    }

    /** A lost phone: revoked, and asked to erase everything at its next contact. */
    public void wipe(Device device) {
        act(() -> server.wipe(device.id()), "admin.device.wipeAskedNow");
    }

    private void act(java.util.concurrent.Callable<Device> work, String said) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        notice.set("");
        background.run(
                work,
                device -> {
                    busy.set(false);
                    notice.set(words.get(said, words.deviceName(device), device.ownerName()));
                    load();
                },
                this::failed);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        error.set(words.failure(failure));
    }

    private void apply() {
        String wanted = TeamViewModel.fold(search.get());
        List<Device> shown = all.stream()
                .filter(d -> state.get().keeps(d.state()))
                .filter(d ->
                        wanted.isEmpty() || TeamViewModel.fold(d.ownerName()).contains(wanted))
                .toList();
        visible.setAll(shown);
        summary.set(words.get("admin.devices.count", shown.size()));
    }

    /** "Camille Martin · Conseil en insertion", then "Pixel 7 · dernier contact il y a 3 jours", then its state. */
    public String owner(Device d) {
        return d.ownerName() + " · " + words.role(d.ownerRole());
    }

    public String line(Device d) {
        return words.deviceName(d) + " · " + words.lastContact(d.lastContactAt()) + " · " + words.deviceState(d);
    }

    public ObservableList<Device> visible() {
        return visible;
    }

    public StringProperty searchProperty() {
        return search;
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

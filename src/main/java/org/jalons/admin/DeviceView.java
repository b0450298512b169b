package org.jalons.admin;

import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.jalons.admin.TeamServer.Device;
import org.jalons.admin.TeamServer.DeviceState;
import org.jalons.ui.Components;
import org.jalons.ui.Confirm;
import org.jalons.ui.View;

/**
 * One device: its owner, model, pairing, last contact and state; revoke it, or, for a lost phone, revoke it and
 * have it erase everything at its next contact (each after a confirmation saying plainly what happens).
 */
public final class DeviceView implements View {
    private final AdminWords words;
    private final Node root;

    /** Shows the device {@code id} as {@code model} last read it, and again after each reading. */
    public DeviceView(DevicesViewModel model, UUID id) {
        this.words = model.words();
        var m = words.messages();
        Label owner = Components.text("", "admin-detail-title");
        owner.setId("device-owner");
        Label name = Components.text("", "admin-detail-line");
        name.setId("device-name");
        Label contact = Components.text("", "admin-detail-line");
        contact.setId("device-contact");
        Label paired = Components.text("", "admin-detail-line");
        Label state = Components.text("", "admin-detail-line");
        state.setId("device-state");
        Button revoke = new Button(m.get("admin.device.revoke"));
        revoke.setId("device-revoke");
        revoke.setWrapText(true);
        revoke.setMaxWidth(Double.MAX_VALUE);
        Button wipe = new Button(m.get("admin.device.wipe"));
        wipe.setId("device-wipe");
        wipe.getStyleClass().add("danger");
        wipe.setWrapText(true);
        wipe.setMaxWidth(Double.MAX_VALUE);
        revoke.disableProperty().bind(model.busyProperty());
        wipe.disableProperty().bind(model.busyProperty());
        revoke.setOnAction(e -> model.find(id)
                .ifPresent(d -> Confirm.ask(
                        m.get("admin.device.revoke"),
                        m.get("admin.device.revoke.confirm", words.deviceName(d), d.ownerName()),
                        m.get("admin.device.revoke.body"),
                        m.get("admin.device.revoke.yes"),
                        m.get("admin.cancel"),
                        () -> model.revoke(d))));
        wipe.setOnAction(e -> model.find(id)
                .ifPresent(d -> Confirm.ask(
                        m.get("admin.device.wipe"),
                        m.get("admin.device.wipe.confirm", words.deviceName(d), d.ownerName()),
                        m.get("admin.device.wipe.body"),
                        m.get("admin.device.wipe.yes"),
                        m.get("admin.cancel"),
                        () -> model.wipe(d))));
        Runnable show = () -> {
            Device d = model.find(id).orElse(null);
            owner.setText(d == null ? m.get("admin.device.notFound") : model.owner(d));
            name.setText(d == null ? "" : words.deviceName(d));
            contact.setText(d == null ? "" : words.lastContact(d.lastContactAt()));
            paired.setText(d == null ? "" : m.get("admin.device.pairedOn", words.date(d.pairedAt())));
            state.setText(d == null ? "" : words.deviceState(d));
            boolean usable = d != null && d.state() == DeviceState.ACTIVE;
            boolean wipeable = d != null && (usable || d.state() == DeviceState.REVOKED);
            revoke.setVisible(usable);
            revoke.setManaged(usable);
            wipe.setVisible(wipeable);
            wipe.setManaged(wipeable);
        };
        javafx.collections.ListChangeListener<Device> shown = c -> show.run();
        model.visible().addListener(new javafx.collections.WeakListChangeListener<>(shown));
        show.run();
        VBox content = new VBox(
                10,
                owner,
                name,
                paired,
                contact,
                state,
                Components.busy(model.busyProperty(), m.get("admin.busy")),
                Components.message(model.errorProperty(), "message-error"),
                Components.message(model.noticeProperty(), "message-info"),
                revoke,
                wipe);
        content.setId("admin-device");
        root = Components.screen(content);
        // The list holds its listener weakly (the detail is replaced each time a line is chosen): the screen keeps it.
        root.getProperties().put(DeviceView.class, shown);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return words.get("admin.device.title");
    }

    @Override
    public List<Node> headerActions() {
        return List.of();
    }
}

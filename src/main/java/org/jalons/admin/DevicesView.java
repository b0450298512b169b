package org.jalons.admin;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.jalons.admin.TeamServer.Device;
import org.jalons.ui.Components;
import org.jalons.ui.View;

/**
 * Every device of the organisation: searched by owner, filtered by state; each line its owner and role, then its
 * model, last contact and state; a line opens the device (revoke, or a lost phone's revoke-and-erase).
 */
public final class DevicesView implements View {
    private final AdminWords words;
    private final VBox root;

    public DevicesView(DevicesViewModel model, Consumer<Device> open) {
        this.words = model.words();
        var m = words.messages();
        Label summary = Components.text("", "summary");
        summary.setId("devices-summary");
        summary.textProperty().bind(model.summaryProperty());
        root = new VBox(
                8,
                AdminLists.search("devices-search", m.get("admin.devices.search"), model.searchProperty()),
                AdminLists.filters(
                        DevicesViewModel.StateFilter.values(),
                        "devices-state",
                        AdminLists.words(m, "admin.devices.state"),
                        model.stateProperty()),
                Components.busy(model.busyProperty(), m.get("admin.busy")),
                Components.message(model.errorProperty(), "message-error"),
                Components.message(model.noticeProperty(), "message-info"),
                summary,
                AdminLists.list(
                        "devices-list",
                        model.visible(),
                        model::owner,
                        model::line,
                        m.get("admin.devices.empty"),
                        open));
        root.setId("admin-devices");
        root.getStyleClass().addAll("screen", "list-screen");
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return words.get("admin.devices.title");
    }

    @Override
    public List<Node> headerActions() {
        return List.of();
    }
}

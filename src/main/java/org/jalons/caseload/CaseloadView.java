package org.jalons.caseload;

import java.time.ZoneId;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import atlantafx.base.controls.CustomTextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jalons.i18n.Messages;
import org.jalons.storage.CaseloadRow;
import org.jalons.ui.Components;
import org.jalons.ui.Icons;
import org.jalons.ui.View;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The counsellor's home: a search field over a virtualized list of the people followed. */
public final class CaseloadView implements View {
    private final Messages messages;
    private final Node root;
    private final Runnable onLock;

    public CaseloadView(CaseloadViewModel model, Messages messages, ZoneId zone, String counsellorName,
                        Runnable onLock) {
        this.messages = messages;
        this.onLock = onLock;
        CustomTextField search = new CustomTextField();
        search.setId("caseload-search");
        search.setPromptText(messages.get("caseload.search"));
        search.setAccessibleText(messages.get("caseload.search"));
        search.setLeft(Icons.icon(Material2MZ.SEARCH, 20));
        search.textProperty().bindBidirectional(model.searchProperty());

        ListView<CaseloadRow> list = new ListView<>(model.visibleRows());
        list.setId("caseload");
        list.setCellFactory(v -> new CaseloadCell(messages, zone));
        list.getStyleClass().add("caseload-list");
        Label placeholder = Components.text("", "empty-text");
        placeholder.textProperty().bind(model.placeholderText());
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);

        Label summary = Components.text("", "summary");
        summary.textProperty().bind(model.summaryText());
        VBox content = new VBox(8, Components.text(messages.get("caseload.hello", counsellorName), "lead"),
                search, summary, Components.message(model.errorProperty(), "message-error"), list);
        content.getStyleClass().addAll("screen", "list-screen");
        root = content;
        model.load();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return messages.get("caseload.title");
    }

    @Override
    public List<Node> headerActions() {
        var lock = Icons.iconButton(Material2AL.LOCK, messages.get("nav.lock"), onLock);
        lock.setId("lock");
        return List.of(lock);
    }
}

package org.jalons.admin;

import java.time.ZoneId;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.jalons.i18n.Messages;
import org.jalons.ui.Components;
import org.jalons.ui.View;

/**
 * One audit line in full: who (name, role), what, about what and whom, from which device, when; and "this person's
 * lines". Beside the list on a wide window, its own screen on a phone. Ids: {@code audit-line-detail},
 * {@code audit-line-person}.
 */
public final class AuditLineView implements View {
    private final Messages messages;
    private final Node root;

    public AuditLineView(Messages messages, AuditLine line, ZoneId zone, Consumer<String> showPerson) {
        this.messages = messages;
        VBox content = new VBox(12);
        content.setId("audit-line-detail");
        content.getChildren().add(Components.text(AuditWords.action(messages, line.action()), "section-title"));
        row(content, "who", AuditWords.who(messages, line));
        String kind = AuditWords.kind(messages, line.kind());
        if (!kind.isEmpty()) {
            row(content, "kind", kind);
        }
        if (!line.personId().isBlank()) {
            row(content, "person", messages.get("admin.audit.aPerson"));
        }
        row(content, "device", AuditWords.device(messages, line));
        row(content, "when", AuditWords.when(messages, line, zone));
        if (!line.personId().isBlank()) {
            Button person = new Button(messages.get("admin.audit.personLines"));
            person.setId("audit-line-person");
            person.setWrapText(true);
            person.setMaxWidth(Double.MAX_VALUE);
            person.setOnAction(e -> showPerson.accept(line.personId()));
            content.getChildren().add(person);
        }
        root = Components.screen(content);
    }

    private void row(VBox content, String field, String value) {
        content.getChildren()
                .add(new VBox(
                        2,
                        Components.text(messages.get("admin.audit.field." + field), "field-label"),
                        Components.text(value)));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return messages.get("admin.audit.line.title");
    }
}

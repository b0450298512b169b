package org.jalons.export;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.jalons.i18n.Messages;
import org.jalons.ui.Components;
import org.jalons.ui.Icons;
import org.jalons.ui.View;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Take my parcours away: a readable PDF, the complete file, and bringing such a file into this phone. */
public final class ExportView implements View {
    private final Messages messages;
    private final Node root;

    public ExportView(ExportViewModel model) {
        this.messages = model.messages();
        Button pdf = button(
                "export-pdf", messages.get("export.pdf"), Icons.icon(Material2MZ.PICTURE_AS_PDF, 20), model::sharePdf);
        pdf.getStyleClass().add("primary-button");
        Button json =
                button("export-json", messages.get("export.json"), Icons.icon(Material2AL.CODE, 20), model::shareJson);
        json.getStyleClass().add("secondary-button");
        pdf.setDisable(!model.hasPerson());
        json.setDisable(!model.hasPerson());
        Button importButton = button(
                "import-json",
                messages.get("import.button"),
                Icons.icon(Material2AL.FILE_UPLOAD, 20),
                model::chooseAndImport);
        importButton.getStyleClass().add("secondary-button");

        VBox report = new VBox(4);
        report.setId("import-report");
        model.reportLines().addListener((ListChangeListener<String>) c -> report.getChildren()
                .setAll(model.reportLines().stream()
                        .map(line -> (Node) Components.text(line, "report-line"))
                        .toList()));
        Label message = Components.message(model.messageProperty(), "message-info");
        message.setId("export-message");
        Label error = Components.message(model.errorProperty(), "message-error");
        error.setId("export-error");

        VBox exportCard = new VBox(
                10,
                Components.text(messages.get("export.heading"), "card-title"),
                Components.text(messages.get("export.intro"), "lead"),
                pdf,
                Components.text(messages.get("export.pdfHint"), "row-detail"),
                json,
                Components.text(messages.get("export.jsonHint"), "row-detail"));
        exportCard.getStyleClass().addAll("card", "export-card");
        VBox importCard = new VBox(
                10,
                Components.text(messages.get("import.heading"), "card-title"),
                Components.text(messages.get("import.intro"), "row-detail"),
                importButton);
        importCard.getStyleClass().addAll("card", "export-card");
        VBox content = new VBox(
                12,
                exportCard,
                Components.busy(model.busyProperty(), messages.get("export.working")),
                message,
                error,
                report,
                importCard);
        root = Components.screen(content);
    }

    private static Button button(String id, String text, Node icon, Runnable action) {
        Button b = new Button(text, icon);
        b.setId(id);
        b.setWrapText(true);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setOnAction(e -> action.run());
        return b;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return messages.get("export.title");
    }
}

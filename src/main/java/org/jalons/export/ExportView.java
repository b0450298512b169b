package org.jalons.export;

import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.jalons.ui.Components;
import org.jalons.ui.EasyRead;
import org.jalons.ui.Icons;
import org.jalons.ui.View;
import org.jalons.ui.kit.Snackbar;
import org.jalons.ui.kit.Switch;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** Take my parcours away: a readable PDF, the complete file, and bringing such a file into this phone. */
public final class ExportView implements View {
    private final EasyRead texts;
    private final boolean ownPhone;
    private final Node root;

    public ExportView(ExportViewModel model, EasyRead texts) {
        this.texts = texts;
        this.ownPhone = model.ownPhone();
        Button pdf = button(
                "export-pdf",
                either(texts.get("export.pdf"), texts.get("export.pdf.file")),
                Icons.icon(Material2MZ.PICTURE_AS_PDF, 20),
                model::sharePdf);
        pdf.getStyleClass().add("primary-button");
        Button json = button(
                "export-json",
                either(texts.get("export.json"), texts.get("export.json.file")),
                Icons.icon(Material2AL.CODE, 20),
                model::shareJson);
        json.getStyleClass().add("secondary-button");
        pdf.setDisable(!model.hasPerson());
        json.setDisable(!model.hasPerson());
        Button importButton = button(
                "import-json",
                texts.get("import.button"),
                Icons.icon(Material2AL.FILE_UPLOAD, 20),
                model::chooseAndImport);
        importButton.getStyleClass().add("secondary-button");

        VBox report = new VBox(4);
        report.setId("import-report");
        model.reportLines().addListener((ListChangeListener<String>) c -> report.getChildren()
                .setAll(model.reportLines().stream()
                        .map(line -> (Node) Components.text(line, "report-line"))
                        .toList()));
        // "File … ready" and "… imported" are said by a snackbar at the bottom, not inline under the buttons.
        model.messageProperty().addListener((obs, was, now) -> {
            if (!now.isEmpty()) {
                Snackbar.show(now);
            }
        });
        Label error = Components.message(model.errorProperty(), "message-error");
        error.setId("export-error");

        VBox exportCard = new VBox(
                10,
                Components.text(either(texts.get("export.heading"), texts.get("export.heading.file")), "card-title"),
                Components.text(either(texts.get("export.intro"), texts.get("export.intro.file")), "lead"),
                pdf,
                Components.text(either(texts.get("export.pdfHint"), texts.get("export.pdfHint.file")), "row-detail"),
                json,
                Components.text(either(texts.get("export.jsonHint"), texts.get("export.jsonHint.file")), "row-detail"));
        exportCard.getStyleClass().addAll("card", "export-card");
        VBox importCard = new VBox(
                10,
                Components.text(texts.get("import.heading"), "card-title"),
                Components.text(texts.get("import.intro"), "row-detail"),
                importButton);
        importCard.getStyleClass().addAll("card", "export-card");
        VBox content = new VBox(
                12,
                exportCard,
                monographCard(model, texts),
                Components.busy(model.busyProperty(), texts.get("export.working")),
                error,
                report,
                importCard);
        root = texts.enlarge(Components.screen(content));
    }

    /**
     * The «récit de parcours»: on a counsellor's phone with the person's consent (said, with its day, or its absence
     * said instead of the button), on the person's own phone at any time; pseudonymised on request.
     */
    private static VBox monographCard(ExportViewModel model, EasyRead texts) {
        boolean own = model.ownPhone();
        VBox card = new VBox(
                10,
                Components.text(texts.get("monograph.heading"), "card-title"),
                Components.text(texts.get(own ? "monograph.intro.own" : "monograph.intro"), "row-detail"));
        card.setId("monograph-card");
        card.getStyleClass().addAll("card", "export-card");
        if (!model.canMakeMonograph()) {
            Label missing = Components.text(
                    texts.get(model.hasPerson() ? "monograph.noConsent" : "export.noPerson"), "row-detail");
            missing.setId("monograph-no-consent");
            card.getChildren().add(missing);
            return card;
        }
        if (!own) { // the person's own récit needs no consent of theirs
            model.monographConsent()
                    .ifPresent(day -> card.getChildren()
                            .add(Components.text(
                                    texts.get(
                                            "monograph.consented",
                                            org.jalons.ui.kit.DateFormats.longDate(
                                                    day, model.messages().locale())),
                                    "row-detail")));
        }
        Switch pseudonymised = new Switch(texts.get("monograph.pseudonymise"));
        pseudonymised.setId("monograph-pseudonymise");
        Button make = button(
                "monograph-pdf",
                texts.get("monograph.pdf"),
                Icons.icon(Material2MZ.PICTURE_AS_PDF, 20),
                () -> model.shareMonograph(pseudonymised.isSelected()));
        make.getStyleClass().add("secondary-button");
        card.getChildren()
                .addAll(pseudonymised, Components.text(texts.get("monograph.pseudonymiseHint"), "row-detail"), make);
        return card;
    }

    /**
     * A text of the screen as the person reads it on their own phone ("mon parcours"), or as their counsellor does
     * on a file ("son parcours", a copy to hand to the person). Both keys are written out, so that the texts' checks
     * find them.
     */
    private String either(String own, String file) {
        return ownPhone ? own : file;
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
        return either(texts.get("export.title"), texts.get("export.title.file"));
    }
}

package org.jalons.syncui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.jalons.ui.Components;
import org.jalons.ui.EasyRead;
import org.jalons.ui.View;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Shows a one-time pairing code as a QR code and as text, for the person's phone to scan or type; in easy-read
 * words, with a pictogram on the button, when that mode is on.
 */
public final class PairingCodeView implements View {
    static final int QR_SIZE = 240;
    private final EasyRead texts;
    private final Node root;

    public PairingCodeView(PairingCodeViewModel model, EasyRead texts) {
        this.texts = texts;
        Node people = people(model);
        Button issue = texts.pictogram(new Button(texts.get("sync.pairingCode.issue")), Material2MZ.QR_CODE_2);
        issue.setId("issue-code");
        issue.getStyleClass().add("accent");
        issue.setMaxWidth(Double.MAX_VALUE);
        issue.disableProperty()
                .bind(model.busyProperty().or(new javafx.beans.property.SimpleBooleanProperty(!model.canIssue())));
        issue.setOnAction(e -> model.issue());

        VBox shown = PairingCodePanel.of(
                texts.get("sync.pairingCode.qr"),
                texts.get("sync.pairingCode.orType"),
                model.codeProperty(),
                model.linkProperty(),
                model.expiresProperty());

        VBox content = new VBox(
                12,
                Components.text(texts.get("sync.pairingCode.intro"), "lead"),
                Components.field(texts.get("sync.pairingCode.person"), people, model.errorProperty()),
                Components.text(texts.get("sync.pairingCode.personHint"), "hint"),
                Components.busy(model.busyProperty(), texts.get("sync.pairingCode.busy")),
                issue,
                shown);
        root = texts.enlarge(Components.screen(content));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return texts.get("sync.pairingCode.title");
    }

    /**
     * The caseload as one tappable line per person, in the screen's own scroll (a list that scrolls inside a
     * scrolling screen is a second scroll bar, and at large text it shows one name at a time).
     */
    private Node people(PairingCodeViewModel model) {
        VBox lines = new VBox(4);
        lines.setId("pairing-people");
        lines.setAccessibleText(texts.get("sync.pairingCode.person"));
        if (model.people().isEmpty()) {
            lines.getChildren().add(Components.text(texts.get("sync.pairingCode.noPeople"), "hint"));
        }
        ToggleGroup group = new ToggleGroup();
        int n = 0;
        for (PairingCodeViewModel.Person person : model.people()) {
            ToggleButton line = texts.pictogram(new ToggleButton(person.name()), Material2MZ.PERSON);
            line.setId("pairing-person-" + n++);
            line.getStyleClass().add("choice-line");
            line.setMaxWidth(Double.MAX_VALUE);
            line.setWrapText(true);
            line.setAlignment(Pos.CENTER_LEFT);
            line.setToggleGroup(group);
            line.setSelected(person.equals(model.chosenProperty().get()));
            line.setOnAction(e -> model.chosenProperty().set(line.isSelected() ? person : null));
            lines.getChildren().add(line);
        }
        return lines;
    }
}

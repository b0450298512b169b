package org.jalons.visit.compose;

import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jalons.i18n.Messages;
import org.jalons.protocol.QuestionnaireDefinition;
import org.jalons.ui.Components;
import org.jalons.ui.Confirm;
import org.jalons.ui.Icons;
import org.jalons.ui.View;
import org.jalons.ui.kit.Snackbar;
import org.jalons.visit.QuestionPictograms;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * One questionnaire's editor: title, intro, the scale's labels (plain and easy-read), the items (sentence, easy-read
 * sentence, pictogram; added, moved up or down, removed), then «Publier la version n», confirmed first with what a
 * new version means for the answers already given. Beside the list on a wide window, its own screen on a phone.
 */
public final class EditorView implements View {
    private final QuestionnaireDraft draft;
    private final ComposeModel model;
    private final Messages m;
    private final Runnable published;
    private final VBox items = new VBox(12);
    private final VBox points = new VBox(8);
    private final Node root;

    public EditorView(QuestionnaireDraft draft, ComposeModel model, Messages messages, Runnable published) {
        this.draft = draft;
        this.model = model;
        this.m = messages;
        this.published = published;
        items.setId("compose-items");
        points.setId("compose-points");
        Button addItem = action("compose-add-item", m.get("compose.item.add"), Material2AL.ADD);
        addItem.setOnAction(e -> {
            draft.addItem();
            drawItems();
        });
        Button addPoint = action("compose-add-point", m.get("compose.point.add"), Material2AL.ADD);
        addPoint.setOnAction(e -> {
            if (draft.points.size() < QuestionnaireDefinition.MAX_POINTS) {
                draft.points.add(new QuestionnaireDraft.Point(null));
                drawPoints();
            }
        });
        Button removePoint = action("compose-remove-point", m.get("compose.point.remove"), Material2MZ.REMOVE);
        removePoint.setOnAction(e -> {
            if (draft.points.size() > QuestionnaireDefinition.MIN_POINTS) {
                draft.points.remove(draft.points.size() - 1);
                drawPoints();
            }
        });
        Button publish = action("compose-publish", m.get("compose.publish", draft.nextVersion()), Material2MZ.PUBLISH);
        publish.getStyleClass().add("primary");
        publish.disableProperty().bind(model.busyProperty());
        publish.setOnAction(e -> confirm());
        var error = Components.message(model.errorProperty(), "error");
        error.setId("compose-error");
        VBox content = new VBox(
                12,
                Components.text(
                        draft.isNew()
                                ? m.get("compose.new.intro")
                                : m.get("compose.next.intro", draft.nextVersion() - 1, draft.nextVersion()),
                        "hint"),
                Components.field(m.get("compose.title"), field("compose-title", draft.title), Components.noError()),
                Components.field(m.get("compose.intro"), field("compose-intro", draft.intro), Components.noError()),
                Components.text(m.get("compose.scale"), "section-title"),
                points,
                new VBox(8, addPoint, removePoint),
                Components.text(m.get("compose.items"), "section-title"),
                items,
                addItem,
                Components.busy(model.busyProperty(), m.get("compose.publishing")),
                error,
                publish);
        content.getStyleClass().add("compose-editor");
        drawPoints();
        drawItems();
        root = Components.screen(content);
    }

    private void confirm() {
        String yes = m.get("compose.publish", draft.nextVersion());
        Confirm.ask(
                yes,
                yes,
                draft.isNew() ? m.get("compose.confirm.new") : m.get("compose.confirm.next", draft.nextVersion() - 1),
                yes,
                m.get("compose.cancel"),
                () -> model.publish(draft, () -> {
                    Snackbar.show(m.get("compose.published", draft.nextVersion()));
                    published.run();
                }));
    }

    private void drawPoints() {
        points.getChildren().clear();
        for (int i = 0; i < draft.points.size(); i++) {
            QuestionnaireDraft.Point point = draft.points.get(i);
            int n = i + 1;
            TextField label = field("compose-point-" + n, point.label);
            label.setPromptText(m.get("compose.point.label", n));
            TextField easy = field("compose-point-easy-" + n, point.easyLabel);
            easy.setPromptText(m.get("compose.point.easyLabel", n));
            VBox box = new VBox(4, Components.text(m.get("compose.point", n), "row-title"), label, easy);
            box.getStyleClass().add("compose-point");
            points.getChildren().add(box);
        }
    }

    private void drawItems() {
        items.getChildren().clear();
        for (int i = 0; i < draft.items.size(); i++) {
            items.getChildren().add(item(draft.items.get(i), i + 1));
        }
    }

    private Node item(QuestionnaireDraft.Item item, int n) {
        TextField text = field("compose-item-text-" + n, item.text);
        text.setPromptText(m.get("compose.item.text"));
        TextField easy = field("compose-item-easy-" + n, item.easyRead);
        easy.setPromptText(m.get("compose.item.easyText"));
        ComboBox<String> pictogram = new ComboBox<>();
        pictogram.setId("compose-item-pictogram-" + n);
        pictogram.getItems().setAll(QuestionnaireDefinition.PICTOGRAMS);
        pictogram.setValue(item.pictogram.get());
        pictogram.setMaxWidth(Double.MAX_VALUE);
        pictogram.setAccessibleText(m.get("compose.item.pictogram"));
        pictogram.setCellFactory(list -> new PictogramCell());
        pictogram.setButtonCell(new PictogramCell());
        pictogram.valueProperty().addListener((obs, was, now) -> item.pictogram.set(now));
        Button up = small("compose-item-up-" + n, m.get("compose.item.up"), Material2AL.ARROW_UPWARD);
        up.setDisable(n == 1);
        up.setOnAction(e -> {
            draft.move(item, -1);
            drawItems();
        });
        Button down = small("compose-item-down-" + n, m.get("compose.item.down"), Material2AL.ARROW_DOWNWARD);
        down.setDisable(n == draft.items.size());
        down.setOnAction(e -> {
            draft.move(item, 1);
            drawItems();
        });
        Button remove = small("compose-item-remove-" + n, m.get("compose.item.remove"), Material2AL.DELETE);
        remove.setDisable(draft.items.size() == 1);
        remove.setOnAction(e -> {
            draft.items.remove(item);
            drawItems();
        });
        // one under the other: at large text sizes three side by side would split their words
        VBox moves = new VBox(6, up, down, remove);
        VBox box = new VBox(
                6,
                Components.text(m.get("compose.item", n), "row-title"),
                text,
                easy,
                Components.field(m.get("compose.item.pictogram"), pictogram, Components.noError()),
                moves);
        box.getStyleClass().addAll("card", "compose-item");
        return box;
    }

    /** A pictogram and its name in words. */
    private final class PictogramCell extends ListCell<String> {
        @Override
        protected void updateItem(String name, boolean empty) {
            super.updateItem(name, empty);
            if (empty || name == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Ikon icon = QuestionPictograms.item(name);
            setText(m.get("compose.pictogram." + name));
            setGraphic(Icons.icon(icon, 24));
            setContentDisplay(ContentDisplay.LEFT);
        }
    }

    private TextField field(String id, StringProperty value) {
        TextField field = new TextField(value.get());
        field.setId(id);
        field.textProperty().addListener((obs, was, now) -> value.set(now));
        field.disableProperty().bind(model.busyProperty());
        return field;
    }

    private static Button action(String id, String text, Ikon icon) {
        Button b = new Button(text, Icons.icon(icon, 20));
        b.setId(id);
        b.setWrapText(true);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMinHeight(Button.USE_PREF_SIZE);
        HBox.setHgrow(b, Priority.ALWAYS);
        return b;
    }

    private static Button small(String id, String text, Ikon icon) {
        Button b = action(id, text, icon);
        b.setAccessibleText(text);
        return b;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return draft.isNew() ? m.get("compose.new") : draft.source.title(m.locale());
    }
}

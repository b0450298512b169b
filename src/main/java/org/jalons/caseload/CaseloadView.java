package org.jalons.caseload;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jalons.i18n.Messages;
import org.jalons.storage.CaseloadRow;
import org.jalons.ui.Components;
import org.jalons.ui.Icons;
import org.jalons.ui.View;
import org.jalons.ui.kit.TouchTarget;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The counsellor's home: a search field and quick filters over a virtualized list of the people followed;
 * tapping a person opens their file.
 */
public final class CaseloadView implements View {
    private final Messages messages;
    private final Node root;
    private final Runnable onLock;
    /** Files that are likely one person (created on two phones before a sync…), each with a way to merge them. */
    private final VBox likelySame = new VBox(8);

    public CaseloadView(
            CaseloadViewModel model, Messages messages, ZoneId zone, String counsellorName, Runnable onLock) {
        this(model, messages, zone, counsellorName, onLock, id -> {});
    }

    public CaseloadView(
            CaseloadViewModel model,
            Messages messages,
            ZoneId zone,
            String counsellorName,
            Runnable onLock,
            Consumer<UUID> onOpen) {
        this.messages = messages;
        this.onLock = onLock;
        CustomTextField search = new CustomTextField();
        search.setId("caseload-search");
        search.setPromptText(messages.get("caseload.search"));
        search.setAccessibleText(messages.get("caseload.search"));
        search.setLeft(Icons.icon(Material2MZ.SEARCH, 20));
        // Above a list that takes the rest of the screen: at large text sizes the list gives way, not the field.
        TouchTarget.keepTextHeight(search);
        search.textProperty().bindBidirectional(model.searchProperty());

        ListView<CaseloadRow> list = new ListView<>(model.visibleRows());
        list.setId("caseload");
        list.setCellFactory(v -> new CaseloadCell(messages, zone, model.clock()));
        list.getStyleClass().add("caseload-list");
        list.setAccessibleText(messages.get("caseload.listHint"));
        Label placeholder = Components.text("", "empty-text");
        placeholder.textProperty().bind(model.placeholderText());
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setOnMouseClicked(e -> {
            CaseloadRow row = list.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && row != null) {
                onOpen.accept(row.beneficiaryId());
            }
        });
        list.setOnKeyPressed(e -> {
            CaseloadRow row = list.getSelectionModel().getSelectedItem();
            if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) && row != null) {
                onOpen.accept(row.beneficiaryId());
                e.consume();
            }
        });

        Label summary = Components.text("", "summary");
        summary.textProperty().bind(model.summaryText());
        // The summary is in the base font, as the list's lines are in em of it.
        CaseloadCell.followFont(list, summary.fontProperty());
        Label hello = Components.text(messages.get("caseload.hello", counsellorName), "lead");
        // At large text sizes the greeting would take the room of a person's line: the app bar names the screen.
        hello.managedProperty().bind(summary.fontProperty().map(f -> f.getSize() < CaseloadCell.STACKED_FROM));
        hello.visibleProperty().bind(hello.managedProperty());
        VBox content = new VBox(
                8,
                hello,
                search,
                filters(model),
                summary,
                Components.message(model.errorProperty(), "message-error"),
                likelySame,
                list);
        likelySame.setId("caseload-likely-same");
        likelySame.managedProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(likelySame.getChildren()));
        content.getStyleClass().addAll("screen", "list-screen");
        root = content;
        model.load();
    }

    /** Flags each pair of files that are likely one person, above the list; "Comparer et fusionner" opens the pair. */
    public void showLikelySame(List<LikelyDuplicates.Pair> pairs, Consumer<LikelyDuplicates.Pair> compare) {
        likelySame.getChildren().clear();
        for (LikelyDuplicates.Pair pair : pairs) {
            javafx.scene.control.Button open = new javafx.scene.control.Button(messages.get("caseload.compare"));
            open.setId("compare-" + likelySame.getChildren().size());
            open.setWrapText(true);
            open.setMaxWidth(Double.MAX_VALUE);
            open.setOnAction(e -> compare.accept(pair));
            VBox flag = new VBox(
                    6,
                    Components.text(
                            messages.get("caseload.likelySame", pair.kept().displayName()), "likely-same-title"),
                    open);
            flag.getStyleClass().add("likely-same");
            likelySame.getChildren().add(flag);
        }
    }

    private HBox filters(CaseloadViewModel model) {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox();
        box.getStyleClass().add("caseload-filters");
        for (CaseloadFilter f : CaseloadFilter.values()) {
            ToggleButton b = new ToggleButton(messages.get("caseload.filter." + f.name()));
            b.setId("filter-" + f.name().toLowerCase(java.util.Locale.ROOT));
            b.setAccessibleText(messages.get("caseload.filter." + f.name()));
            b.setToggleGroup(group);
            b.setSelected(model.filterProperty().get() == f);
            b.setMaxWidth(Double.MAX_VALUE);
            // Three equal thirds, whatever the text size: their words shrink to fit, not their share of the row.
            b.setPrefWidth(0);
            b.setWrapText(true);
            HBox.setHgrow(b, Priority.ALWAYS);
            b.setOnAction(e -> {
                if (!b.isSelected()) {
                    b.setSelected(true); // one filter is always on, "Tous" included
                }
                model.filterProperty().set(f);
            });
            box.getChildren().add(b);
        }
        // At twice the text size "À surveiller" no longer fits its third: smaller words, never cut ones.
        org.jalons.ui.kit.WordFit.fit(
                box.getChildren().stream().map(n -> (ToggleButton) n).toList(), 0.6);
        box.getChildren().get(0).getStyleClass().add(Styles.LEFT_PILL);
        box.getChildren().get(1).getStyleClass().add(Styles.CENTER_PILL);
        box.getChildren().get(2).getStyleClass().add(Styles.RIGHT_PILL);
        return box;
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

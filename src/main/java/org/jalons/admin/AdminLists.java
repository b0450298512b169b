package org.jalons.admin;

import atlantafx.base.controls.CustomTextField;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jalons.i18n.Messages;
import org.jalons.ui.Icons;
import org.jalons.ui.kit.Flow;
import org.jalons.ui.kit.TouchTarget;
import org.kordamp.ikonli.material2.Material2MZ;

/** What the team's and the devices' lists share: a search field, a row of filters, two-line list items. */
final class AdminLists {
    private AdminLists() {}

    static CustomTextField search(String id, String prompt, StringProperty value) {
        CustomTextField search = new CustomTextField();
        search.setId(id);
        search.setPromptText(prompt);
        search.setAccessibleText(prompt);
        search.setLeft(Icons.icon(Material2MZ.SEARCH, 20));
        TouchTarget.keepTextHeight(search);
        search.textProperty().bindBidirectional(value);
        return search;
    }

    /** One toggle per choice, one always on, in a row that wraps; ids {@code <prefix>-<choice in lower case>}. */
    static <E extends Enum<E>> FlowPane filters(
            E[] choices, String idPrefix, Function<E, String> label, ObjectProperty<E> value) {
        ToggleGroup group = new ToggleGroup();
        FlowPane row = Flow.of(6, 6);
        row.getStyleClass().add("admin-filters");
        for (E choice : choices) {
            ToggleButton b = new ToggleButton(label.apply(choice));
            b.setId(idPrefix + "-"
                    + choice.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            b.setWrapText(true);
            b.setMinHeight(ToggleButton.USE_PREF_SIZE);
            b.setToggleGroup(group);
            b.setSelected(value.get() == choice);
            b.getStyleClass().add("admin-filter");
            b.setOnAction(e -> {
                if (!b.isSelected()) {
                    b.setSelected(true);
                }
                value.set(choice);
            });
            row.getChildren().add(b);
        }
        return row;
    }

    /** A list whose lines have a title and a detail line, both wrapping; choosing a line opens it. */
    static <T> ListView<T> list(
            String id,
            ObservableList<T> items,
            Function<T, String> title,
            Function<T, String> detail,
            String empty,
            Consumer<T> open) {
        ListView<T> list = new ListView<>(items);
        list.setId(id);
        list.getStyleClass().add("admin-list");
        Label placeholder = new Label(empty);
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("empty-text");
        list.setPlaceholder(placeholder);
        list.setCellFactory(v -> new Line<>(title, detail));
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setOnMouseClicked(e -> {
            T item = list.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && item != null) {
                open.accept(item);
            }
        });
        list.setOnKeyPressed(e -> {
            T item = list.getSelectionModel().getSelectedItem();
            if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) && item != null) {
                open.accept(item);
                e.consume();
            }
        });
        return list;
    }

    /**
     * A list line whose words wrap: as high as they need at the width the list gives the line. A cell's skin asks
     * its graphic's height for no width in particular, which is one line per label however long the words: the
     * line was then too short for words that wrap (a long detail, or any at twice the text size), and they spilled
     * over the next line.
     */
    abstract static class WrappingCell<T> extends ListCell<T> {
        @Override
        protected double computePrefHeight(double width) {
            double inner = (width > 0 ? width : getWidth()) - snappedLeftInset() - snappedRightInset();
            if (getGraphic() == null || inner <= 0) {
                return super.computePrefHeight(width);
            }
            return Math.max(
                    super.computePrefHeight(width),
                    snappedTopInset() + getGraphic().prefHeight(inner) + snappedBottomInset());
        }
    }

    /** A line: the title over its detail, wrapped to the list's width (a cell never widens the list). */
    private static final class Line<T> extends WrappingCell<T> {
        private final Function<T, String> title;
        private final Function<T, String> detail;
        private final Label top = new Label();
        private final Label bottom = new Label();
        private final VBox box = new VBox(2, top, bottom);

        Line(Function<T, String> title, Function<T, String> detail) {
            this.title = title;
            this.detail = detail;
            getStyleClass().add("admin-line");
            setPrefWidth(0);
            setText(null);
            top.getStyleClass().add("admin-line-title");
            bottom.getStyleClass().add("admin-line-detail");
            for (Label l : new Label[] {top, bottom}) {
                l.setWrapText(true);
                l.setMinWidth(0);
                l.setMinHeight(Label.USE_PREF_SIZE);
            }
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            top.setText(title.apply(item));
            bottom.setText(detail.apply(item));
            setAccessibleText(top.getText() + ". " + bottom.getText());
            setGraphic(box);
        }
    }

    /** The words of a choice: {@code <prefix>.<NAME>}. */
    static <E extends Enum<E>> Function<E, String> words(Messages m, String prefix) {
        return e -> m.get(prefix + "." + e.name());
    }
}

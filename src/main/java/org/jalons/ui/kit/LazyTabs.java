package org.jalons.ui.kit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Tabs whose content is built the first time the tab is shown, then kept: a screen with several long parts (a
 * person's file) shows its first tab without paying for the others. The strip wraps onto a second line rather
 * than cutting a label when the text is large. Ids: the strip {@code tabs}, each tab {@code tab-<id>}, the shown
 * content {@code tab-content}.
 */
public final class LazyTabs extends VBox {
    private final FlowPane strip = new FlowPane(4, 4);
    private final StackPane content = new StackPane();
    private final ToggleGroup group = new ToggleGroup();
    private final Map<String, Supplier<Node>> builders = new HashMap<>();
    private final Map<String, Node> built = new HashMap<>();
    private final List<String> order = new ArrayList<>();
    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper(this, "selected");

    public LazyTabs() {
        getStyleClass().add("lazy-tabs");
        strip.getStyleClass().add("tab-strip");
        strip.setId("tabs");
        strip.setAccessibleRole(AccessibleRole.TAB_PANE);
        content.getStyleClass().add("tab-content");
        content.setId("tab-content");
        getChildren().addAll(strip, content);
        setSpacing(12);
        setFillWidth(true);
    }

    /** Adds a tab; {@code build} runs on the screen's thread when the tab is first shown. The first tab is shown. */
    public LazyTabs add(String id, String label, Supplier<Node> build) {
        ToggleButton tab = new ToggleButton(label);
        tab.setId("tab-" + id);
        tab.setAccessibleRole(AccessibleRole.TAB_ITEM);
        tab.setAccessibleText(label);
        tab.setWrapText(true);
        tab.getStyleClass().add("tab-button");
        tab.setToggleGroup(group);
        tab.setOnAction(e -> select(id));
        strip.getChildren().add(tab);
        builders.put(id, build);
        order.add(id);
        if (order.size() == 1) {
            select(id);
        }
        return this;
    }

    /** Shows the tab {@code id}, building its content if it was never shown. */
    public void select(String id) {
        Supplier<Node> build = builders.get(id);
        if (build == null) {
            throw new IllegalArgumentException("No tab " + id);
        }
        Node node = built.computeIfAbsent(id, k -> build.get());
        content.getChildren().setAll(node);
        ToggleButton tab = (ToggleButton) strip.getChildren().get(order.indexOf(id));
        tab.setSelected(true); // a tapped selected tab stays selected: one tab is always shown
        selected.set(id);
    }

    /** Whether the tab's content was built (it is built once, when first shown). */
    public boolean isBuilt(String id) {
        return built.containsKey(id);
    }

    /** Drops every built content, e.g. when the data they show was read again; the shown tab is built anew. */
    public void rebuild() {
        built.clear();
        if (selected.get() != null) {
            select(selected.get());
        }
    }

    public ReadOnlyStringProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }
}

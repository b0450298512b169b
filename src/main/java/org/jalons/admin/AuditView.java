package org.jalons.admin;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.VBox;
import org.jalons.i18n.Messages;
import org.jalons.ui.ChoiceCard;
import org.jalons.ui.Components;
import org.jalons.ui.Icons;
import org.jalons.ui.View;
import org.jalons.ui.kit.DateField;
import org.jalons.ui.kit.ListDetail;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The audit viewer: filters (action, account, device, period; a person from a line), the lines newest first with
 * "more", the CSV export. A line opens beside the list on a wide window, on its own screen on a phone. Ids:
 * {@code audit-filter-action|user|device|from|to}, {@code audit-lines} (each {@code audit-line-<n>}, newest first), {@code audit-more}, {@code audit-export},
 * {@code audit-person-clear}.
 */
public final class AuditView implements View {
    private static final String ACTION_PREFIX = "admin.audit.action.";

    private final Messages messages;
    private final AuditViewModel model;
    private final ZoneId zone;
    private final Consumer<AuditLine> open;
    private final VBox list = new VBox(8);
    private final ListDetail listDetail;
    private final ListChangeListener<AuditLine> redraw = change -> redraw();

    /** @param open opens a line on its own screen (a phone) */
    public AuditView(Messages messages, AuditViewModel model, ZoneId zone, Consumer<AuditLine> open) {
        this.messages = messages;
        this.model = model;
        this.zone = zone;
        this.open = open;
        list.setId("audit-lines");
        VBox content = new VBox(12);
        content.setId("admin-audit");
        content.getChildren()
                .addAll(
                        filter("action", actions(), model.actionProperty()),
                        filter("user", model.users(), model.userProperty()),
                        filter("device", model.devices(), model.deviceProperty()),
                        period(),
                        personFilter(),
                        exportButton(),
                        Components.message(model.shareMessageProperty(), "message-info"),
                        Components.message(model.messageProperty(), "message-error"),
                        list,
                        Components.busy(model.loadingProperty(), messages.get("admin.audit.loading")),
                        moreButton());
        listDetail = new ListDetail(Components.screen(content), messages.get("admin.audit.chooseLine"));
        model.lines().addListener(redraw);
        redraw();
        model.open();
    }

    /** Every action this app has words for, from its texts (a test checks they cover every server action). */
    private List<AuditViewModel.Choice> actions() {
        List<AuditViewModel.Choice> choices = new ArrayList<>();
        for (ResourceBundle bundle : Messages.bundles(messages.locale())) {
            for (String key : Collections.list(bundle.getKeys())) {
                if (key.startsWith(ACTION_PREFIX) && !key.endsWith(".easy") && !key.endsWith(".other")) {
                    String code = key.substring(ACTION_PREFIX.length());
                    choices.add(new AuditViewModel.Choice(code, messages.get(key)));
                }
            }
        }
        choices.sort((a, b) -> a.label().compareToIgnoreCase(b.label()));
        return choices;
    }

    private Node filter(String id, List<AuditViewModel.Choice> choices, StringProperty value) {
        ComboBox<AuditViewModel.Choice> box = new ComboBox<>();
        box.setId("audit-filter-" + id);
        box.setMaxWidth(Double.MAX_VALUE);
        AuditViewModel.Choice any = new AuditViewModel.Choice("", messages.get("admin.audit.any"));
        Runnable fill = () -> {
            List<AuditViewModel.Choice> all = new ArrayList<>();
            all.add(any);
            all.addAll(choices);
            box.getItems().setAll(all);
            box.setValue(all.stream()
                    .filter(c -> c.value().equals(value.get()))
                    .findFirst()
                    .orElse(any));
        };
        fill.run();
        if (choices instanceof ObservableList<AuditViewModel.Choice> observed) {
            observed.addListener((ListChangeListener<AuditViewModel.Choice>) change -> fill.run());
        }
        box.valueProperty().addListener((obs, old, chosen) -> {
            String next = chosen == null ? "" : chosen.value();
            if (!next.equals(value.get())) {
                value.set(next);
                model.apply();
            }
        });
        return Components.field(messages.get("admin.audit.filter." + id), box, Components.noError());
    }

    private Node period() {
        DateField from = new DateField(messages::get, model.fromProperty().get());
        from.setId("audit-filter-from");
        DateField to = new DateField(messages::get, model.toProperty().get());
        to.setId("audit-filter-to");
        from.valueProperty().addListener((obs, old, day) -> {
            model.fromProperty().set(day);
            model.apply();
        });
        to.valueProperty().addListener((obs, old, day) -> {
            model.toProperty().set(day);
            model.apply();
        });
        return new VBox(
                8,
                Components.field(messages.get("admin.audit.filter.from"), from, from.refusalProperty()),
                Components.field(messages.get("admin.audit.filter.to"), to, to.refusalProperty()));
    }

    private Node personFilter() {
        Button clear = new Button(messages.get("admin.audit.person.clear"));
        clear.setId("audit-person-clear");
        clear.setWrapText(true);
        clear.setMaxWidth(Double.MAX_VALUE);
        clear.setOnAction(e -> model.showPerson(""));
        VBox box = new VBox(4, Components.text(messages.get("admin.audit.person.only"), "scope-hint"), clear);
        box.visibleProperty().bind(model.personProperty().isNotEmpty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Button exportButton() {
        Button export = new Button(messages.get("admin.audit.export"), Icons.icon(Material2MZ.SAVE_ALT, 20));
        export.setId("audit-export");
        export.setWrapText(true);
        export.setMaxWidth(Double.MAX_VALUE);
        export.setOnAction(e -> model.export());
        return export;
    }

    private Button moreButton() {
        Button more = new Button(messages.get("admin.audit.more"));
        more.setId("audit-more");
        more.setWrapText(true);
        more.setMaxWidth(Double.MAX_VALUE);
        more.visibleProperty()
                .bind(model.hasMoreProperty().and(model.loadingProperty().not()));
        more.managedProperty().bind(more.visibleProperty());
        more.setOnAction(e -> model.more());
        return more;
    }

    private void redraw() {
        List<Node> cards = new ArrayList<>();
        for (AuditLine line : model.lines()) {
            String about = AuditWords.kind(messages, line.kind());
            ChoiceCard card = new ChoiceCard(
                            Material2AL.HISTORY,
                            messages.get(
                                    "admin.audit.line",
                                    AuditWords.who(messages, line),
                                    AuditWords.action(messages, line.action())),
                            messages.get(
                                    about.isEmpty() ? "admin.audit.line.hint" : "admin.audit.line.hintAbout",
                                    AuditWords.when(messages, line, zone),
                                    AuditWords.device(messages, line),
                                    about))
                    .onAction(() -> choose(line));
            card.getStyleClass().add("audit-line");
            card.setId("audit-line-" + cards.size());
            card.setMaxWidth(Double.MAX_VALUE);
            cards.add(card);
        }
        list.getChildren().setAll(cards);
    }

    private void choose(AuditLine line) {
        model.chosenProperty().set(line);
        if (!listDetail.show(() -> new AuditLineView(messages, line, zone, model::showPerson).node())) {
            open.accept(line);
        }
    }

    @Override
    public Node node() {
        return listDetail;
    }

    @Override
    public String title() {
        return messages.get("admin.audit.title");
    }

    @Override
    public void dispose() {
        model.lines().removeListener(redraw);
    }
}

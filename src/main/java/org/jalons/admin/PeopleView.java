package org.jalons.admin;

import atlantafx.base.controls.CustomTextField;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jalons.admin.PeopleSource.Counsellor;
import org.jalons.admin.PeopleSource.Person;
import org.jalons.i18n.Messages;
import org.jalons.ui.Components;
import org.jalons.ui.Icons;
import org.jalons.ui.View;
import org.jalons.ui.kit.BottomSheet;
import org.jalons.ui.kit.Flow;
import org.jalons.ui.kit.TouchTarget;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The structure's people (admin): a search by name, filters by counsellor, by site and "without a counsellor", and
 * the list; a person opens beside it on a wide window, on their own screen on a phone. Ids: {@code people-search},
 * {@code people-list}, {@code people-by-counsellor}, {@code people-by-site}, {@code people-alone}.
 */
public final class PeopleView implements View {
    private final Messages messages;
    private final Node root;

    public PeopleView(PeopleViewModel model, Messages messages, Consumer<Person> open, Runnable retention) {
        this.messages = messages;
        CustomTextField search = new CustomTextField();
        search.setId("people-search");
        search.setPromptText(messages.get("admin.people.search"));
        search.setAccessibleText(messages.get("admin.people.search"));
        search.setLeft(Icons.icon(Material2MZ.SEARCH, 20));
        TouchTarget.keepTextHeight(search);
        search.textProperty().bindBidirectional(model.searchProperty());

        ListView<Person> list = new ListView<>(model.visible());
        list.setId("people-list");
        list.getStyleClass().add("people-list");
        list.setCellFactory(v -> new PersonCell(messages));
        list.setAccessibleText(messages.get("admin.people.title"));
        Label placeholder = Components.text("", "empty-text");
        placeholder
                .textProperty()
                .bind(Bindings.when(model.loadingProperty())
                        .then("")
                        .otherwise(Bindings.when(Bindings.isEmpty(model.all()))
                                .then(messages.get("admin.people.none"))
                                .otherwise(messages.get("admin.people.noneShown"))));
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setOnMouseClicked(e -> {
            Person p = list.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && p != null) {
                open.accept(p);
            }
        });
        list.setOnKeyPressed(e -> {
            Person p = list.getSelectionModel().getSelectedItem();
            if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) && p != null) {
                open.accept(p);
                e.consume();
            }
        });

        Label summary = Components.text("", "summary");
        summary.setId("people-summary");
        summary.textProperty().bind(model.summaryProperty());
        Button retentionButton =
                new Button(messages.get("admin.people.retention"), Icons.icon(Material2AL.EVENT_BUSY, 20));
        retentionButton.setId("people-retention");
        retentionButton.setWrapText(true);
        retentionButton.setMaxWidth(Double.MAX_VALUE);
        retentionButton.setOnAction(e -> retention.run());
        VBox content = new VBox(
                8,
                search,
                filters(model),
                Components.busy(model.loadingProperty(), messages.get("admin.people.loading")),
                Components.message(model.errorProperty(), "message-error"),
                summary,
                list,
                retentionButton);
        content.setId("admin-people");
        content.getStyleClass().addAll("screen", "list-screen");
        root = content;
    }

    private FlowPane filters(PeopleViewModel model) {
        Button byCounsellor = chooser(
                "people-by-counsellor",
                model.counsellorProperty(),
                c -> c == null ? messages.get("admin.people.anyCounsellor") : c.name(),
                () -> choose(
                        "people-counsellors",
                        messages.get("admin.people.chooseCounsellor"),
                        messages.get("admin.people.anyCounsellor"),
                        model.counsellors(),
                        Counsellor::name,
                        model.counsellorProperty()::set));
        Button bySite = chooser(
                "people-by-site",
                model.siteProperty(),
                s -> s == null ? messages.get("admin.people.anySite") : s,
                () -> choose(
                        "people-sites",
                        messages.get("admin.people.chooseSite"),
                        messages.get("admin.people.anySite"),
                        model.sites(),
                        s -> s,
                        model.siteProperty()::set));
        ToggleButton alone = new ToggleButton(messages.get("admin.people.alone"));
        alone.setId("people-alone");
        alone.setWrapText(true);
        alone.selectedProperty().bindBidirectional(model.withoutCounsellorProperty());
        return Flow.of(8, 8, byCounsellor, bySite, alone);
    }

    private static <T> Button chooser(
            String id, javafx.beans.value.ObservableValue<T> value, Function<T, String> words, Runnable onAction) {
        Button b = new Button();
        b.setId(id);
        b.setWrapText(true);
        b.setGraphic(Icons.icon(Material2AL.ARROW_DROP_DOWN, 20));
        b.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        b.textProperty().bind(Bindings.createStringBinding(() -> words.apply(value.getValue()), value));
        b.setOnAction(e -> onAction.run());
        return b;
    }

    /** A bottom sheet of choices, "all" first; choosing one closes it. */
    private <T> void choose(
            String id, String title, String all, List<T> options, Function<T, String> words, Consumer<T> chosen) {
        BottomSheet.choices(id, title, messages.get("admin.close"), all, options, null, words, chosen, null);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return messages.get("admin.people.title");
    }

    /** A person's line: the name, then their counsellors (or "without a counsellor") and their site. */
    static final class PersonCell extends AdminLists.WrappingCell<Person> {
        private final Messages messages;
        private final Label name = Components.text("", "person-name");
        private final Label detail = Components.text("", "person-detail");
        private final VBox box = new VBox(2, name, detail);

        PersonCell(Messages messages) {
            this.messages = messages;
            getStyleClass().add("people-cell");
            setPrefWidth(0);
            setText(null);
        }

        @Override
        protected void updateItem(Person person, boolean empty) {
            super.updateItem(person, empty);
            if (empty || person == null) {
                setGraphic(null);
                setAccessibleText(null);
                return;
            }
            name.setText(person.name());
            detail.setText(detail(messages, person));
            setGraphic(box);
            setAccessibleText(person.name() + ", " + detail.getText());
        }

        static String detail(Messages messages, Person person) {
            String who = person.counsellors().isEmpty()
                    ? messages.get("admin.people.noCounsellor")
                    : String.join(
                            ", ",
                            person.counsellors().stream().map(Counsellor::name).toList());
            return person.site() == null || person.site().isBlank() ? who : who + " · " + person.site();
        }
    }
}

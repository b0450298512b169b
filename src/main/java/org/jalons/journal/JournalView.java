package org.jalons.journal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jalons.domain.Goal;
import org.jalons.ui.Components;
import org.jalons.ui.Icons;
import org.jalons.ui.View;
import org.jalons.ui.kit.BottomSheet;
import org.jalons.ui.kit.Flow;
import org.jalons.ui.kit.ListDetail;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * A person's journal: two choosers (a kind, a goal) over the list of entries, newest first, by month. The list draws
 * only the lines in view, so five years of history open as fast as a week. An entry opens beside the list on a wide
 * window when it has no screen of its own, else on its own screen. Ids: {@code journal-kind}, {@code journal-goal},
 * {@code journal-list}.
 */
public final class JournalView implements View {
    /** Where an entry leads: its own screen, or its detail (beside the list when {@code beside} shows it). */
    public interface Opener {
        void open(JournalEntry entry, ListDetail beside);
    }

    private final JournalWords words;
    private final ListView<JournalRow> list;
    private final ListDetail root;
    private final String title;

    public JournalView(JournalViewModel model, JournalWords words, String title, Opener opener) {
        this.words = words;
        this.title = title;
        list = new ListView<>(model.rows());
        list.setId("journal-list");
        list.getStyleClass().add("journal-list");
        list.setAccessibleText(title);
        // The goals are known once the journal is read; cells ask for them as they draw.
        Consumer<JournalEntry> open = e -> opener.open(e, this.root());
        // A tap opens the entry of the line tapped (the cell's own, not whatever the list holds selected).
        list.setCellFactory(v -> {
            JournalCell cell = new JournalCell(words, () -> {
                Journal j = model.journalProperty().get();
                return j == null ? java.util.Map.of() : j.goals();
            });
            cell.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && cell.getItem() instanceof JournalRow.Entry row) {
                    open.accept(row.entry());
                }
            });
            return cell;
        });
        Label placeholder = Components.text("", "empty-text");
        placeholder.setWrapText(true);
        placeholder
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.loadingProperty().get()
                                        || model.journalProperty().get() == null
                                ? ""
                                : model.journalProperty().get().entries().isEmpty()
                                        ? t("journal.none")
                                        : t("journal.noneShown"),
                        model.loadingProperty(),
                        model.journalProperty()));
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);
        list.setOnKeyPressed(e -> {
            if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE)
                    && list.getSelectionModel().getSelectedItem() instanceof JournalRow.Entry row) {
                open.accept(row.entry());
                e.consume();
            }
        });
        VBox content = new VBox(8);
        if (words.forPerson()) {
            content.getChildren().add(Components.text(t("journal.my.intro"), "lead"));
        }
        content.getChildren()
                .addAll(
                        filters(model),
                        Components.busy(model.loadingProperty(), t("journal.loading")),
                        Components.message(model.errorProperty(), "message-error"),
                        list);
        content.setId("journal");
        content.getStyleClass().addAll("screen", "list-screen", "journal-screen");
        Node shown = words.forPerson() ? words.texts().apply(content) : content;
        root = new ListDetail(shown, t("journal.chooseEntry"));
        model.load();
    }

    private String t(String key, Object... args) {
        return words.texts().get(key, args);
    }

    private Node filters(JournalViewModel model) {
        Button byKind = chooser(
                "journal-kind",
                () -> {
                    JournalKind k = model.filterProperty().get().kind();
                    return k == null ? t("journal.filter.allKinds") : words.kind(k);
                },
                model,
                () -> choose(
                        "journal-kinds",
                        t("journal.filter.chooseKind"),
                        t("journal.filter.allKinds"),
                        List.of(JournalKind.values()),
                        k -> k.name().toLowerCase(Locale.ROOT),
                        words::kind,
                        model::showKind));
        Button byGoal = chooser(
                "journal-goal",
                () -> {
                    UUID g = model.filterProperty().get().goalId();
                    Goal goal = g == null || model.journalProperty().get() == null
                            ? null
                            : model.journalProperty().get().goals().get(g);
                    return goal == null ? t("journal.filter.allGoals") : goal.phrasing();
                },
                model,
                () -> choose(
                        "journal-goals",
                        t("journal.filter.chooseGoal"),
                        t("journal.filter.allGoals"),
                        model.journalProperty().get() == null
                                ? List.of()
                                : model.journalProperty().get().goalsByOpening(),
                        null,
                        Goal::phrasing,
                        g -> model.showGoal(g == null ? null : g.id())));
        return Flow.of(8, 8, byKind, byGoal);
    }

    private Button chooser(
            String id, java.util.function.Supplier<String> words, JournalViewModel model, Runnable onAction) {
        Button b = new Button();
        b.setId(id);
        b.setWrapText(true);
        b.setGraphic(Icons.icon(Material2AL.ARROW_DROP_DOWN, 20));
        b.setContentDisplay(ContentDisplay.RIGHT);
        b.textProperty()
                .bind(Bindings.createStringBinding(words::get, model.filterProperty(), model.journalProperty()));
        b.accessibleTextProperty().bind(b.textProperty());
        b.getStyleClass().add("journal-chooser");
        b.setOnAction(e -> onAction.run());
        return b;
    }

    /** A bottom sheet of choices, "all" first; choosing one closes it. Lines are {@code <id>-all}, {@code <id>-<n>}. */
    private <T> void choose(
            String id,
            String heading,
            String all,
            List<T> options,
            Function<T, String> idOf,
            Function<T, String> label,
            Consumer<T> chosen) {
        BottomSheet.choices(id, heading, t("journal.close"), all, options, idOf, label, chosen, null);
    }

    private ListDetail root() {
        return root;
    }

    /** The list (tests and the benchmark read it). */
    public ListView<JournalRow> list() {
        return list;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return title;
    }
}

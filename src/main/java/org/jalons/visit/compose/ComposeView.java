package org.jalons.visit.compose;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.layout.VBox;
import org.jalons.i18n.Messages;
import org.jalons.ui.Components;
import org.jalons.ui.Confirm;
import org.jalons.ui.Icons;
import org.jalons.ui.View;
import org.jalons.ui.kit.Fab;
import org.jalons.ui.kit.ListDetail;
import org.jalons.ui.kit.Snackbar;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The organisation's questionnaires, for an admin or a counsellor who composes them with the people: each with its
 * version and whether it was retired; a line opens its editor (its next version) beside the list on a wide window,
 * on its own screen on a phone; the floating button starts a new one. Composing needs the server: offline, the
 * error line says so.
 */
public final class ComposeView implements View {
    private final ComposeModel model;
    private final Messages m;
    private final Consumer<QuestionnaireDraft> openOnPhone;
    private final VBox lines = new VBox(8);
    private final ListDetail beside;
    private final Node root;

    public ComposeView(ComposeModel model, Messages messages, Consumer<QuestionnaireDraft> openOnPhone) {
        this.model = model;
        this.m = messages;
        this.openOnPhone = openOnPhone;
        lines.setId("compose-lines");
        var error = Components.message(model.errorProperty(), "error");
        error.setId("compose-list-error");
        VBox content = new VBox(
                12,
                Components.text(m.get("compose.intro.list"), "hint"),
                Components.busy(model.busyProperty(), m.get("compose.loading")),
                error,
                lines);
        beside = new ListDetail(Components.screen(content), m.get("compose.choose"));
        Fab add = new Fab(Material2AL.ADD, m.get("compose.new"), () -> open(QuestionnaireDraft.blank()));
        add.setId("compose-new");
        root = add.over(beside);
        model.lines().addListener((ListChangeListener<ComposeModel.Line>) c -> draw());
        draw();
        model.load();
    }

    private void draw() {
        lines.getChildren().clear();
        for (ComposeModel.Line line : model.lines()) {
            String title = line.last().title(m.locale());
            String hint = line.retired()
                    ? m.get("compose.line.retired", line.last().version())
                    : m.get(
                            "compose.line",
                            line.last().version(),
                            line.last().items().size());
            Button b = new Button(title + "\n" + hint, Icons.icon(Material2AL.ASSIGNMENT, 24));
            b.setId("compose-line-" + line.last().id());
            b.setWrapText(true);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setMinHeight(Button.USE_PREF_SIZE);
            b.setContentDisplay(ContentDisplay.LEFT);
            b.getStyleClass().add("compose-line");
            b.setDisable(line.retired());
            b.setOnAction(e -> open(QuestionnaireDraft.from(line.last())));
            lines.getChildren().add(b);
            if (!line.retired()) {
                Button retire = new Button(m.get("compose.retire"), Icons.icon(Material2MZ.REMOVE_CIRCLE_OUTLINE, 20));
                retire.setId("compose-retire-" + line.last().id());
                retire.setWrapText(true);
                retire.setMaxWidth(Double.MAX_VALUE);
                retire.setOnAction(e -> Confirm.ask(
                        m.get("compose.retire"),
                        m.get("compose.retire"),
                        m.get("compose.retire.body", title),
                        m.get("compose.retire"),
                        m.get("compose.cancel"),
                        () -> model.retire(line.last(), () -> Snackbar.show(m.get("compose.retired")))));
                lines.getChildren().add(retire);
            }
        }
    }

    /** Beside the list on a wide window; its own screen on a phone. */
    private void open(QuestionnaireDraft draft) {
        boolean shown = beside.show(() -> new EditorView(draft, model, m, this::closeDetail).node());
        if (!shown) {
            openOnPhone.accept(draft);
        }
    }

    private void closeDetail() {
        beside.show(() -> Components.text(m.get("compose.choose"), "empty-text"));
    }

    public ComposeModel model() {
        return model;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return m.get("compose.screen");
    }
}

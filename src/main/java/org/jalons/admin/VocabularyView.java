package org.jalons.admin;

import java.util.List;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jalons.i18n.Messages;
import org.jalons.ui.Components;
import org.jalons.ui.Confirm;
import org.jalons.ui.Icons;
import org.jalons.ui.View;
import org.jalons.ui.kit.BottomSheet;
import org.jalons.ui.kit.ListDetail;
import org.jalons.ui.kit.Overlay;
import org.jalons.ui.kit.Snackbar;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The organisation's sites and goal themes: the list, then the free texts found in the records with how many use
 * each; a line's detail beside the list on a wide window, in a sheet on a phone. An admin adds, renames, merges and
 * retires terms and adopts free texts; what moves the statistics (merge, adopt, count as, retire) is confirmed first.
 */
public final class VocabularyView implements View {
    private final Messages m;
    private final VocabularyModel model;
    private final VBox lines = new VBox(8);
    private final ListDetail beside;
    private final Node root;
    private Overlay.Layer sheet;

    public VocabularyView(Messages messages, VocabularyModel model) {
        this.m = messages;
        this.model = model;
        lines.setId("vocab-lines");
        VBox content = new VBox(
                12,
                Components.text(m.get("admin.vocabulary.intro"), "hint"),
                Components.busy(model.busyProperty(), m.get("admin.vocabulary.loading")),
                error(),
                lines);
        beside = new ListDetail(Components.screen(content), m.get("admin.vocabulary.choose"));
        root = beside;
        ListChangeListener<Object> redraw = c -> draw();
        model.terms().addListener(redraw);
        model.seen().addListener(redraw);
        draw();
        model.load();
    }

    private Node error() {
        var line = Components.message(model.errorProperty(), "error");
        line.setId("vocab-error");
        return line;
    }

    private void draw() {
        lines.getChildren().clear();
        for (VocabularyModel.Kind kind : VocabularyModel.Kind.values()) {
            lines.getChildren().add(Components.text(m.get("admin.vocabulary.kind." + kind.name()), "section-title"));
            for (VocabularyModel.Term term : model.terms()) {
                if (term.kind().equals(kind.name())) {
                    lines.getChildren().add(termLine(term));
                }
            }
            Button add = line(m.get("admin.vocabulary.add." + kind.name()), null, Material2AL.ADD);
            add.setId("vocab-add-" + kind.name());
            add.setOnAction(e -> open(m.get("admin.vocabulary.add." + kind.name()), () -> newTerm(kind)));
            lines.getChildren().add(add);
        }
        lines.getChildren().add(Components.text(m.get("admin.vocabulary.seen"), "section-title"));
        if (model.seen().isEmpty()) {
            lines.getChildren().add(Components.text(m.get("admin.vocabulary.seen.none"), "hint"));
        }
        int i = 0;
        for (VocabularyModel.Seen seen : model.seen()) {
            String counted = seen.countedAs() == null
                    ? m.get("admin.vocabulary.seen.free")
                    : m.get("admin.vocabulary.seen.countedAs", model.labelOf(seen.countedAs()));
            Button b = line(
                    m.get("admin.vocabulary.seen.text", seen.text()),
                    m.get("admin.vocabulary.seen.records", seen.records()) + " · "
                            + m.get("admin.vocabulary.kind." + seen.kind()) + " · " + counted,
                    Material2MZ.SHORT_TEXT);
            b.setId("vocab-seen-" + i++);
            b.setOnAction(e -> open(seen.text(), () -> seenDetail(seen)));
            lines.getChildren().add(b);
        }
    }

    private Node termLine(VocabularyModel.Term term) {
        String state = term.merged()
                ? m.get("admin.vocabulary.state.MERGED", model.labelOf(term.mergedInto()))
                : m.get("admin.vocabulary.state." + term.state());
        Button b = line(term.label(), state, term.merged() ? Material2MZ.MERGE_TYPE : Material2AL.LABEL);
        b.setId("vocab-term-" + term.code());
        b.setOnAction(e -> open(term.label(), () -> termDetail(term)));
        return b;
    }

    private static Button line(String title, String hint, org.kordamp.ikonli.Ikon icon) {
        Button b = new Button(hint == null ? title : title + "\n" + hint, Icons.icon(icon, 24));
        b.getStyleClass().add("vocab-line");
        b.setWrapText(true);
        b.setContentDisplay(ContentDisplay.LEFT);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMinHeight(Button.USE_PREF_SIZE);
        return b;
    }

    /** Beside the list on a wide window; in a sheet on a phone. */
    private void open(String title, Supplier<Node> detail) {
        if (!beside.show(() -> detailBox(title, detail.get()))) {
            sheet = new BottomSheet("vocab-sheet", title, m.get("admin.vocabulary.close")).show(detail.get());
        }
    }

    private static Node detailBox(String title, Node detail) {
        VBox box = new VBox(12, Components.text(title, "section-title"), detail);
        return Components.screen(box);
    }

    private void done(String said) {
        if (sheet != null) {
            sheet.close();
            sheet = null;
        }
        beside.show(() -> detailBox("", Components.text(said, "hint")));
        Snackbar.show(said);
    }

    // ---- the details ----

    private Node newTerm(VocabularyModel.Kind kind) {
        TextField label = field("vocab-new-label", "");
        TextField easy = field("vocab-new-easy", "");
        Button create = Components.submit(
                m.get("admin.vocabulary.create"),
                "vocab-create",
                model.busyProperty(),
                () -> model.add(kind, label.getText(), easy.getText(), () -> done(m.get("admin.vocabulary.added"))));
        return new VBox(
                12,
                Components.field(m.get("admin.vocabulary.label"), label, Components.noError()),
                Components.field(m.get("admin.vocabulary.easyLabel"), easy, Components.noError()),
                create,
                error());
    }

    private Node termDetail(VocabularyModel.Term term) {
        VBox box = new VBox(12);
        box.setId("vocab-detail");
        if (!term.texts().isEmpty()) {
            box.getChildren()
                    .add(Components.text(m.get("admin.vocabulary.texts", String.join(" · ", term.texts())), "hint"));
        }
        if (term.merged()) {
            box.getChildren()
                    .add(Components.text(
                            m.get("admin.vocabulary.state.MERGED", model.labelOf(term.mergedInto())), "hint"));
            return box;
        }
        TextField label = field("vocab-label", term.label());
        TextField easy = field("vocab-easy", term.easyLabel() == null ? "" : term.easyLabel());
        Button rename = Components.submit(
                m.get("admin.vocabulary.rename"),
                "vocab-rename",
                model.busyProperty(),
                () -> model.rename(
                        term.code(), label.getText(), easy.getText(), () -> done(m.get("admin.vocabulary.renamed"))));
        box.getChildren()
                .addAll(
                        Components.field(m.get("admin.vocabulary.label"), label, Components.noError()),
                        Components.field(m.get("admin.vocabulary.easyLabel"), easy, Components.noError()),
                        rename);
        List<VocabularyModel.Term> others = model.targets(term.kind()).stream()
                .filter(t -> !t.code().equals(term.code()))
                .toList();
        if (!others.isEmpty()) {
            ComboBox<VocabularyModel.Term> into = targets("vocab-merge-into", others);
            Button merge = action("vocab-merge", m.get("admin.vocabulary.merge"), Material2MZ.MERGE_TYPE);
            merge.disableProperty().bind(into.valueProperty().isNull().or(model.busyProperty()));
            merge.setOnAction(e -> Confirm.ask(
                    m.get("admin.vocabulary.merge"),
                    m.get(
                            "admin.vocabulary.merge.confirm",
                            term.label(),
                            into.getValue().label()),
                    m.get("admin.vocabulary.statsChange"),
                    m.get("admin.vocabulary.merge"),
                    m.get("admin.vocabulary.cancel"),
                    () -> model.merge(
                            term.code(), into.getValue().code(), () -> done(m.get("admin.vocabulary.merged")))));
            box.getChildren()
                    .addAll(Components.field(m.get("admin.vocabulary.mergeInto"), into, Components.noError()), merge);
        }
        if ("ACTIVE".equals(term.state())) {
            Button retire = action("vocab-retire", m.get("admin.vocabulary.retire"), Material2AL.ARCHIVE);
            retire.disableProperty().bind(model.busyProperty());
            retire.setOnAction(e -> Confirm.ask(
                    m.get("admin.vocabulary.retire"),
                    m.get("admin.vocabulary.retire.confirm", term.label()),
                    m.get("admin.vocabulary.retire.body"),
                    m.get("admin.vocabulary.retire"),
                    m.get("admin.vocabulary.cancel"),
                    () -> model.retire(term.code(), () -> done(m.get("admin.vocabulary.retired")))));
            box.getChildren().add(retire);
        }
        box.getChildren().add(error());
        return box;
    }

    private Node seenDetail(VocabularyModel.Seen seen) {
        VBox box = new VBox(12);
        box.setId("vocab-detail");
        box.getChildren().add(Components.text(m.get("admin.vocabulary.seen.records", seen.records()), "hint"));
        VocabularyModel.Kind kind = VocabularyModel.Kind.valueOf(seen.kind());
        if (seen.countedAs() == null) {
            Button adopt = action("vocab-adopt", m.get("admin.vocabulary.adopt"), Material2AL.ADD);
            adopt.disableProperty().bind(model.busyProperty());
            adopt.setOnAction(e -> Confirm.ask(
                    m.get("admin.vocabulary.adopt"),
                    m.get("admin.vocabulary.adopt.confirm", seen.text()),
                    m.get("admin.vocabulary.statsChange"),
                    m.get("admin.vocabulary.adopt"),
                    m.get("admin.vocabulary.cancel"),
                    () -> model.add(kind, seen.text(), null, () -> done(m.get("admin.vocabulary.added")))));
            box.getChildren().add(adopt);
        }
        List<VocabularyModel.Term> targets = model.targets(seen.kind()).stream()
                .filter(t -> !t.code().equals(seen.countedAs()))
                .toList();
        if (!targets.isEmpty()) {
            ComboBox<VocabularyModel.Term> as = targets("vocab-count-as", targets);
            Button count = action("vocab-count", m.get("admin.vocabulary.count"), Material2MZ.MERGE_TYPE);
            count.disableProperty().bind(as.valueProperty().isNull().or(model.busyProperty()));
            count.setOnAction(e -> Confirm.ask(
                    m.get("admin.vocabulary.count"),
                    m.get(
                            "admin.vocabulary.count.confirm",
                            seen.text(),
                            as.getValue().label()),
                    m.get("admin.vocabulary.statsChange"),
                    m.get("admin.vocabulary.count"),
                    m.get("admin.vocabulary.cancel"),
                    () -> model.countAs(
                            as.getValue().code(), seen.text(), () -> done(m.get("admin.vocabulary.counted")))));
            box.getChildren()
                    .addAll(Components.field(m.get("admin.vocabulary.countAs"), as, Components.noError()), count);
        }
        box.getChildren().add(error());
        return box;
    }

    private TextField field(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        field.disableProperty().bind(model.busyProperty());
        return field;
    }

    private ComboBox<VocabularyModel.Term> targets(String id, List<VocabularyModel.Term> terms) {
        ComboBox<VocabularyModel.Term> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(terms);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPromptText(m.get("form.choose"));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(VocabularyModel.Term term) {
                return term == null ? "" : term.label();
            }

            @Override
            public VocabularyModel.Term fromString(String s) {
                return null;
            }
        });
        return box;
    }

    private static Button action(String id, String text, org.kordamp.ikonli.Ikon icon) {
        Button b = new Button(text, Icons.icon(icon, 20));
        b.setId(id);
        b.setWrapText(true);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMinHeight(Button.USE_PREF_SIZE);
        return b;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return m.get("admin.section.vocabulary.title");
    }
}

package org.jalons.caseload;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jalons.i18n.Messages;
import org.jalons.ui.Components;
import org.jalons.ui.View;
import org.jalons.ui.kit.DateField;
import org.jalons.ui.kit.Snackbar;
import org.jalons.ui.kit.Switch;

/**
 * A form built from field specs. Leaving a field, choosing a value or leaving the screen commits: the draft is
 * kept and, when valid, the record is written. "Terminé" only goes back; nothing waits for it.
 */
public final class EditorView implements View {
    private final EditorModel<?> model;
    private final Messages messages;
    private final String title;
    private final Node root;
    private final Button finish;

    public EditorView(
            EditorModel<?> model,
            Messages messages,
            String titleKey,
            String idPrefix,
            List<FieldSpec> specs,
            List<Node> extra,
            Runnable done,
            Node... intro) {
        this.model = model;
        this.messages = messages;
        this.title = messages.get(titleKey);
        VBox content = new VBox(12, intro);
        for (FieldSpec spec : specs) {
            Node input = input(spec, idPrefix + "-" + spec.name());
            VBox field = Components.field(messages.get("form.field." + spec.name()), input, model.error(spec.name()));
            if (spec.showWhenField() != null) {
                StringProperty other = model.value(spec.showWhenField());
                field.visibleProperty()
                        .bind(javafx.beans.binding.Bindings.createBooleanBinding(
                                () -> spec.showWhen().test(other.get() == null ? "" : other.get()), other));
                field.managedProperty().bind(field.visibleProperty());
            }
            content.getChildren().add(field);
        }
        content.getChildren().addAll(extra);
        // "Enregistré", "Brouillon gardé…" and "Brouillon repris" are said by a snackbar; what to fix stays under each
        // field, and only a write that failed stays here, above the button.
        StringProperty failed = new javafx.beans.property.SimpleStringProperty("");
        model.stateProperty().addListener((obs, was, now) -> say(now, failed));
        Label state = Components.message(failed, "editor-state");
        state.setId("editor-state");
        finish = new Button(messages.get("editor.done"));
        finish.setId("done");
        finish.setDefaultButton(false);
        finish.setMaxWidth(Double.MAX_VALUE);
        finish.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        finish.setOnAction(
                e -> { // back once the record is written
                    if (!model.commit(done)) {
                        say(model.stateProperty().get(), failed); // said again: the same words as before
                    }
                });
        content.getChildren().addAll(state, finish);
        root = Components.screen(content);
    }

    /** Names the button that ends the form otherwise than "Terminé" (e.g. "Créer la personne"). */
    public EditorView finishWith(String text) {
        finish.setText(text);
        return this;
    }

    private void say(String state, StringProperty failed) {
        boolean failure = messages.get("error.unexpected").equals(state);
        failed.set(failure ? state : "");
        if (!failure && state != null && !state.isEmpty()) {
            Snackbar.show(state);
        }
    }

    private Node input(FieldSpec spec, String id) {
        StringProperty value = model.value(spec.name());
        if (spec.kind() == FieldSpec.Kind.TEXT && !spec.options().isEmpty()) {
            return suggested(spec, value, id);
        }
        Node node = switch (spec.kind()) {
            case TEXT, NUMBER -> text(new TextField(), value, spec);
            case AREA -> {
                TextArea area = new TextArea();
                area.setWrapText(true);
                area.setPrefRowCount(3);
                yield text(area, value, spec);
            }
            case CHOICE -> choice(spec, value);
            case DATE -> date(spec, value);
            case CHECKS -> checks(spec, value);
        };
        node.setId(id);
        return node;
    }

    private Node text(TextInputControl input, StringProperty value, FieldSpec spec) {
        input.textProperty().bindBidirectional(value);
        input.setAccessibleText(messages.get("form.field." + spec.name()));
        input.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                model.commit();
            }
        });
        if (input instanceof TextField field) {
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    model.commit();
                }
            });
        }
        return input;
    }

    /**
     * A text field with the suggestions under it, first in line (the organisation's sites): tapping one writes it in
     * the field; any other text can still be typed.
     */
    private Node suggested(FieldSpec spec, StringProperty value, String id) {
        TextField field = new TextField();
        Node input = text(field, value, spec);
        input.setId(id);
        FlowPane chips = new FlowPane(6, 6);
        chips.setId(id + "-suggestions");
        chips.getStyleClass().add("suggestions");
        int i = 0;
        for (String suggestion : spec.options().keySet()) {
            Button chip = new Button(suggestion);
            chip.setId(id + "-suggestion-" + i++);
            chip.getStyleClass().add("suggestion");
            chip.setWrapText(true);
            chip.setMinHeight(Button.USE_PREF_SIZE);
            chip.setOnAction(e -> {
                value.set(suggestion);
                model.commit();
            });
            chips.getChildren().add(chip);
        }
        VBox box = new VBox(6, input, chips);
        box.setId(id + "-box");
        return box;
    }

    private Node choice(FieldSpec spec, StringProperty value) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().setAll(spec.options().keySet());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : spec.options().getOrDefault(code, code);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPromptText(messages.get("form.choose"));
        box.setAccessibleText(messages.get("form.field." + spec.name()));
        box.setValue(value.get() == null || value.get().isEmpty() ? null : value.get());
        value.addListener((obs, old, now) -> box.setValue(now == null || now.isEmpty() ? null : now));
        box.valueProperty().addListener((obs, old, now) -> {
            String v = now == null ? "" : now;
            if (!v.equals(value.get())) {
                value.set(v);
                model.commit();
            }
        });
        return box;
    }

    private Node date(FieldSpec spec, StringProperty value) {
        DateField picker = new DateField(messages::get, parse(value.get()));
        picker.setAccessibleText(messages.get("form.field." + spec.name()));
        picker.valueProperty().addListener((obs, old, now) -> {
            String v = now == null ? "" : now.toString();
            if (!v.equals(value.get())) {
                value.set(v);
                model.commit();
            }
        });
        // A date the field cannot read is kept as typed and reported by the form, rather than silently dropped.
        picker.refusalProperty().addListener((obs, was, now) -> {
            if (!now.isEmpty()) {
                value.set(picker.getEditor().getText().strip());
                model.commit();
            }
        });
        return picker;
    }

    private static LocalDate parse(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Node checks(FieldSpec spec, StringProperty value) {
        VBox box = new VBox(4);
        Set<String> chosen = new LinkedHashSet<>(Arrays.asList(value.get().split(",")));
        chosen.remove("");
        List<Switch> all = new ArrayList<>();
        spec.options().forEach((code, label) -> {
            Switch c = new Switch(label);
            c.setSelected(chosen.contains(code));
            c.setOnAction(e -> {
                if (c.isSelected()) {
                    chosen.add(code);
                } else {
                    chosen.remove(code);
                }
                value.set(String.join(",", chosen));
                model.commit();
            });
            all.add(c);
        });
        box.getChildren().addAll(all);
        return box;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return title;
    }

    /** Leaving the screen (back, lock) commits too: nothing typed waits for a button. */
    @Override
    public void dispose() {
        try {
            model.commit();
        } catch (RuntimeException e) {
            // Locking closes the store before the screen goes: the draft of the last field left is already kept.
            org.slf4j.LoggerFactory.getLogger(EditorView.class).info("Editor left without a store: {}", e.toString());
        }
    }
}

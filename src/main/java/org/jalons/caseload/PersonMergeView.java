package org.jalons.caseload;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.jalons.domain.Term;
import org.jalons.domain.ValidationException;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.ContractType;
import org.jalons.protocol.Vocabulary.EducationLevel;
import org.jalons.ui.Background;
import org.jalons.ui.Components;
import org.jalons.ui.View;
import org.jalons.ui.kit.Snackbar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two files of one person side by side, a choice for each field that differs (free texts: both kept by default), and
 * "Fusionner". When both files hold what the person wrote themselves, it says why they cannot be merged here.
 */
final class PersonMergeView implements View {
    private static final Logger LOG = LoggerFactory.getLogger(PersonMergeView.class);

    private final Messages messages;
    private final Node root;

    /** @param whyNot the key of what is said when there is nothing to merge */
    PersonMergeView(
            Optional<PersonMerge> merge, String whyNot, Background background, Messages messages, Consumer<UUID> done) {
        this.messages = messages;
        VBox content = new VBox(12);
        content.setId("person-merge");
        if (merge.isEmpty()) {
            Label said = Components.text(messages.get(whyNot), "lead");
            said.setId("merge-not");
            content.getChildren().add(said);
            root = Components.screen(content);
            return;
        }
        PersonMerge m = merge.get();
        content.getChildren()
                .addAll(
                        Components.text(messages.get("merge.intro"), "lead"),
                        PersonComparison.of(
                                messages, messages.get("merge.kept"), m.kept(), messages.get("merge.other"), m.other()),
                        Components.text(messages.get("merge.eligibility"), "hint"));
        List<PersonMerge.Difference> differences = m.differences();
        content.getChildren()
                .add(Components.text(
                        messages.get(differences.isEmpty() ? "merge.noDifference" : "merge.differences"),
                        "section-title"));
        for (PersonMerge.Difference d : differences) {
            content.getChildren().add(choice(m, d));
        }
        StringProperty error = new SimpleStringProperty("");
        Button confirm = new Button(messages.get("merge.confirm"));
        confirm.setId("merge-confirm");
        confirm.setMaxWidth(Double.MAX_VALUE);
        confirm.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        confirm.setOnAction(e -> {
            confirm.setDisable(true);
            error.set("");
            background.run(
                    m::merge,
                    result -> {
                        Snackbar.show(messages.get("merge.done", result.moved()));
                        done.accept(result.kept());
                    },
                    failure -> {
                        confirm.setDisable(false);
                        if (failure instanceof ValidationException refused) {
                            error.set(String.join(
                                    " ",
                                    refused.violations().stream()
                                            .map(messages::violation)
                                            .toList()));
                        } else {
                            LOG.error("Two files could not be merged", failure);
                            error.set(messages.get("error.unexpected"));
                        }
                    });
        });
        content.getChildren().addAll(Components.message(error, "message-error"), confirm);
        root = Components.screen(content);
    }

    /** One field that differs: keep the kept file's value, take the other's, or (free texts) keep both. */
    private Node choice(PersonMerge m, PersonMerge.Difference d) {
        ToggleGroup group = new ToggleGroup();
        VBox box = new VBox(4, Components.text(messages.get("compare.field." + d.field()), "card-title"));
        box.setId("merge-" + d.field());
        box.getChildren()
                .add(option(
                        m,
                        d,
                        group,
                        PersonMerge.Side.KEPT,
                        messages.get("merge.keepKept", shown(d.field(), d.kept()))));
        box.getChildren()
                .add(option(
                        m,
                        d,
                        group,
                        PersonMerge.Side.OTHER,
                        messages.get("merge.takeOther", shown(d.field(), d.other()))));
        if (d.freeText()) {
            box.getChildren().add(option(m, d, group, PersonMerge.Side.BOTH, messages.get("merge.both")));
        }
        return box;
    }

    private static ToggleButton option(
            PersonMerge m, PersonMerge.Difference d, ToggleGroup group, PersonMerge.Side side, String text) {
        ToggleButton b = new ToggleButton(text);
        b.setId("merge-" + d.field() + "-" + side.name().toLowerCase(java.util.Locale.ROOT));
        b.setWrapText(true);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setToggleGroup(group);
        b.setSelected(m.choice(d.field()) == side);
        b.setOnAction(e -> {
            if (!b.isSelected()) {
                b.setSelected(true); // one choice is always on
            }
            m.choose(d.field(), side);
        });
        return b;
    }

    /** A field's value as the file shows it: a date, a label for a code, the text itself. */
    private String shown(String field, Object value) {
        if (value == null) {
            return messages.get("merge.empty");
        }
        String s = value.toString();
        return switch (field) {
            case "entryDate" -> Format.date(LocalDate.parse(s), messages);
            case "contractType" -> Format.term(Term.parse(ContractType.class, s), messages);
            case "educationLevel" -> Format.label(EducationLevel.valueOf(s), messages);
            default -> s;
        };
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return messages.get("merge.title");
    }
}

package org.jalons.goal;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jalons.beneficiary.FormWizard;
import org.jalons.beneficiary.MyForms;
import org.jalons.beneficiary.Pictograms;
import org.jalons.domain.OrgTerm;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.ui.Components;
import org.jalons.ui.EasyRead;
import org.jalons.ui.Icons;
import org.jalons.ui.View;
import org.jalons.ui.kit.WordFit;
import org.kordamp.ikonli.material2.Material2AL;

/** A goal of my own: a pictogram grid for the theme, then my words after "Je me sens capable de…". */
public final class NewGoalView implements View {
    private final EasyRead texts;
    private final Node root;

    public NewGoalView(NewGoalViewModel model, EasyRead texts, Runnable onSaved) {
        this.texts = texts;
        // Two per row, in HBoxes rather than a TilePane: long theme names wrap instead of being cut.
        VBox grid = new VBox(8);
        grid.setId("theme-grid");
        grid.getStyleClass().add("theme-grid");
        ToggleGroup group = new ToggleGroup();
        // the organisation's own themes first (their easy-read label, a flag), then the vocabulary's pictograms
        for (OrgTerm own : model.orgThemes()) {
            String code = GoalEditorModel.ORG + own.code();
            tile(grid, group, own.easyOrLabel(), Pictograms.theme(null), "theme-org-" + own.code(), model, code, () -> {
                model.chooseOrgTheme(own);
            });
        }
        for (GoalTheme theme : GoalTheme.values()) {
            String label = texts.label(theme); // easy-read: "Avoir confiance en moi", not the plain words
            tile(grid, group, label, Pictograms.theme(theme), "theme-" + theme.name(), model, theme.name(), () -> {
                model.chooseTheme(theme);
            });
        }
        // A long word ("administratives") in half the width at a large text size: every tile's words shrink alike.
        WordFit.fit(
                grid.getChildren().stream()
                        .flatMap(row -> ((HBox) row).getChildren().stream())
                        .map(ToggleButton.class::cast)
                        .toList(),
                0.6);
        Label themeError = Components.message(model.themeErrorProperty(), "field-error");
        themeError.setId("theme-error");

        TextField words = new TextField();
        words.setId("goal-words");
        words.textProperty().bindBidirectional(model.wordsProperty());
        words.setPromptText(texts.get("my.goal.example"));
        words.setAccessibleText(texts.messages().get("my.goal.opening"));
        VBox field = Components.field(texts.messages().get("my.goal.opening") + "…", words, model.wordsErrorProperty());
        field.getChildren().get(0).getStyleClass().add("my-opening");

        if (texts.isOn()) {
            // Easy-read: one question per screen.
            root = FormWizard.of(
                    model,
                    texts,
                    List.of(
                            new FormWizard.Page(Material2AL.FLAG, texts.get("my.goal.themeQuestion"), grid, themeError),
                            new FormWizard.Page(Material2AL.EDIT, texts.get("my.goal.wordsQuestion"), field)),
                    () -> model.save(onSaved));
            return;
        }
        var save = MyForms.save("save-goal", texts, model.busyProperty(), () -> model.save(onSaved));
        root = MyForms.screen(
                texts,
                save,
                model.errorProperty(),
                Components.text(texts.get("my.goal.themeQuestion"), "field-label", "my-question"),
                grid,
                themeError,
                Components.text(texts.get("my.goal.wordsQuestion"), "field-label", "my-question"),
                field);
    }

    /** One tile of the theme grid, two per row; selected while the model's theme is {@code value}. */
    private static void tile(
            VBox grid,
            ToggleGroup group,
            String label,
            org.kordamp.ikonli.Ikon icon,
            String id,
            NewGoalViewModel model,
            String value,
            Runnable choose) {
        ToggleButton b = new ToggleButton(label, Icons.icon(icon, 32));
        b.setId(id);
        b.setContentDisplay(ContentDisplay.TOP);
        b.setWrapText(true);
        b.setAccessibleText(label);
        b.setToggleGroup(group);
        b.getStyleClass().add("theme-button");
        b.setSelected(value.equals(model.themeProperty().get()));
        model.themeProperty().addListener((obs, was, now) -> b.setSelected(value.equals(now))); // a draft read
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMaxHeight(Double.MAX_VALUE);
        b.setMinHeight(ToggleButton.USE_PREF_SIZE);
        HBox.setHgrow(b, Priority.ALWAYS);
        b.setOnAction(e -> {
            b.setSelected(true);
            choose.run();
        });
        if (grid.getChildren().isEmpty()
                || ((HBox) grid.getChildren().get(grid.getChildren().size() - 1))
                                .getChildren()
                                .size()
                        == 2) {
            grid.getChildren().add(new HBox(8));
        }
        ((HBox) grid.getChildren().get(grid.getChildren().size() - 1))
                .getChildren()
                .add(b);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return texts.get("my.addGoal");
    }
}

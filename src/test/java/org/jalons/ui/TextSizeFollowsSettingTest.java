package org.jalons.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.css.CssParser;
import javafx.css.Rule;
import javafx.css.Selector;
import javafx.css.Stylesheet;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The text size setting scales the shell's body text; every text the stylesheet sizes (headings, intros, links,
 * chips, markers) must follow it, so at 200 % it is twice as large as at 100 %, wherever it is nested, and at
 * 100 % every size is the stylesheet's own.
 */
class TextSizeFollowsSettingTest extends FxRobot {
    private final DoubleProperty scale = new SimpleDoubleProperty(1);
    private VBox shell;
    private Scene scene;

    @BeforeEach
    void window() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            shell = new VBox();
            shell.getStyleClass().add("app-shell");
            // As the app does: the shell's body text, and the stylesheet, follow the setting.
            shell.styleProperty()
                    .bind(Bindings.createStringBinding(
                            () -> String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", 15 * scale.get()), scale));
            scene = new Scene(shell, 400, 800);
            Theme.apply(scene);
            Theme.followTextScale(scene, scale);
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void everySizedTextDoublesAtTwoHundredPercent() throws Exception {
        List<String> selectors = sizedSelectors();
        assertThat(selectors)
                .contains(".lead", ".screen-heading", ".choice-title", ".section-heading", ".chip", ".marker");
        List<Label> labels = WaitForAsyncUtils.asyncFx(() -> {
                    List<Label> built = new ArrayList<>();
                    for (String selector : selectors) {
                        built.add(labelMatching(shell, selector));
                    }
                    return built;
                })
                .get(10, TimeUnit.SECONDS);
        assertThat(notDoubling(selectors, labels)).isEmpty();
    }

    /** A chip in a hint, a link in a card…: nested sized texts double too, none shrinking or growing twice. */
    @Test
    void nestedSizedTextsDoubleTooAndKeepTheirSizeAtOneHundredPercent() throws Exception {
        List<String> selectors =
                sizedSelectors().stream().filter(s -> !s.contains(" ")).toList();
        List<String> pairs = new ArrayList<>();
        List<Label> labels = WaitForAsyncUtils.asyncFx(() -> {
                    List<Label> built = new ArrayList<>();
                    for (String outer : selectors) {
                        VBox container = new VBox();
                        container.getStyleClass().addAll(classesOf(outer));
                        shell.getChildren().add(container);
                        for (String inner : selectors) {
                            pairs.add(outer + " " + inner);
                            built.add(labelMatching(container, inner));
                        }
                    }
                    return built;
                })
                .get(30, TimeUnit.SECONDS);
        assertThat(scene.getStylesheets())
                .contains(Theme.class.getResource("jalons.css").toExternalForm());
        assertThat(notDoubling(pairs, labels)).isEmpty();
    }

    private List<String> notDoubling(List<String> selectors, List<Label> labels) throws Exception {
        double[] atBase = sizesAt(1, labels);
        double[] atDouble = sizesAt(2, labels);
        List<String> notFollowing = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            if (Math.abs(atDouble[i] / atBase[i] - 2) > 0.05) {
                notFollowing.add(selectors.get(i) + " " + atBase[i] + " px → " + atDouble[i] + " px");
            }
        }
        return notFollowing;
    }

    private double[] sizesAt(double textScale, List<Label> labels) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
                    scale.set(textScale);
                    shell.applyCss();
                    return labels.stream()
                            .mapToDouble(l -> l.getFont().getSize())
                            .toArray();
                })
                .get(60, TimeUnit.SECONDS); // thousands of labels restyled at once
    }

    /** A label inside containers carrying the selector's ancestor classes, carrying its own last classes. */
    private static Label labelMatching(Pane under, String selector) {
        Pane parent = under;
        String[] steps = selector.trim().split("\\s+");
        for (int i = 0; i < steps.length - 1; i++) {
            if (steps[i].equals(".app-shell")) {
                continue;
            }
            VBox ancestor = new VBox();
            ancestor.getStyleClass().addAll(classesOf(steps[i]));
            parent.getChildren().add(ancestor);
            parent = ancestor;
        }
        Label label = new Label("Texte");
        label.getStyleClass().addAll(classesOf(steps[steps.length - 1]));
        parent.getChildren().add(label);
        return label;
    }

    private static List<String> classesOf(String step) {
        return Arrays.stream(step.split("\\.")).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Every plain class selector (no pseudo-class, id or type) of a rule that sets a font size, apart from the
     * shell itself, whose size the setting replaces.
     */
    private static List<String> sizedSelectors() throws Exception {
        Stylesheet sheet = new CssParser().parse(Theme.class.getResource("jalons.css"));
        List<String> selectors = new ArrayList<>();
        for (Rule rule : sheet.getRules()) {
            boolean sizesText = rule.getDeclarations().stream()
                    .anyMatch(d -> d.getProperty().equals("-fx-font-size"));
            if (!sizesText) {
                continue;
            }
            for (Selector selector : rule.getSelectors()) {
                String text = selector.toString().replace("*", "");
                if (text.matches("(\\s*(\\.[a-z][a-z0-9-]*)+)+") && !text.equals(".app-shell")) {
                    selectors.add(text);
                }
            }
        }
        return selectors;
    }
}

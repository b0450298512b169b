package org.jalons.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.jalons.ui.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A title too large for its line shrinks until its longest word fits, or ends with "…": never a split word. */
class WordFitTest extends FxRobot {
    private VBox root;
    private Label title;
    private WordFit fit;

    @BeforeEach
    void window() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            title = new Label("La démonstration");
            title.setWrapText(true);
            title.setMaxWidth(Double.MAX_VALUE);
            title.setStyle("-fx-font-weight: bold;");
            root = new VBox(title);
            root.setFillWidth(true);
            root.setMaxWidth(200);
            root.setStyle("-fx-font-size: 15px;");
            Scene scene = new Scene(new VBox(root), 400, 600);
            Theme.apply(scene);
            stage.setScene(scene);
            stage.show();
            fit = WordFit.fit(List.of(title), 0.6);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private void textSize(double px, double width) throws Exception {
        fx(() -> {
            root.setMaxWidth(width);
            root.setStyle("-fx-font-size: " + px + "px;");
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents(4);
    }

    private double widestWord() throws Exception {
        return fx(() -> {
            double widest = 0;
            for (String word : title.getText().split(" ", -1)) {
                Text t = new Text(word);
                t.setFont(title.getFont());
                widest = Math.max(widest, t.getLayoutBounds().getWidth());
            }
            return widest;
        });
    }

    private String drawn() throws Exception {
        return fx(() -> ((Text) title.lookup(".text")).getText());
    }

    @Test
    void atANormalSizeTheTitleKeepsItsSize() throws Exception {
        textSize(15, 200);
        assertThat(fit.share()).isEqualTo(1);
        assertThat(title.getFont().getSize()).isEqualTo(15);
        assertThat(title.isWrapText()).isTrue();
        assertThat(drawn()).isEqualTo("La démonstration");
    }

    @Test
    void aWordTooWideForTheLineShrinksTheTextUntilItFitsWhole() throws Exception {
        textSize(32, 200);
        assertThat(fit.share()).isLessThan(1).isGreaterThanOrEqualTo(0.6);
        assertThat(title.getFont().getSize()).isLessThan(32).isGreaterThanOrEqualTo(32 * 0.6 - 0.1);
        assertThat(widestWord()).isLessThanOrEqualTo(title.getWidth());
        assertThat(title.isWrapText()).isTrue();
        assertThat(drawn()).isEqualTo("La démonstration");
        // It still follows the text size: back to a size that fits, the title is whole again.
        textSize(15, 200);
        assertThat(fit.share()).isEqualTo(1);
        assertThat(title.getFont().getSize()).isEqualTo(15);
    }

    @Test
    void belowTheFloorTheTitleEndsWithAnEllipsisOnOneLineRatherThanSplitAWord() throws Exception {
        textSize(40, 90);
        assertThat(fit.share()).isEqualTo(0.6);
        assertThat(title.isWrapText()).isFalse();
        assertThat(drawn()).endsWith(title.getEllipsisString()).doesNotContain("\n");
    }

    @Test
    void aLabelThatMayWrapIsNeverNarrowerThanItsLongestWord() throws Exception {
        double[] widths = fx(() -> {
            Label people = new Label("12 people");
            WordFit.neverSplitWords(people);
            Label figure = new Label("Figure that takes the rest of the row");
            figure.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(figure, people);
            row.setMaxWidth(120); // too narrow for both: the people label gives way
            root.getChildren().setAll(row);
            root.setStyle("-fx-font-size: 30px;");
            root.applyCss();
            root.layout();
            row.layout();
            Text word = new Text("people");
            word.setFont(people.getFont());
            return new double[] {people.getWidth(), word.getLayoutBounds().getWidth()};
        });
        assertThat(widths[0]).as("the label is at least as wide as 'people'").isGreaterThanOrEqualTo(widths[1]);
    }

    @Test
    void aLabelWithAPictogramBesideItsWordsKeepsRoomForBoth() throws Exception {
        double[] widths = fx(() -> {
            javafx.scene.layout.Region picture = new javafx.scene.layout.Region();
            picture.setPrefSize(24, 24);
            javafx.scene.control.ToggleButton stopped = new javafx.scene.control.ToggleButton("Arrêté", picture);
            stopped.setContentDisplay(javafx.scene.control.ContentDisplay.LEFT);
            WordFit.neverSplitWords(stopped);
            root.getChildren().setAll(stopped);
            root.setStyle("-fx-font-size: 30px;");
            root.applyCss();
            Text word = new Text("Arrêté");
            word.setFont(stopped.getFont());
            return new double[] {
                stopped.minWidth(-1),
                word.getLayoutBounds().getWidth()
                        + 24
                        + stopped.getGraphicTextGap()
                        + stopped.snappedLeftInset()
                        + stopped.snappedRightInset()
            };
        });
        assertThat(widths[0]).as("the word, the pictogram and the gap between").isGreaterThanOrEqualTo(widths[1]);
    }
}

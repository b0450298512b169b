package org.jalons.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.jalons.ui.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Two buttons side by side while their words fit half the line, one above the other when a word would split. */
class EqualColumnsTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    static void layout(Region root) {
        for (int pass = 0; pass < 3; pass++) {
            root.applyCss();
            root.layout();
        }
    }

    static double word(String word, Button b) {
        Text t = new Text(word);
        t.setFont(b.getFont());
        return t.getLayoutBounds().getWidth();
    }

    @Test
    void sideBySideWhileEveryWordFitsItsShareOneUnderTheOtherWhenNot() throws Exception {
        fx(() -> {
            Button previous = new Button("Précédent");
            Button next = new Button("Terminer la visite");
            for (Button b : new Button[] {previous, next}) {
                b.setMaxWidth(Double.MAX_VALUE);
                WordFit.neverSplitWords(b);
            }
            EqualColumns bar = new EqualColumns(12, 2, previous, next);
            VBox root = new VBox(bar);
            root.setStyle("-fx-font-size: 15px;");
            Scene scene = new Scene(root, 400, 400);
            Theme.apply(scene);
            layout(root);
            assertThat(bar.columns()).isEqualTo(2);
            assertThat(previous.getWidth()).isEqualTo(194).isEqualTo(next.getWidth());
            assertThat(next.getLayoutX()).isEqualTo(206);
            assertThat(next.getLayoutY()).isEqualTo(previous.getLayoutY());
            assertThat(next.getHeight()).as("a row's children share its height").isEqualTo(previous.getHeight());
            previous.setMinHeight(48);
            layout(root);
            assertThat(previous.getHeight())
                    .as("a child's minimum height holds")
                    .isEqualTo(48);
            assertThat(next.getHeight()).isEqualTo(48);

            // "Précédent" at 40 px is wider than half the line: the buttons stack, each the whole width.
            root.setStyle("-fx-font-size: 40px;");
            layout(root);
            assertThat(word("Précédent", previous)).isGreaterThan(194);
            assertThat(bar.columns()).isEqualTo(1);
            assertThat(previous.getWidth()).isEqualTo(400).isEqualTo(next.getWidth());
            assertThat(next.getLayoutY()).isGreaterThanOrEqualTo(previous.getLayoutY() + previous.getHeight());
            assertThat(bar.getHeight())
                    .as("the bar is as tall as both rows")
                    .isGreaterThanOrEqualTo(previous.getHeight() + 12 + next.getHeight());
            for (Button b : new Button[] {previous, next}) {
                for (String w : b.getText().split(" ", -1)) {
                    assertThat(word(w, b))
                            .as(w + " is whole on its line")
                            .isLessThanOrEqualTo(b.getWidth() - b.snappedLeftInset() - b.snappedRightInset());
                }
            }
            return null;
        });
    }
}

package org.jalons.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import org.jalons.ui.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A card's theme and status chip: at both ends of a line when they fit whole, the status below when not. */
class FlowTest {
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

    static double word(String word, Label l) {
        Text t = new Text(word);
        t.setFont(l.getFont());
        return t.getLayoutBounds().getWidth();
    }

    @Test
    void theEndSitsAtTheEndOfTheLineWhenBothFitAndGoesBelowRatherThanSplitAWord() throws Exception {
        fx(() -> {
            Label theme = new Label("Me déplacer");
            Label status = new Label("Réussi");
            FlowPane top = Flow.ends(8, theme, status);
            VBox root = new VBox(top);
            root.setStyle("-fx-font-size: 15px;");
            Scene scene = new Scene(root, 300, 400);
            Theme.apply(scene);
            layout(root);
            assertThat(status.getLayoutY()).as("one line").isLessThan(theme.getLayoutY() + theme.getHeight());
            assertThat(status.getLayoutX() + status.getWidth())
                    .as("the status ends the line")
                    .isCloseTo(300, org.assertj.core.data.Offset.offset(2.0));

            root.setStyle("-fx-font-size: 40px;");
            layout(root);
            assertThat(status.getLayoutY())
                    .as("the status goes under the theme")
                    .isGreaterThanOrEqualTo(theme.getLayoutY() + theme.getHeight());
            assertThat(theme.getWidth()).isGreaterThanOrEqualTo(word("déplacer", theme));
            assertThat(status.getWidth()).isGreaterThanOrEqualTo(word("Réussi", status));
            assertThat(top.getWidth()).as("never wider than its place").isLessThanOrEqualTo(300);
            return null;
        });
    }
}

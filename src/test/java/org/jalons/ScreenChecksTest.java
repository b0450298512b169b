package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The every-screen checks catch what they are for: here, a part wider than a phone's window. */
class ScreenChecksTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aRowWiderThanTheWindowIsNamedByThePartThatForcesItsWidth() throws Exception {
        List<String> found = WaitForAsyncUtils.asyncFx(() -> {
                    Label fits = new Label("Mon parcours");
                    Label wide = new Label("Une ligne qui ne passe pas à la ligne");
                    wide.setId("too-wide");
                    wide.setMinWidth(600);
                    VBox root = new VBox(fits, new HBox(wide));
                    new Scene(root, 360, 640); // a phone's window
                    root.applyCss();
                    root.layout();
                    return ScreenChecks.widerThanWindow("TEST", root);
                })
                .get(10, TimeUnit.SECONDS);

        assertThat(found).hasSize(1);
        assertThat(found.get(0)).contains("too-wide").contains("360 px wide");
    }

    @Test
    void aScreenThatFitsHasNothingWider() throws Exception {
        List<String> found = WaitForAsyncUtils.asyncFx(() -> {
                    Label label = new Label("Une phrase assez longue qui passe à la ligne quand il le faut");
                    label.setWrapText(true);
                    VBox root = new VBox(label);
                    new Scene(root, 360, 640); // a phone's window
                    root.applyCss();
                    root.layout();
                    return ScreenChecks.widerThanWindow("TEST", root);
                })
                .get(10, TimeUnit.SECONDS);

        assertThat(found).isEmpty();
    }
}

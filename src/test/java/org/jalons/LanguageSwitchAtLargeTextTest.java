package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import org.jalons.i18n.Language;
import org.jalons.ui.LanguageSwitch;
import org.jalons.ui.Theme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.material2.Material2AL;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The two language buttons at twice the easy-read text size on a phone: one under the other rather than side by
 * side with their names split ("Franç/ais", "Englis/h").
 */
class LanguageSwitchAtLargeTextTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theLanguagesStackRatherThanSplitTheirNames() throws Exception {
        List<String> split = WaitForAsyncUtils.asyncFx(() -> {
                    LanguageSwitch languages = new LanguageSwitch(Language.FRENCH, "Langue", language -> {})
                            .withPictogram(Material2AL.G_TRANSLATE);
                    VBox root = new VBox(languages);
                    root.getStyleClass().add("screen"); // a screen's buttons wrap their words at large sizes
                    root.setStyle("-fx-font-size: 36px; -fx-padding: 0 20 0 20;");
                    Scene scene = new Scene(root, 360, 640);
                    Theme.apply(scene);
                    root.applyCss();
                    root.layout();
                    List<String> found = new java.util.ArrayList<>(ScreenChecks.splitWords("SETTINGS", root));
                    found.addAll(ScreenChecks.widerThanWindow("SETTINGS", root));
                    return found;
                })
                .get(10, TimeUnit.SECONDS);

        assertThat(split).isEmpty();
    }
}

package org.jalons.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.jalons.ui.Screen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The bottom navigation: places, the current one marked, icons only when the labels no longer fit. */
class BottomNavTest {
    private static final List<BottomNav.Place> PLACES = List.of(
            new BottomNav.Place(Screen.COUNSELLOR_HOME, "people", "people", Material2MZ.PEOPLE),
            new BottomNav.Place(Screen.AGENDA, "agenda", "agenda", Material2AL.EVENT),
            new BottomNav.Place(Screen.SYNC, "sync", "sync", Material2MZ.SYNC),
            new BottomNav.Place(Screen.SETTINGS, "settings", "settings", Material2MZ.SETTINGS));

    private Stage stage;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private BottomNav shown(List<BottomNav.Place> tapped, double fontPx) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        BottomNav nav = fx(() -> {
            BottomNav bar = new BottomNav(key -> key.equals("nav.current") ? "page affichée" : label(key), tapped::add);
            bar.setStyle("-fx-font-size: " + fontPx + "px;");
            bar.show(PLACES, Screen.AGENDA);
            stage.setScene(new Scene(new BorderPane(null, null, null, bar, null), 400, 800));
            stage.show();
            return bar;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return nav;
    }

    private static String label(String key) {
        return switch (key) {
            case "people" -> "Personnes";
            case "agenda" -> "Agenda";
            case "sync" -> "Envoi";
            default -> "Réglages";
        };
    }

    @Test
    void everyPlaceIsShownWithItsLabelUnderItsIconAndTheCurrentOneIsMarked() throws Exception {
        List<BottomNav.Place> tapped = new ArrayList<>();
        BottomNav nav = shown(tapped, 15);
        fx(() -> {
            assertThat(nav.getChildren()).hasSize(4);
            Button agenda = (Button) nav.lookup("#place-agenda");
            Button people = (Button) nav.lookup("#place-people");
            assertThat(agenda.getStyleClass()).contains("current");
            assertThat(people.getStyleClass()).doesNotContain("current");
            assertThat(agenda.getAccessibleText()).isEqualTo("Agenda, page affichée");
            assertThat(people.getAccessibleText()).isEqualTo("Personnes");
            assertThat(nav.labelsShown()).isTrue();
            assertThat(people.getContentDisplay()).isEqualTo(ContentDisplay.TOP);
            assertThat(people.getHeight()).isGreaterThanOrEqualTo(48);
            people.fire();
            nav.show(PLACES, Screen.COUNSELLOR_HOME);
            assertThat(people.getStyleClass()).contains("current");
            assertThat(agenda.getStyleClass()).doesNotContain("current");
            return null;
        });
        assertThat(tapped).extracting(BottomNav.Place::screen).containsExactly(Screen.COUNSELLOR_HOME);
    }

    /** In easy-read a picture is not enough: at twice the text size every place keeps its words, whole. */
    @Test
    void inEasyReadEveryPlaceKeepsItsLabelUnderItsIconAtTwiceTheTextSize() throws Exception {
        BottomNav nav = shown(new ArrayList<>(), 30);
        fx(() -> {
            nav.setWordsAlways(true);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents(4);
        fx(() -> {
            assertThat(nav.labelsShown()).isTrue();
            for (var node : nav.getChildren()) {
                Button place = (Button) node;
                assertThat(place.getContentDisplay()).isEqualTo(ContentDisplay.TOP);
                javafx.scene.text.Text drawn = (javafx.scene.text.Text) place.lookup(".text");
                assertThat(drawn.getText()).isEqualTo(place.getText());
                // The longest word fits the place's width: not split over two lines.
                javafx.scene.text.Text word = new javafx.scene.text.Text(place.getText());
                word.setFont(place.getFont());
                assertThat(word.getLayoutBounds().getWidth())
                        .as(place.getText())
                        .isLessThanOrEqualTo(place.getWidth() - place.snappedLeftInset() - place.snappedRightInset());
                assertThat(place.getFont().getSize()).isGreaterThanOrEqualTo(30 * 0.87 * 0.5 - 0.1);
                assertThat(place.getHeight()).isGreaterThanOrEqualTo(48);
            }
            return null;
        });
    }

    @Test
    void atTwiceTheTextSizeTheLabelsThatNoLongerFitLeaveTheIconsAloneWithTheirAccessibleText() throws Exception {
        BottomNav nav = shown(new ArrayList<>(), 40);
        fx(() -> {
            assertThat(nav.labelsShown()).isFalse();
            Button people = (Button) nav.lookup("#place-people");
            assertThat(people.getContentDisplay()).isEqualTo(ContentDisplay.GRAPHIC_ONLY);
            assertThat(people.getAccessibleText()).isEqualTo("Personnes");
            assertThat(people.getHeight()).isGreaterThanOrEqualTo(48);
            return null;
        });
    }
}

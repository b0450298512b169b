package org.jalons.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.jalons.ui.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The kit's dialog, bottom sheet and snackbar, drawn in a window of their own like the app's. */
class KitTest extends FxRobot {
    private Overlay overlay;
    private Button below;
    private final List<String> done = new ArrayList<>();

    @BeforeEach
    void window() throws Exception {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            below = new Button("Sous la fenêtre");
            below.setId("below");
            overlay = new Overlay(new VBox(below));
            Scene scene = new Scene(overlay, 400, 800);
            Theme.apply(scene);
            stage.setScene(scene);
            stage.show();
            stage.toFront();
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

    private Overlay.Layer deleteQuestion() throws Exception {
        return fx(() -> Dialog.titled("Supprimer l’étape ?")
                .body("Elle disparaît de ce téléphone.")
                .answer("Supprimer", null, () -> done.add("yes"))
                .cancel("Garder", null, () -> done.add("no"))
                .destructive()
                .show(overlay));
    }

    @Test
    void aDestructiveQuestionIsDrawnInTheWindowWithItsAnswerInRedAndNeverTheDefault() throws Exception {
        int windows = fx(() -> Window.getWindows().size());
        deleteQuestion();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> Window.getWindows().size())).isEqualTo(windows);
        Node card = lookup("#confirm-dialog").query();
        assertThat(card.getScene()).isSameAs(overlay.getScene());
        assertThat(lookup(".scrim").tryQuery()).isPresent();
        Button yes = lookup("#confirm-yes").queryButton();
        Button no = lookup("#confirm-no").queryButton();
        assertThat(yes.getText()).isEqualTo("Supprimer");
        assertThat(yes.getStyleClass()).contains("dialog-destructive");
        assertThat(yes.isDefaultButton()).isFalse();
        assertThat(no.isDefaultButton()).isTrue();
        assertThat(card.getAccessibleText()).isEqualTo("Supprimer l’étape ?");
        assertThat(lookup("#confirm-dialog-body").queryAs(Label.class).getText())
                .isEqualTo("Elle disparaît de ce téléphone.");
        // The text follows the reading setting: 15 px at 100 %.
        assertThat(lookup("#confirm-dialog-body").queryAs(Label.class).getFont().getSize())
                .isEqualTo(15.0);

        // Escape (the phone's back key) is "no": nothing is deleted and the dialog is gone.
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(done).containsExactly("no");
        assertThat(lookup("#confirm-dialog").tryQuery()).isEmpty();
        assertThat(overlay.hasOpenLayer()).isFalse();
    }

    @Test
    void theAnswerRunsItsActionOnceAndClosesTheDialog() throws Exception {
        deleteQuestion();
        clickOn("#confirm-yes");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(done).containsExactly("yes");
        assertThat(lookup("#confirm-dialog").tryQuery()).isEmpty();
    }

    @Test
    void focusStaysInsideTheOpenDialog() throws Exception {
        deleteQuestion();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> overlay.getScene().getFocusOwner().getId())).isEqualTo("confirm-no");
        fx(() -> {
            below.requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> overlay.getScene().getFocusOwner().getId())).isEqualTo("confirm-no");
        press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> overlay.getScene().getFocusOwner().getId())).isEqualTo("confirm-yes");
        press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> overlay.getScene().getFocusOwner().getId())).isEqualTo("confirm-no");
    }

    @Test
    void inEasyReadTheDialogIsLargerAndEachAnswerHasItsPictogram() throws Exception {
        fx(() -> {
            overlay.easyReadProperty().set(true);
            overlay.textScaleProperty().set(2.0);
            return null;
        });
        deleteQuestion();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#confirm-dialog-body").queryAs(Label.class).getFont().getSize())
                .isEqualTo(15 * 2 * 1.25);
        assertThat(lookup("#confirm-yes").queryButton().getGraphic()).isNotNull();
        assertThat(lookup("#confirm-no").queryButton().getGraphic()).isNotNull();
        // Its words are whole at 200 %: the title wraps inside the card, which stays inside the window.
        Node card = lookup("#confirm-dialog").query();
        assertThat(card.getBoundsInParent().getWidth()).isLessThanOrEqualTo(400);
        Label title = lookup("#confirm-dialog-title").queryAs(Label.class);
        assertThat(title.getHeight()).isGreaterThanOrEqualTo(title.prefHeight(title.getWidth()) - 0.5);
    }

    /** A scroll thumb tells the eye there is more to read: it shows only when the words do not fit. */
    @Test
    void aShortDialogOrSheetShowsNoScrollThumbAtAnyTextSizeOrInEasyRead() throws Exception {
        for (boolean easy : new boolean[] {false, true}) {
            for (double scale : new double[] {1.0, 2.0}) {
                fx(() -> {
                    overlay.easyReadProperty().set(easy);
                    overlay.textScaleProperty().set(scale);
                    return null;
                });
                Overlay.Layer dialog = deleteQuestion();
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(scrollThumbs("#confirm-dialog"))
                        .as("dialog, easy-read %s, text at %s", easy, scale)
                        .isZero();
                fx(() -> {
                    dialog.close();
                    return new BottomSheet("help", "À quoi sert cet écran ?", "Fermer")
                            .show(overlay, new Label("Ici, je vois mes objectifs."));
                });
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(scrollThumbs("#help"))
                        .as("sheet, easy-read %s, text at %s", easy, scale)
                        .isZero();
                clickOn("#help-close");
                WaitForAsyncUtils.waitForFxEvents();
            }
        }
    }

    private long scrollThumbs(String panel) {
        return lookup(panel + " .scroll-bar").queryAll().stream()
                .filter(b -> b instanceof javafx.scene.control.ScrollBar bar
                        && bar.getOrientation() == javafx.geometry.Orientation.VERTICAL
                        && bar.isVisible())
                .count();
    }

    @Test
    void aBottomSheetRisesFromTheBottomAndClosesByItsButton() throws Exception {
        fx(() -> new BottomSheet("help", "À quoi sert cet écran ?", "Fermer")
                .show(overlay, new Label("Ici, je vois mes objectifs.")));
        WaitForAsyncUtils.waitForFxEvents();
        Node sheet = lookup("#help").query();
        assertThat(sheet.localToScene(sheet.getLayoutBounds()).getMaxY())
                .isCloseTo(800, org.assertj.core.data.Offset.offset(1.0));
        assertThat(lookup("#help-title").queryAs(Label.class).getText()).isEqualTo("À quoi sert cet écran ?");
        clickOn("#help-close");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#help").tryQuery()).isEmpty();
    }

    @Test
    void aSheetWithALongTextAt200PercentKeepsItsActionAndItsCloseButtonInTheWindow() throws Exception {
        fx(() -> {
            overlay.textScaleProperty().set(2.0);
            Button act = new Button("Effacer ce téléphone");
            act.setId("sheet-act");
            return new BottomSheet("long", "Code oublié", "Fermer")
                    .actions(act)
                    .show(overlay, new Label("Une phrase assez longue pour passer à la ligne. ".repeat(40)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : new String[] {"#sheet-act", "#long-close", "#long-title"}) {
            Node n = lookup(id).query();
            var b = n.localToScene(n.getLayoutBounds());
            assertThat(b.getMinY()).as(id).isGreaterThanOrEqualTo(0);
            assertThat(b.getMaxY()).as(id).isLessThanOrEqualTo(800);
        }
    }

    @Test
    void aSnackbarShowsOneMessageAtATimeAndItsUndoRunsOnce() throws Exception {
        fx(() -> {
            Snackbar.of(overlay).say("Premier", null, null);
            Snackbar.of(overlay).say("Étape supprimée", "Annuler", () -> done.add("undo"));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#snackbar-text").queryAs(Label.class).getText()).isEqualTo("Étape supprimée");
        assertThat(lookup("#snackbar").query().getAccessibleText()).isEqualTo("Étape supprimée Annuler");
        Node bar = lookup("#snackbar").query();
        assertThat(bar.localToScene(bar.getLayoutBounds()).getMaxY()).isLessThan(800);
        clickOn("#snackbar-action");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(done).containsExactly("undo");
        assertThat(bar.isVisible()).isFalse();
    }

    @Test
    void aSnackbarHidesItselfButNotWhileItHasTheFocus() throws Exception {
        fx(() -> {
            Snackbar.of(overlay).say("C’est fait.", null, null);
            return null;
        });
        Node bar = lookup("#snackbar").query();
        WaitForAsyncUtils.waitFor(
                (long) Snackbar.SHORT.toMillis() + 3000, TimeUnit.MILLISECONDS, () -> !bar.isVisible());

        fx(() -> {
            Snackbar.of(overlay).say("Étape supprimée", "Annuler", () -> done.add("undo"));
            lookup("#snackbar-action").query().requestFocus();
            return null;
        });
        Thread.sleep((long) Snackbar.LONG.toMillis() + 1000);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bar.isVisible()).isTrue();
        fx(() -> {
            below.requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitFor(
                (long) Snackbar.LONG.toMillis() + 3000, TimeUnit.MILLISECONDS, () -> !bar.isVisible());
        assertThat(done).isEmpty();
    }
}

package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.jalons.i18n.Language;
import org.jalons.i18n.LanguageSetting;
import org.jalons.ui.DisplayPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The caseload on a small phone (360 × 800) at twice the text size: a person's line stays a short list item, so
 * that the three people of the demo organisation show at once, whole, and no word of their lines is cut.
 */
class CaseloadAtLargeTextAppTest extends RealAppTest {
    @TempDir
    Path home;

    @AfterEach
    void stop() throws Exception {
        stopApp();
    }

    @Test
    void atTwiceTheTextSizeThreePeopleShowWholeOnASmallPhone() throws Exception {
        showCaseload(false);
        assertThat(peopleShownWhole()).hasSize(3);
    }

    /**
     * In easy-read the lines are the same; the sync bar above the screen is taller (its pictograms carry words),
     * so the list has less room: it is filled with whole lines, none cut at its foot.
     */
    @Test
    void atTwiceTheTextSizeInEasyReadTheLinesAreAsShortAndFillTheList() throws Exception {
        showCaseload(true);
        List<Node> whole = peopleShownWhole();
        ListView<?> list = lookup("#caseload").queryListView();
        int room = (int) Math.floor((list.getHeight() - 2) / list.getFixedCellSize());
        assertThat(whole).hasSize(Math.min(3, room)).isNotEmpty();
    }

    private void showCaseload(boolean easyRead) throws Exception {
        new LanguageSetting(home).save(Language.FRENCH);
        DisplayPreferences display = new DisplayPreferences(home);
        display.easyReadProperty().set(easyRead);
        display.textScaleProperty().set(2.0);
        startApp(home);
        // The cards are long at this size: they are chosen as a screen reader would, without scrolling to them.
        choose("#discover-demo");
        choose("#demo-counsellor");
        // Making the demo organisation takes a while on a busy machine.
        WaitForAsyncUtils.waitFor(
                60, TimeUnit.SECONDS, () -> lookup("#caseload").tryQuery().isPresent());
        waitFor("#caseload");
        ListView<?> list = lookup("#caseload").queryListView();
        waitUntil(() -> list.getItems().size() == 3);
        Stage stage = (Stage) list.getScene().getWindow();
        interact(() -> {
            stage.setWidth(360);
            stage.setHeight(800);
        });
        waitUntil(() -> list.getScene().getWidth() == 360);
    }

    private void choose(String card) {
        waitFor(card);
        interact(() -> lookup(card).query().executeAccessibleAction(javafx.scene.AccessibleAction.FIRE));
    }

    /** The people whose line shows whole above the bottom bar, after checking the line's height and cut texts. */
    private List<Node> peopleShownWhole() throws Exception {
        ListView<?> list = lookup("#caseload").queryListView();
        // The line's height: a name over a row of chips, about three times the base font (30 px), no more.
        assertThat(list.getFixedCellSize()).as("a person's line").isLessThanOrEqualTo(3.2 * 30);
        Bounds listBounds = list.localToScene(list.getLayoutBounds());
        Node nav = lookup("#bottom-nav").query();
        double bottom = Math.min(
                listBounds.getMaxY(), nav.localToScene(nav.getLayoutBounds()).getMinY());
        List<Node> whole = lookup(".caseload-cell").queryAll().stream()
                .filter(c -> ((javafx.scene.control.ListCell<?>) c).getItem() != null && c.isVisible())
                .filter(c -> {
                    Bounds b = c.localToScene(c.getLayoutBounds());
                    return b.getMinY() >= listBounds.getMinY() - 0.5 && b.getMaxY() <= bottom + 0.5;
                })
                .toList();
        Parent root = list.getScene().getRoot();
        assertThat(WaitForAsyncUtils.asyncFx(() -> ScreenChecks.cutTexts(
                                "caseload", root, ScreenChecks.inside("header-bar", "bottom-nav")))
                        .get())
                .isEmpty();
        return whole;
    }
}

package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Parent;
import org.jalons.i18n.Language;
import org.jalons.ui.DisplayPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every screen of the app, as the real app shows it, held to the phone's rules: targets a finger can hit, a name
 * for every icon a screen reader meets, dates day first, and no text cut short nor a title's word split at twice the
 * text size.
 */
class EveryScreenAppTest extends EveryScreen {
    @TempDir
    Path home;

    @AfterEach
    void stop() throws TimeoutException {
        stopApp();
    }

    /** At the smallest text size: a finger does not shrink with the letters. */
    @Test
    void everyButtonToggleFieldAndListLineIsAtLeast48PxHigh() throws Exception {
        assertThat(walk(home, Language.FRENCH, false, DisplayPreferences.MIN_SCALE, ScreenChecks::smallTargets))
                .isEmpty();
    }

    @Test
    void everyIconOnlyButtonAndMarkerHasAnAccessibleText() throws Exception {
        assertThat(walk(home, Language.ENGLISH, false, 1.0, ScreenChecks::unnamedIcons))
                .isEmpty();
    }

    @Test
    void everyDateFieldWritesTheDayBeforeTheMonthInBothLanguages() throws Exception {
        assertThat(walk(home, Language.FRENCH, false, 1.0, ScreenChecks::datesNotDayFirst))
                .isEmpty();
        stopApp();
        assertThat(walk(home.resolve("en"), Language.ENGLISH, false, 1.0, ScreenChecks::datesNotDayFirst))
                .isEmpty();
    }

    @Test
    void noTextIsCutAndNoListScrollsInsideTheScreenAtTwiceTheTextSize() throws Exception {
        assertThat(walk(home, Language.FRENCH, false, 2.0, EveryScreenAppTest::cutOrNested))
                .isEmpty();
    }

    @Test
    void noTextIsCutAndNoListScrollsInsideTheScreenAtTwiceTheTextSizeInEasyRead() throws Exception {
        assertThat(walk(home, Language.FRENCH, true, 2.0, (screen, root) -> {
                    List<String> found = cutOrNested(screen, root);
                    // A picture is not enough in easy-read: every place of the bottom bar keeps its words.
                    found.addAll(ScreenChecks.placesWithoutWords(screen, root));
                    return found;
                }))
                .isEmpty();
    }

    /** The header bar and the bottom navigation are checked with the navigation's own tests. */
    static List<String> cutOrNested(String screen, Parent root) {
        List<String> found =
                new ArrayList<>(ScreenChecks.cutTexts(screen, root, ScreenChecks.inside("header-bar", "bottom-nav")));
        found.addAll(ScreenChecks.nestedScrollBars(screen, root));
        found.addAll(ScreenChecks.splitTitles(screen, root));
        found.addAll(ScreenChecks.widerThanWindow(screen, root));
        found.addAll(ScreenChecks.splitWords(screen, root));
        found.addAll(ScreenChecks.overflowingCells(screen, root));
        found.addAll(ScreenChecks.unreadableButtons(screen, root));
        return found;
    }
}

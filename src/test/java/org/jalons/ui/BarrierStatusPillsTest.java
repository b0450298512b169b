package org.jalons.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ToggleButton;
import org.jalons.protocol.Vocabulary.BarrierStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The barrier-status pills of the file and of the home visit. */
class BarrierStatusPillsTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static <T> T fx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    static ToggleButton pill(BarrierStatusPills pills, BarrierStatus s) {
        return (ToggleButton) pills.lookup("#mobilite-" + s.name().toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void aTapChoosesAStatusAndATapBackOnTheFirstChoosesItAgain() throws Exception {
        List<BarrierStatus> chosen = new ArrayList<>();
        fx(() -> {
            BarrierStatusPills pills = new BarrierStatusPills(
                    "mobilite", "Mobilité", BarrierStatus::name, BarrierStatus.BESOIN, true, chosen::add);
            assertThat(pill(pills, BarrierStatus.BESOIN).isSelected()).isTrue();
            assertThat(pill(pills, BarrierStatus.POINT_APPUI).getAccessibleText())
                    .isEqualTo("Mobilité : POINT_APPUI");
            pill(pills, BarrierStatus.POINT_APPUI).fire();
            pill(pills, BarrierStatus.BESOIN).fire();
            pill(pills, BarrierStatus.BESOIN).fire(); // the chosen one: stays chosen, chooses nothing
            assertThat(pill(pills, BarrierStatus.BESOIN).isSelected()).isTrue();
            return null;
        });
        assertThat(chosen).containsExactly(BarrierStatus.POINT_APPUI, BarrierStatus.BESOIN);
    }

    @Test
    void withoutConsentOnlyNotExploredCanBeChosenAndWithoutAnActionNothingCan() throws Exception {
        fx(() -> {
            BarrierStatusPills noConsent = new BarrierStatusPills(
                    "mobilite", "Santé", BarrierStatus::name, BarrierStatus.NON_EXPLORE, false, s -> {});
            assertThat(pill(noConsent, BarrierStatus.POINT_APPUI).isDisable()).isTrue();
            assertThat(pill(noConsent, BarrierStatus.BESOIN).isDisable()).isTrue();
            assertThat(pill(noConsent, BarrierStatus.NON_EXPLORE).isDisable()).isFalse();
            BarrierStatusPills shownOnly =
                    new BarrierStatusPills("mobilite", "Santé", BarrierStatus::name, BarrierStatus.BESOIN, true, null);
            assertThat(shownOnly.getChildren())
                    .allSatisfy(n -> assertThat(n.isDisable()).isTrue());
            assertThat(new BarrierStatusPills(null, "Autre", BarrierStatus::name, null, true, s -> {}).getChildren())
                    .allSatisfy(n -> assertThat(n.getId()).isNull());
            return null;
        });
    }
}

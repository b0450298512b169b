package org.jalons.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Tabs that build their content when first shown. */
class LazyTabsTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    @Test
    void aTabIsBuiltWhenFirstShownThenKept() throws Exception {
        AtomicInteger firstBuilt = new AtomicInteger();
        AtomicInteger secondBuilt = new AtomicInteger();
        fx(() -> {
            LazyTabs tabs = new LazyTabs()
                    .add("one", "Un", () -> {
                        firstBuilt.incrementAndGet();
                        return new Label("premier");
                    })
                    .add("two", "Deux", () -> {
                        secondBuilt.incrementAndGet();
                        return new Label("second");
                    });
            // The first tab is shown at once; the second is not built before it is tapped.
            assertThat(firstBuilt).hasValue(1);
            assertThat(secondBuilt).hasValue(0);
            assertThat(tabs.isBuilt("two")).isFalse();
            assertThat(((Label) tabs.lookup("#tab-content").lookup(".label")).getText())
                    .isEqualTo("premier");
            ToggleButton two = (ToggleButton) tabs.lookup("#tab-two");
            two.fire();
            assertThat(secondBuilt).hasValue(1);
            assertThat(tabs.selectedProperty().get()).isEqualTo("two");
            assertThat(two.isSelected()).isTrue();
            assertThat(((ToggleButton) tabs.lookup("#tab-one")).isSelected()).isFalse();
            // Back and forth: nothing is built again; a tap on the shown tab keeps it shown.
            ((ToggleButton) tabs.lookup("#tab-one")).fire();
            two.fire();
            two.fire();
            assertThat(two.isSelected()).isTrue();
            assertThat(firstBuilt).hasValue(1);
            assertThat(secondBuilt).hasValue(1);
            assertThat(two.getAccessibleText()).isEqualTo("Deux");
            return null;
        });
    }
}

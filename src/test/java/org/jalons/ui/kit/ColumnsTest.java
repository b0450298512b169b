package org.jalons.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Cards in one column on a phone, two on a wide window. */
class ColumnsTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    @Test
    void twoCardsSideBySideFromTheBreakpointOnOneUnderTheOtherBelowIt() throws Exception {
        fx(() -> {
            Columns columns = new Columns(12);
            Region a = new Region();
            Region b = new Region();
            a.setMinHeight(100);
            b.setMinHeight(100);
            columns.getChildren().addAll(a, b);
            columns.resize(1000, 400);
            columns.layout();
            assertThat(columns.columns()).isEqualTo(2);
            assertThat(a.getWidth()).isEqualTo(494);
            assertThat(b.getLayoutY()).isEqualTo(a.getLayoutY());
            assertThat(b.getLayoutX()).isEqualTo(506);
            columns.resize(400, 400);
            columns.layout();
            assertThat(columns.columns()).isEqualTo(1);
            assertThat(a.getWidth()).isEqualTo(400);
            assertThat(b.getLayoutY()).isGreaterThan(a.getLayoutY());
            return null;
        });
    }
}

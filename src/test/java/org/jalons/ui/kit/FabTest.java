package org.jalons.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.material2.Material2AL;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The floating action button. */
class FabTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    @Test
    void itFloatsAtTheBottomRightSaysItsActionToScreenReadersAndRunsIt() throws Exception {
        AtomicInteger ran = new AtomicInteger();
        fx(() -> {
            Fab fab = new Fab(Material2AL.ADD, "Ajouter moi-même", ran::incrementAndGet);
            StackPane holder = (StackPane) fab.over(new Region());
            assertThat(StackPane.getAlignment(fab)).isEqualTo(Pos.BOTTOM_RIGHT);
            assertThat(holder.getChildren()).last().isSameAs(fab);
            assertThat(fab.getAccessibleText()).isEqualTo("Ajouter moi-même");
            assertThat(fab.getContentDisplay()).isEqualTo(ContentDisplay.GRAPHIC_ONLY);
            assertThat(fab.getMinWidth()).isEqualTo(56);
            fab.fire();
            return null;
        });
        assertThat(ran).hasValue(1);
    }

    @Test
    void anExtendedButtonShowsItsWordsAtTheTopAndItsIconOnlyOnceScrolled() throws Exception {
        fx(() -> {
            Fab fab = new Fab(Material2AL.ADD, "Commencer une visite", () -> {}).extended();
            ScrollPane scroll = new ScrollPane(new Region());
            fab.over(scroll);
            assertThat(fab.getContentDisplay()).isEqualTo(ContentDisplay.LEFT);
            scroll.setVvalue(0.5);
            assertThat(fab.getContentDisplay()).isEqualTo(ContentDisplay.GRAPHIC_ONLY);
            scroll.setVvalue(0);
            assertThat(fab.getContentDisplay()).isEqualTo(ContentDisplay.LEFT);
            return null;
        });
    }
}

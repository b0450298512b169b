package org.jalons.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jalons.ui.Theme;
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

    /** Material: scrolled, an extended button becomes the round 56 px button, still named by its words. */
    @Test
    void anExtendedButtonCollapsesToARoundButtonThatKeepsItsNameAndGrowsBackAtTheTop() throws Exception {
        fx(() -> {
            Fab fab = new Fab(Material2AL.ADD, "Commencer une visite", () -> {}).extended();
            VBox lines = new VBox();
            lines.setPrefHeight(2000);
            ScrollPane scroll = new ScrollPane(lines);
            StackPane root = new StackPane(fab.over(scroll));
            root.getStyleClass().add("app-shell");
            Scene scene = new Scene(root, 360, 640);
            Theme.apply(scene);
            root.applyCss();
            root.layout();
            assertThat(fab.getWidth()).isGreaterThan(fab.getHeight() * 2);
            scroll.setVvalue(0.5);
            root.applyCss();
            root.layout();
            assertThat(fab.getContentDisplay()).isEqualTo(ContentDisplay.GRAPHIC_ONLY);
            assertThat(fab.getWidth()).as("round, not a pill").isEqualTo(56);
            assertThat(fab.getHeight()).isEqualTo(56);
            assertThat(fab.getAccessibleText()).isEqualTo("Commencer une visite");
            Node icon = fab.getGraphic();
            Bounds b = icon.getBoundsInParent();
            assertThat(b.getCenterX()).isCloseTo(28, within(2.0));
            scroll.setVvalue(0);
            root.applyCss();
            root.layout();
            assertThat(fab.getContentDisplay()).isEqualTo(ContentDisplay.LEFT);
            assertThat(fab.getWidth()).isGreaterThan(fab.getHeight() * 2);
            return null;
        });
    }
}

package org.jalons;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import org.jalons.session.AppServices;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotInterface;
import org.testfx.api.FxToolkit;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real app headless (Monocle) on a given private folder, and drives it like a person would. */
abstract class RealAppTest extends FxRobot {
    private Application app;

    void startApp(Path home) throws TimeoutException {
        startApp(home, services -> services);
    }

    /** Starts the app with some device services replaced (e.g. a fake picture source); sees the screens' services. */
    void startApp(Path home, UnaryOperator<AppServices> services) throws TimeoutException {
        System.setProperty("jalons.home", home.toString());
        System.setProperty(JalonsApp.KDF_ITERATIONS_PROPERTY, "1000");
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new JalonsApp(services));
        WaitForAsyncUtils.waitForFxEvents();
    }

    void stopApp() throws TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        FxToolkit.cleanupStages();
        org.jalons.testing.Windows.restoreSize();
        System.clearProperty("jalons.home");
    }

    /**
     * Clicks a node once it is really on screen (a new screen is laid out on the next pulse). {@code #back} on a
     * place of the bottom bar, which has no up arrow, is the phone's back key (Escape), as a person would go back.
     */
    FxRobotInterface tap(String query) {
        if (query.equals("#back") && onPlaceWithoutUpArrow()) {
            return type(javafx.scene.input.KeyCode.ESCAPE);
        }
        waitUntil(
                () -> lookup(query).match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        return clickOn(query);
    }

    private boolean onPlaceWithoutUpArrow() {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(".bottom-nav").tryQuery().filter(Node::isVisible).isPresent()
                && lookup("#back").tryQuery().filter(Node::isVisible).isEmpty();
    }

    void waitFor(String query) {
        waitUntil(() -> lookup(query).tryQuery().filter(Node::isVisible).isPresent());
    }

    static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("The screen did not reach the expected state in time", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    String title() {
        return lookup("#screen-title").queryAs(Label.class).getText();
    }

    String textOf(String query) {
        return lookup(query).queryAllAs(Label.class).stream()
                .filter(Node::isVisible)
                .map(Label::getText)
                .findFirst()
                .orElse("");
    }

    /** Scrolls the screen so that the node is in view, as a thumb would. */
    void reveal(String query) {
        waitFor(query);
        Node node = lookup(query).query();
        interact(() -> {
            Parent p = node.getParent();
            while (p != null && !(p instanceof ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof ScrollPane scroll) {
                Node content = scroll.getContent();
                Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                double extra = content.getBoundsInLocal().getHeight()
                        - scroll.getViewportBounds().getHeight();
                if (extra > 0) {
                    scroll.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 40) / extra)));
                }
            }
        });
    }

    void revealAndTap(String query) {
        reveal(query);
        tap(query);
    }
}

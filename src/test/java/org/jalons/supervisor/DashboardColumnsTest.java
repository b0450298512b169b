package org.jalons.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.platform.FakeShareService;
import org.jalons.storage.LocalStore;
import org.jalons.storage.SummaryCache;
import org.jalons.storage.TestStores;
import org.jalons.ui.DirectBackground;
import org.jalons.ui.Theme;
import org.jalons.ui.kit.Columns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dashboard's summary cards, from a faked summary source: two columns side by side on a desk's wide window,
 * one under the other on a phone.
 */
class DashboardColumnsTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    LocalStore store;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        org.jalons.testing.Windows.restoreSize(); // it tried a desk and a phone
        if (store != null) {
            store.close();
        }
    }

    static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    @Test
    void onAWideWindowTheCardsGoTwoByTwoAndOnAPhoneOneUnderTheOther() throws Exception {
        store = TestStores.counsellorStore(dir);
        Stage stage = FxToolkit.registerPrimaryStage();
        StackPane shell = fx(() -> {
            DashboardViewModel model = new DashboardViewModel(
                    new DashboardViewModelTest.FakeSource(),
                    new SummaryCache(store.database()),
                    new FakeShareService(),
                    new DirectBackground(),
                    new Messages(Language.FRENCH),
                    CLOCK,
                    ZoneOffset.UTC,
                    store.teamCounsellors()::all);
            StackPane root = new StackPane(new DashboardView(model).node());
            root.getStyleClass().add("app-shell");
            Scene scene = new Scene(root, 1100, 800);
            Theme.apply(scene);
            stage.setScene(scene);
            stage.show();
            return root;
        });
        Columns cards = (Columns) shell.lookup("#summary-cards");
        WaitForAsyncUtils.waitFor(
                20,
                java.util.concurrent.TimeUnit.SECONDS,
                () -> cards.getChildren().size() >= 2);

        layout(shell, 1100);
        assertThat(cards.columns()).isEqualTo(2);
        List<Bounds> wide = bounds(cards);
        assertThat(wide.get(1).getMinY())
                .as("the second card beside the first")
                .isEqualTo(wide.get(0).getMinY());
        assertThat(wide.get(1).getMinX()).isGreaterThanOrEqualTo(wide.get(0).getMaxX());
        for (Bounds b : wide) {
            assertThat(b.getWidth()).isLessThan(cards.getWidth() / 2);
        }

        layout(shell, 400);
        assertThat(cards.columns()).isEqualTo(1);
        List<Bounds> phone = bounds(cards);
        assertThat(phone.get(1).getMinX())
                .as("the second card under the first")
                .isEqualTo(phone.get(0).getMinX());
        assertThat(phone.get(1).getMinY()).isGreaterThanOrEqualTo(phone.get(0).getMaxY());
        for (Bounds b : phone) {
            assertThat(b.getWidth()).as("a card spans the one column").isGreaterThan(cards.getWidth() / 2);
        }

        // the smallest phone: every card, and everything in it, inside the window
        layout(shell, 360);
        assertThat(cards.columns()).isEqualTo(1);
        double window = fx(() -> shell.getScene().getWidth());
        for (Node card : fx(() -> List.copyOf(cards.getChildren()))) {
            Bounds b = fx(() -> card.localToScene(card.getLayoutBounds()));
            assertThat(b.getWidth())
                    .as("%s no wider than the window", card.getId())
                    .isLessThanOrEqualTo(window);
            assertThat(b.getMaxX()).as("%s inside the window", card.getId()).isLessThanOrEqualTo(window);
            for (Node inner : fx(
                    () -> card.lookupAll("*").stream().filter(Node::isVisible).toList())) {
                Bounds in = fx(() -> inner.localToScene(inner.getLayoutBounds()));
                assertThat(in.getMaxX())
                        .as("%s in %s inside the card", inner, card.getId())
                        .isLessThanOrEqualTo(b.getMaxX() + 0.5);
            }
        }
    }

    private static void layout(Parent shell, double width) throws Exception {
        fx(() -> {
            Stage stage = (Stage) shell.getScene().getWindow();
            stage.setWidth(width);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents(5);
        fx(() -> {
            shell.applyCss();
            shell.layout();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    private static List<Bounds> bounds(Columns cards) throws Exception {
        return fx(() -> cards.getChildren().stream()
                .filter(Node::isVisible)
                .map(n -> n.localToScene(n.getLayoutBounds()))
                .toList());
    }
}

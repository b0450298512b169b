package org.jalons.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.jalons.domain.TeamCounsellor;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.platform.FakeShareService;
import org.jalons.storage.LocalStore;
import org.jalons.storage.SummaryCache;
import org.jalons.storage.TestStores;
import org.jalons.ui.DirectBackground;
import org.jalons.ui.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dashboard on the smallest phone (360 px) at the normal text size, at 200 % and at 200 % in easy-read sizes:
 * the confidence chart's bars drawn for each voice in its colour (the person blue, the counsellor orange), the whole
 * 0–10 scale, no word turned on its side, nothing outside the chart; the filters whole once opened; the team member
 * filter a list of names whose choice sends the counsellor's id.
 */
class DashboardChartTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    static final Color PERSON = Color.web("#0969DA");
    static final Color COUNSELLOR = Color.web("#BC4C00");
    /** The app's text size (EasyRead.BASE_FONT_PX), at 200 %, and at 200 % in easy-read (× 1.25). */
    static final double NORMAL = 15;

    static final double TWICE = 30;
    static final double TWICE_EASY = 37.5;

    @TempDir
    Path dir;

    LocalStore store;
    final DashboardViewModelTest.FakeSource source = new DashboardViewModelTest.FakeSource();
    List<TeamCounsellor> team = List.of();
    DashboardViewModel model;

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        org.jalons.testing.Windows.restoreSize(); // it tried a 360 px phone
        if (store != null) {
            store.close();
        }
    }

    @Test
    void theBothVoicesBarsAreDrawnInTheirColoursOnTheWholeScaleAtEveryTextSize() throws Exception {
        for (double size : new double[] {NORMAL, TWICE, TWICE_EASY}) {
            Parent shell = show(SummaryJsonSamples.quarter(), size);
            Region chart = chart(shell);

            // quarter(): the person 4 then 7.5, the counsellor 5 then 6
            assertBar(chart, "voice-self", "moment-first", 4, PERSON);
            assertBar(chart, "voice-self", "moment-latest", 7.5, PERSON);
            assertBar(chart, "voice-counsellor", "moment-first", 5, COUNSELLOR);
            assertBar(chart, "voice-counsellor", "moment-latest", 6, COUNSELLOR);
            assertReadable(chart, size);
            FxToolkit.cleanupStages();
            store.close();
            store = null;
        }
    }

    @Test
    void aVoiceWithHiddenFiguresLeavesTheOthersBarsAndARatingOfZeroStillShows() throws Exception {
        String onlyThePerson = SummaryJsonSamples.quarter()
                .replace("\"selfFirst\":{\"value\":4,\"people\":8}", "\"selfFirst\":{\"value\":0,\"people\":8}")
                .replace(
                        "\"counsellorFirst\":{\"value\":5,\"people\":8},\"counsellorLatest\":{\"value\":6,\"people\":8}",
                        "\"counsellorFirst\":{\"suppressed\":true,\"reason\":\"SMALL\"},"
                                + "\"counsellorLatest\":{\"suppressed\":true,\"reason\":\"SMALL\"}");
        assertThat(onlyThePerson).contains("\"selfFirst\":{\"value\":0").contains("\"reason\":\"SMALL\"}}");
        Parent shell = show(onlyThePerson, TWICE);
        Region chart = chart(shell);

        assertThat(fx(() -> chart.lookupAll(".rating-bar.voice-counsellor"))).isEmpty();
        Region zero = bar(chart, "voice-self", "moment-first");
        assertThat(fx(zero::getWidth)).as("a median of 0 still shows").isGreaterThanOrEqualTo(4);
        assertBar(chart, "voice-self", "moment-latest", 7.5, PERSON);
        assertThat(fx(() -> ((Label) shell.lookup("#card-confidence .chart-summary")).getText()))
                .contains("La personne")
                .contains("0")
                .contains("7,5")
                .doesNotContain("accompagne");
        assertReadable(chart, TWICE);
    }

    @Test
    void theFiltersOpenWholeAtTwiceTheEasyReadTextSize() throws Exception {
        Parent shell = show(SummaryJsonSamples.quarter(), TWICE_EASY);
        TitledPane filters = (TitledPane) shell.lookup("#filters");
        fx(() -> {
            filters.setExpanded(true);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents(3);
        layout(shell);

        Node apply = shell.lookup("#filter-apply");
        Bounds pane = fx(() -> filters.localToScene(filters.getLayoutBounds()));
        Bounds button = fx(() -> apply.localToScene(apply.getLayoutBounds()));
        assertThat(button.getMaxY())
                .as("the last of the filters inside the opened pane, not cut by it")
                .isLessThanOrEqualTo(pane.getMaxY());
        assertThat(button.getMaxX()).isLessThanOrEqualTo(pane.getMaxX());
    }

    @Test
    void theTeamMemberFilterListsTheNamesAndSendsTheChosenId() throws Exception {
        UUID camille = UUID.randomUUID();
        UUID karim = UUID.randomUUID();
        team = List.of(new TeamCounsellor(camille, "Camille Martin"), new TeamCounsellor(karim, "Karim Haddad"));
        Parent shell = show(SummaryJsonSamples.quarter(), NORMAL);
        fx(() -> {
            ((TitledPane) shell.lookup("#filters")).setExpanded(true);
            return null;
        });
        layout(shell);
        @SuppressWarnings("unchecked")
        ComboBox<String> box = (ComboBox<String>) shell.lookup("#filter-counsellor");

        List<String> shown = fx(() -> box.getItems().stream()
                .map(id -> box.getConverter().toString(id))
                .toList());
        assertThat(shown).containsExactly("Toute l’équipe", "Camille Martin", "Karim Haddad");
        assertThat(fx(() -> box.getConverter().toString(box.getValue()))).isEqualTo("Toute l’équipe");

        fx(() -> {
            box.getSelectionModel().select(2);
            model.siteProperty().set("Nord");
            model.apply();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents(3);
        assertThat(source.asked.get(source.asked.size() - 1).counsellorId()).isEqualTo(karim.toString());

        fx(() -> {
            box.getSelectionModel().select(0);
            model.siteProperty().set("");
            model.apply();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents(3);
        assertThat(source.asked.get(source.asked.size() - 1).counsellorId())
                .as("the whole team: no counsellor in the query")
                .isNullOrEmpty();
    }

    private Parent show(String summary, double fontSize) throws Exception {
        store = TestStores.counsellorStore(dir.resolve("store-" + fontSize));
        source.fallback = summary;
        Stage stage = FxToolkit.registerPrimaryStage();
        StackPane shell = fx(() -> {
            model = new DashboardViewModel(
                    source,
                    new SummaryCache(store.database()),
                    new FakeShareService(),
                    new DirectBackground(),
                    new Messages(Language.FRENCH),
                    CLOCK,
                    ZoneOffset.UTC,
                    () -> team);
            StackPane root = new StackPane(new DashboardView(model).node());
            root.getStyleClass().add("app-shell");
            root.setStyle("-fx-font-size: " + fontSize + "px;");
            Scene scene = new Scene(root, 360, 740);
            Theme.apply(scene);
            stage.setScene(scene);
            stage.setWidth(360);
            stage.show();
            return root;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shell.lookup("#card-confidence") != null);
        layout(shell);
        return shell;
    }

    private static Region chart(Parent shell) throws Exception {
        Region chart = (Region) shell.lookup("#chart-confidence");
        assertThat(chart).as("the confidence chart").isNotNull();
        return chart;
    }

    private static Region bar(Region chart, String voice, String moment) throws Exception {
        List<Node> bars = fx(() -> List.copyOf(chart.lookupAll(".rating-bar." + voice + "." + moment)));
        assertThat(bars).as("%s %s drawn", voice, moment).hasSize(1);
        return (Region) bars.get(0);
    }

    /** The bar is drawn, as long as its rating on the 0–10 track, in the voice's colour. */
    private static void assertBar(Region chart, String voice, String moment, double rating, Color colour)
            throws Exception {
        Region bar = bar(chart, voice, moment);
        Region track = (Region) fx(bar::getParent);
        double inner = fx(() -> track.getWidth() - track.snappedLeftInset() - track.snappedRightInset());
        assertThat(fx(bar::isVisible)).isTrue();
        assertThat(fx(bar::getWidth))
                .as("%s %s as long as %s out of 10", voice, moment, rating)
                .isCloseTo(inner * rating / 10, org.assertj.core.data.Offset.offset(2.0));
        List<Paint> fills = fx(() ->
                bar.getBackground().getFills().stream().map(f -> f.getFill()).toList());
        boolean outlined = fx(() -> bar.getBorder() != null
                && bar.getBorder().getStrokes().stream().anyMatch(s -> colour.equals(s.getTopStroke())));
        assertThat(fills.contains(colour) || outlined)
                .as("%s %s drawn in its voice's colour: %s", voice, moment, fills)
                .isTrue();
    }

    /** No word turned, 0 and 10 written, the ticks apart, everything inside the chart and the chart in the window. */
    private static void assertReadable(Region chart, double size) throws Exception {
        Bounds box = fx(() -> chart.localToScene(chart.getLayoutBounds()));
        double window = fx(() -> chart.getScene().getWidth());
        assertThat(box.getMaxX())
                .as("the chart inside the window at %spx", size)
                .isLessThanOrEqualTo(window);
        List<Node> inside = fx(() -> chart.lookupAll("*").stream()
                .filter(n -> n != chart && n.isVisible())
                .toList());
        for (Node n : inside) {
            Bounds b = fx(() -> n.localToScene(n.getLayoutBounds()));
            assertThat(b.getMinX())
                    .as("%s inside the chart at %spx", n, size)
                    .isGreaterThanOrEqualTo(box.getMinX() - 0.5);
            assertThat(b.getMaxX()).as("%s inside the chart at %spx", n, size).isLessThanOrEqualTo(box.getMaxX() + 0.5);
            assertThat(b.getMaxY()).as("%s inside the chart at %spx", n, size).isLessThanOrEqualTo(box.getMaxY() + 0.5);
            assertThat(fx(() -> n.getLocalToSceneTransform().getMxy()))
                    .as("%s not turned at %spx", n, size)
                    .isZero();
        }
        List<Label> ticks = fx(() -> chart.lookupAll(".rating-tick").stream()
                .filter(Node::isVisible)
                .map(Label.class::cast)
                .toList());
        assertThat(fx(() -> ticks.stream().map(Label::getText).toList()))
                .as("the whole scale at %spx", size)
                .startsWith("0")
                .endsWith("10");
        for (int i = 1; i < ticks.size(); i++) {
            Label before = ticks.get(i - 1);
            Label after = ticks.get(i);
            assertThat(fx(() -> after.localToScene(after.getLayoutBounds()).getMinX()))
                    .as("tick %s clear of %s at %spx", after.getText(), before.getText(), size)
                    .isGreaterThanOrEqualTo(fx(
                            () -> before.localToScene(before.getLayoutBounds()).getMaxX()));
        }
        for (Label l : fx(
                () -> chart.lookupAll(".label").stream().map(Label.class::cast).toList())) {
            assertThat(fx(() -> l.getText().equals(((javafx.scene.text.Text) l.lookup(".text")).getText())))
                    .as("'%s' written whole at %spx", fx(l::getText), size)
                    .isTrue();
        }
    }

    private static void layout(Parent shell) throws Exception {
        WaitForAsyncUtils.waitForFxEvents(3);
        fx(() -> {
            shell.applyCss();
            shell.layout();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}

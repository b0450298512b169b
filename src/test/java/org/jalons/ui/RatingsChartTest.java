package org.jalons.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.AccessibleRole;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.jalons.ui.kit.MonthAxis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The co-evaluation chart of the file and of "Mes progrès": one colour meaning, readable, said in words. */
class RatingsChartTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    /** The words written under the ticks. */
    static List<String> labels(javafx.scene.chart.Axis<?> axis) {
        return axis.getChildrenUnmodifiable().stream()
                .filter(javafx.scene.text.Text.class::isInstance)
                .map(n -> ((javafx.scene.text.Text) n).getText())
                .toList();
    }

    record Rating(LocalDate day, int value) {}

    static XYChart.Series<Number, Number> line(String name, Rating... ratings) {
        return RatingsChart.series(name, List.of(ratings), r -> r.day().toEpochDay(), Rating::value);
    }

    /** Lays the chart out in the app's stylesheet, 360 px wide as on a phone. */
    static LineChart<Number, Number> shown(LineChart<Number, Number> chart) throws Exception {
        return fx(() -> {
            VBox box = new VBox(chart);
            box.getStyleClass().add("app-shell"); // the app's base text size, 15 px
            Scene scene = new Scene(box, 360, 400);
            Theme.apply(scene);
            Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
            stage.setScene(scene);
            box.applyCss();
            box.layout();
            return chart;
        });
    }

    @Test
    void thePersonIsTheFirstLineAndTheCounsellorTheSecondOnMonthTicksFrom0To10() throws Exception {
        LineChart<Number, Number> chart = shown(fx(() -> RatingsChart.of(
                Locale.FRENCH,
                false,
                "Samia a noté 3, 6 ; vous avez noté 5.",
                line("Samia", new Rating(LocalDate.of(2026, 3, 10), 3), new Rating(LocalDate.of(2026, 6, 2), 6)),
                line("Vous", new Rating(LocalDate.of(2026, 4, 20), 5)))));
        fx(() -> {
            assertThat(chart.getData()).extracting(XYChart.Series::getName).containsExactly("Samia", "Vous");
            assertThat(chart.getStyleClass()).contains("ratings-chart");
            assertThat(chart.getMinHeight()).isGreaterThanOrEqualTo(200);
            assertThat(chart.getHeight()).isGreaterThanOrEqualTo(200);
            NumberAxis ratings = (NumberAxis) chart.getYAxis();
            assertThat(ratings.getLowerBound()).isEqualTo(0);
            assertThat(ratings.getUpperBound()).isEqualTo(10);
            assertThat(ratings.getTickMarks())
                    .extracting(m -> m.getValue().intValue())
                    .contains(0, 10);
            MonthAxis months = (MonthAxis) chart.getXAxis();
            assertThat(months.getTickMarks())
                    .extracting(m -> LocalDate.ofEpochDay(m.getValue().longValue()))
                    .allSatisfy(d -> assertThat(d.getDayOfMonth()).isEqualTo(1))
                    .contains(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 1));
            assertThat(labels(months)).contains("mars 26");
            // Readable: the axes' labels at 13 px or more at the normal text size.
            assertThat(ratings.getTickLabelFont().getSize()).isGreaterThanOrEqualTo(13);
            assertThat(months.getTickLabelFont().getSize()).isGreaterThanOrEqualTo(13);
            assertThat(chart.getAccessibleRole()).isEqualTo(AccessibleRole.TEXT);
            assertThat(chart.getAccessibleText()).isEqualTo("Samia a noté 3, 6 ; vous avez noté 5.");
            return null;
        });
    }

    @Test
    void inEasyReadTheRatingSideReads0And5And10AndTheSummaryIsWrittenUnderTheChart() throws Exception {
        LineChart<Number, Number> chart = shown(fx(() -> RatingsChart.of(
                Locale.ENGLISH,
                true,
                "Me: 7. My counsellor: 6.",
                line("Me", new Rating(LocalDate.of(2026, 11, 26), 7)),
                line("My counsellor", new Rating(LocalDate.of(2026, 11, 20), 6)))));
        fx(() -> {
            NumberAxis ratings = (NumberAxis) chart.getYAxis();
            assertThat(ratings.getTickMarks())
                    .extracting(m -> m.getValue().intValue())
                    .containsExactly(0, 5, 10);
            assertThat(labels(chart.getXAxis())).contains("Nov 26");
            VBox withWords = RatingsChart.withSummary(chart, "Me: 7. My counsellor: 6.");
            assertThat(((Label) withWords.lookup("#chart-summary")).getText()).isEqualTo("Me: 7. My counsellor: 6.");
            return null;
        });
    }
}

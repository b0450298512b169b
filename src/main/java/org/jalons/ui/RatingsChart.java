package org.jalons.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import javafx.scene.AccessibleRole;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.jalons.ui.kit.MonthAxis;

/**
 * The self-versus-counsellor chart of one goal, shared by the person's "Mes progrès" and the counsellor's file:
 * months along the bottom, ratings 0 to 10 up the side (0 and 10 always labelled), one line per rater, each point
 * a real rating. One meaning everywhere ({@code .ratings-chart} in jalons.css): the person is the first line (blue,
 * solid, round points), the counsellor the second (orange, dashed, square points). A chart says nothing to a screen
 * reader: it reads the summary in words, and the same summary is written beside it.
 */
public final class RatingsChart {
    /** Tall enough on a phone for eleven rating levels and their labels. */
    public static final double HEIGHT = 220;

    private RatingsChart() {}

    /** The chart with the two lines in this order; in easy-read the side reads 0, 5 and 10 only. */
    public static LineChart<Number, Number> of(
            Locale locale,
            boolean easyRead,
            String summary,
            XYChart.Series<Number, Number> self,
            XYChart.Series<Number, Number> counsellor) {
        NumberAxis y = new NumberAxis(0, 10, easyRead ? 5 : 2);
        y.setMinorTickVisible(false);
        LineChart<Number, Number> chart = new LineChart<>(new MonthAxis(locale), y);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setLegendVisible(true);
        chart.getData().add(self);
        chart.getData().add(counsellor);
        chart.setPrefHeight(HEIGHT);
        chart.setMinHeight(HEIGHT);
        chart.getStyleClass().add("ratings-chart");
        chart.setAccessibleRole(AccessibleRole.TEXT);
        chart.setAccessibleText(summary);
        chart.setFocusTraversable(false);
        return chart;
    }

    /** The chart with its summary written under it in one line (that wraps at large text sizes). */
    public static VBox withSummary(LineChart<Number, Number> chart, String summary) {
        Label words = Components.text(summary, "chart-summary");
        words.setId("chart-summary");
        return new VBox(4, chart, words);
    }

    /** One rater's line: a point per item, at its day (epoch day) and rating. */
    public static <T> XYChart.Series<Number, Number> series(
            String name, List<T> points, ToLongFunction<T> day, ToIntFunction<T> rating) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (T p : points) {
            s.getData().add(new XYChart.Data<>(day.applyAsLong(p), rating.applyAsInt(p)));
        }
        return s;
    }
}

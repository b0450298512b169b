package org.jalons.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/**
 * The self-versus-counsellor chart of one goal, shared by the person's "Mes progrès" and the counsellor's file:
 * days along the bottom (labelled with a date pattern), ratings 0 to 10 up the side, one line per rater, each
 * point a real rating.
 */
public final class RatingsChart {
    private RatingsChart() {}

    /**
     * The chart on the given day axis (epoch days; the caller chooses its range), with the two lines in this order.
     */
    public static LineChart<Number, Number> of(
            NumberAxis days,
            String datePattern,
            Locale locale,
            double height,
            String styleClass,
            XYChart.Series<Number, Number> self,
            XYChart.Series<Number, Number> counsellor) {
        days.setMinorTickVisible(false);
        DateTimeFormatter fmt = DateTimeFormatter.ofPattern(datePattern, locale);
        days.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return fmt.format(LocalDate.ofEpochDay(n.longValue()));
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        NumberAxis y = new NumberAxis(0, 10, 2);
        y.setMinorTickVisible(false);
        LineChart<Number, Number> chart = new LineChart<>(days, y);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setLegendVisible(true);
        chart.getData().add(self);
        chart.getData().add(counsellor);
        chart.setPrefHeight(height);
        chart.setMinHeight(height);
        chart.getStyleClass().add(styleClass);
        return chart;
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

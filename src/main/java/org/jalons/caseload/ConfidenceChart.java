package org.jalons.caseload;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Vocabulary.Rater;
import org.jalons.i18n.Messages;

/**
 * Co-evaluation over time for one goal: the person's line and the counsellor's line side by side, each point a
 * real rating (never an average of the two).
 */
final class ConfidenceChart {
    private ConfidenceChart() {
    }

    static LineChart<Number, Number> of(List<CheckIn> checkIns, String personName, Messages m, ZoneId zone) {
        long first = checkIns.stream().mapToLong(c -> day(c, zone)).min().orElse(0);
        long last = checkIns.stream().mapToLong(c -> day(c, zone)).max().orElse(first + 30);
        long span = Math.max(30, last - first);
        NumberAxis x = new NumberAxis(first - 3, last + 3, Math.max(30, span / 4.0));
        x.setMinorTickVisible(false);
        DateTimeFormatter fmt = DateTimeFormatter.ofPattern("MMM yy", m.locale());
        x.setTickLabelFormatter(new StringConverter<>() {
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
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setLegendVisible(true);
        chart.getData().add(series(checkIns, Rater.BENEFICIARY, personName, zone));
        chart.getData().add(series(checkIns, Rater.COUNSELLOR, m.get("file.chart.counsellor"), zone));
        chart.setPrefHeight(200);
        chart.setMinHeight(200);
        chart.getStyleClass().add("confidence-chart");
        chart.setAccessibleText(m.get("file.chart.accessible", personName, summary(checkIns, Rater.BENEFICIARY),
                summary(checkIns, Rater.COUNSELLOR)));
        return chart;
    }

    private static XYChart.Series<Number, Number> series(List<CheckIn> all, Rater rater, String name, ZoneId zone) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (CheckIn c : all) {
            if (c.rater() == rater) {
                s.getData().add(new XYChart.Data<>(day(c, zone), c.rating()));
            }
        }
        return s;
    }

    /** "3, 4, 6": the ratings in order, so a screen reader says what the lines show. */
    static String summary(List<CheckIn> all, Rater rater) {
        return String.join(", ", all.stream().filter(c -> c.rater() == rater)
                .map(c -> String.valueOf(c.rating())).toList());
    }

    private static long day(CheckIn c, ZoneId zone) {
        return LocalDate.ofInstant(c.ratedAt(), zone).toEpochDay();
    }
}

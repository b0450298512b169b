package org.jalons.caseload;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.jalons.domain.CheckIn;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.ui.RatingsChart;

/**
 * Co-evaluation over time for one goal: the person's line and the counsellor's line side by side, each point a
 * real rating (never an average of the two).
 */
final class ConfidenceChart {
    private ConfidenceChart() {}

    static LineChart<Number, Number> of(List<CheckIn> checkIns, String personName, Messages m, ZoneId zone) {
        long first = checkIns.stream().mapToLong(c -> day(c, zone)).min().orElse(0);
        long last = checkIns.stream().mapToLong(c -> day(c, zone)).max().orElse(first + 30);
        long span = Math.max(30, last - first);
        NumberAxis x = new NumberAxis(first - 3, last + 3, Math.max(30, span / 4.0));
        LineChart<Number, Number> chart = RatingsChart.of(
                x,
                "MMM yy",
                m.locale(),
                200,
                "confidence-chart",
                series(checkIns, Rater.BENEFICIARY, personName, zone),
                series(checkIns, Rater.COUNSELLOR, m.get("file.chart.counsellor"), zone));
        chart.setAccessibleText(m.get(
                "file.chart.accessible",
                personName,
                summary(checkIns, Rater.BENEFICIARY),
                summary(checkIns, Rater.COUNSELLOR)));
        return chart;
    }

    private static XYChart.Series<Number, Number> series(List<CheckIn> all, Rater rater, String name, ZoneId zone) {
        return RatingsChart.series(
                name, all.stream().filter(c -> c.rater() == rater).toList(), c -> day(c, zone), CheckIn::rating);
    }

    /** "3, 4, 6": the ratings in order, so a screen reader says what the lines show. */
    static String summary(List<CheckIn> all, Rater rater) {
        return String.join(
                ", ",
                all.stream()
                        .filter(c -> c.rater() == rater)
                        .map(c -> String.valueOf(c.rating()))
                        .toList());
    }

    private static long day(CheckIn c, ZoneId zone) {
        return LocalDate.ofInstant(c.ratedAt(), zone).toEpochDay();
    }
}

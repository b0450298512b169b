package org.jalons.caseload;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import org.jalons.domain.CheckIn;
import org.jalons.domain.WorkObservation;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.ui.RatingsChart;

/**
 * Co-evaluation over time for one goal: the person's line and the counsellor's line side by side, each point a
 * real rating (never an average of the two).
 */
final class ConfidenceChart {
    private ConfidenceChart() {}

    static Node of(List<CheckIn> checkIns, String personName, Messages m, ZoneId zone) {
        return of(checkIns, List.of(), personName, m, zone);
    }

    /** With the observations at work, a third line in its own colour, never averaged with the two voices. */
    static Node of(List<CheckIn> checkIns, List<WorkObservation> atWork, String personName, Messages m, ZoneId zone) {
        String summary = m.get(
                "file.chart.accessible",
                personName,
                summary(checkIns, Rater.BENEFICIARY),
                summary(checkIns, Rater.COUNSELLOR));
        LineChart<Number, Number> chart = RatingsChart.of(
                m.locale(),
                false,
                summary,
                series(checkIns, Rater.BENEFICIARY, personName, zone),
                series(checkIns, Rater.COUNSELLOR, m.get("file.chart.counsellor"), zone));
        List<WorkObservation> rated =
                atWork.stream().filter(o -> o.rating() != null).toList();
        if (!rated.isEmpty()) {
            chart.getData()
                    .add(RatingsChart.series(
                            m.get("file.chart.atWork"),
                            rated,
                            o -> o.observedOn().toEpochDay(),
                            WorkObservation::rating));
            summary = summary + " " + m.get("file.chart.atWorkAccessible", AtWork.summary(rated));
            chart.setAccessibleText(summary);
        }
        chart.getStyleClass().add("confidence-chart");
        return RatingsChart.withSummary(chart, summary);
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

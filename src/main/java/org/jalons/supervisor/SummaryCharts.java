package org.jalons.supervisor;

import java.util.List;
import java.util.Map;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;
import org.jalons.i18n.Messages;

/**
 * The charts of the dashboard, each made from one table and one column. Hidden cells ("< k") and cells with
 * nothing to measure are left out of a chart (never drawn as 0); the table beside it shows them.
 */
final class SummaryCharts {
    /** Table name → the column its chart shows. */
    static final Map<String, String> CHARTED = Map.of(
            "goals", "achieved",
            "trainingsByCertification", "certified",
            "barriers", "movedToSupport",
            "exits", "exits",
            "confidence", "selfFirst");

    /** Readable on a phone: every chart at least this high. */
    static final double MIN_HEIGHT = 200;

    private final Messages messages;
    private final SummaryFormat format;

    SummaryCharts(Messages messages, SummaryFormat format) {
        this.messages = messages;
        this.format = format;
    }

    /** The chart of a table, or null when the table has none (or nothing visible to draw). */
    Region chart(SummaryData.Table table) {
        if (!CHARTED.containsKey(table.name())) {
            return null;
        }
        return "confidence".equals(table.name()) ? confidence(table) : counts(table, CHARTED.get(table.name()));
    }

    /** One horizontal bar per row (theme, certification, area, category) with a visible figure. */
    private BarChart<Number, String> counts(SummaryData.Table table, String column) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        for (SummaryData.Row row : table.rows()) {
            SummaryData.Cell cell = row.cell(column);
            if (!cell.suppressed() && cell.value() != null && cell.value() > 0) {
                series.getData().add(new XYChart.Data<>(cell.value(), format.rowLabel(table.name(), row.key())));
            }
        }
        if (series.getData().isEmpty()) {
            return null;
        }
        NumberAxis values = new NumberAxis();
        values.setMinorTickVisible(false);
        values.setForceZeroInRange(true);
        CategoryAxis rows = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(values, rows);
        chart.getData().add(series);
        chart.setPrefHeight(Math.max(MIN_HEIGHT, 70 + 36 * series.getData().size()));
        return style(chart, table);
    }

    /**
     * Self and counsellor ratings: medians of the first and of the latest check-in, each voice in its own colour,
     * side by side, never merged.
     */
    private ConfidenceBars confidence(SummaryData.Table table) {
        SummaryData.Row row = table.total() != null
                ? table.total()
                : table.rows().isEmpty() ? null : table.rows().get(0);
        if (row == null) {
            return null;
        }
        List<ConfidenceBars.Voice> voices = new java.util.ArrayList<>();
        voice(voices, messages.get("dashboard.chart.self"), "voice-self", row, "self");
        voice(voices, messages.get("dashboard.chart.counsellor"), "voice-counsellor", row, "counsellor");
        if (voices.isEmpty()) {
            return null;
        }
        ConfidenceBars chart = new ConfidenceBars(voices, messages);
        chart.getStyleClass().add("summary-chart");
        chart.setId("chart-" + table.name());
        chart.setAccessibleText(
                messages.get("dashboard.chart.accessible", format.tableTitle(table)) + " " + chart.summary());
        return chart;
    }

    /** A voice with at least one shown median; a hidden one ("< k") is left to the table. */
    private static void voice(
            List<ConfidenceBars.Voice> voices, String name, String styleClass, SummaryData.Row row, String prefix) {
        Double first = shown(row.cell(prefix + "First"));
        Double latest = shown(row.cell(prefix + "Latest"));
        if (first != null || latest != null) {
            voices.add(new ConfidenceBars.Voice(name, styleClass, first, latest));
        }
    }

    private static Double shown(SummaryData.Cell cell) {
        return cell.suppressed() || cell.value() == null ? null : cell.value().doubleValue();
    }

    private <X, Y> BarChart<X, Y> style(BarChart<X, Y> chart, SummaryData.Table table) {
        chart.setAnimated(false);
        chart.setLegendVisible(chart.getData().size() > 1);
        chart.setMinHeight(chart.getPrefHeight());
        // A chart asks for 500 px by default: on a phone it must take the card's width, not widen it.
        chart.setMinWidth(0);
        chart.setPrefWidth(300);
        chart.setMaxWidth(Double.MAX_VALUE);
        chart.getStyleClass().add("summary-chart");
        chart.setId("chart-" + table.name());
        chart.setAccessibleText(
                messages.get("dashboard.chart.accessible", format.tableTitle(table)) + " " + summary(chart));
        return chart;
    }

    /** What the bars show, in one line: "Mobilité 3, Formation 2", each series named when there are several. */
    String summary(Region drawn) {
        if (drawn instanceof ConfidenceBars bars) {
            return bars.summary();
        }
        BarChart<?, ?> chart = (BarChart<?, ?>) drawn;
        java.text.NumberFormat number = java.text.NumberFormat.getNumberInstance(messages.locale());
        List<String> parts = new java.util.ArrayList<>();
        for (XYChart.Series<?, ?> series : chart.getData()) {
            List<String> bars = new java.util.ArrayList<>();
            for (XYChart.Data<?, ?> d : series.getData()) {
                Object label = d.getXValue() instanceof String ? d.getXValue() : d.getYValue();
                Object value = d.getXValue() instanceof String ? d.getYValue() : d.getXValue();
                bars.add(label + " " + (value instanceof Number n ? number.format(n) : value));
            }
            String named = String.join(", ", bars);
            parts.add(
                    series.getName() == null || chart.getData().size() == 1 ? named : series.getName() + " : " + named);
        }
        return String.join(" ; ", parts) + ".";
    }
}

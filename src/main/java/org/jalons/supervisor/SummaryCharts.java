package org.jalons.supervisor;

import java.util.List;
import java.util.Map;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
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
    BarChart<?, ?> chart(SummaryData.Table table) {
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

    /** Self and counsellor ratings: medians of the first and of the latest check-in, side by side, never merged. */
    private BarChart<String, Number> confidence(SummaryData.Table table) {
        SummaryData.Row row = table.total() != null
                ? table.total()
                : table.rows().isEmpty() ? null : table.rows().get(0);
        if (row == null) {
            return null;
        }
        XYChart.Series<String, Number> first = new XYChart.Series<>();
        first.setName(messages.get("dashboard.chart.first"));
        XYChart.Series<String, Number> latest = new XYChart.Series<>();
        latest.setName(messages.get("dashboard.chart.latest"));
        String self = messages.get("dashboard.chart.self");
        String counsellor = messages.get("dashboard.chart.counsellor");
        add(first, self, row.cell("selfFirst"));
        add(latest, self, row.cell("selfLatest"));
        add(first, counsellor, row.cell("counsellorFirst"));
        add(latest, counsellor, row.cell("counsellorLatest"));
        if (first.getData().isEmpty() && latest.getData().isEmpty()) {
            return null;
        }
        NumberAxis rating = new NumberAxis(0, 10, 2);
        rating.setAutoRanging(false);
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), rating);
        chart.getData().addAll(List.of(first, latest));
        chart.setLegendVisible(true);
        chart.setPrefHeight(240);
        // First and latest are moments, not people: grey shades (jalons.css), never the person's or counsellor's.
        chart.getStyleClass().add("confidence-bars");
        return style(chart, table);
    }

    private static void add(XYChart.Series<String, Number> series, String category, SummaryData.Cell cell) {
        if (!cell.suppressed() && cell.value() != null) {
            series.getData().add(new XYChart.Data<>(category, cell.value()));
        }
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
    String summary(BarChart<?, ?> chart) {
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

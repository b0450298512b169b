package org.jalons.supervisor;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jalons.domain.TeamCounsellor;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.sync.SummaryQuery.Period;
import org.jalons.ui.Components;
import org.jalons.ui.Icons;
import org.jalons.ui.View;
import org.jalons.ui.kit.Columns;
import org.jalons.ui.kit.DateField;
import org.jalons.ui.kit.Snackbar;
import org.jalons.ui.kit.TouchTarget;
import org.jalons.ui.kit.WordFit;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The organisation's figures: filters, then one card per table (its chart, the table of counts and the people
 * they stand on, its method), hidden cells as "< k", and the exports. Phone first: everything in one column.
 */
public final class DashboardView implements View {
    private final DashboardViewModel model;
    private final Messages messages;
    private final SummaryFormat format;
    private final SummaryCharts charts;
    /** One card per table: two side by side on a wide window. */
    private final Columns cards = new Columns(12);

    private final Node root;
    /** «Ce que les personnes disent», shown beside the goals' theme figures. */
    private final Node words;

    public DashboardView(DashboardViewModel model) {
        this(model, code -> null);
    }

    /** {@code orgLabels}: the label of one of the organisation's own themes by its code, for its rows. */
    public DashboardView(DashboardViewModel model, java.util.function.Function<String, String> orgLabels) {
        this.model = model;
        this.messages = model.messages();
        this.format = new SummaryFormat(messages, orgLabels);
        this.charts = new SummaryCharts(messages, format);
        cards.setId("summary-cards");
        words = SharedWordsSection.of(model, messages, format);

        Label date = Components.text("", "dashboard-date");
        date.setId("dashboard-date");
        date.textProperty().bind(model.dataDateProperty());
        date.visibleProperty().bind(model.dataDateProperty().isNotEmpty());
        date.managedProperty().bind(date.visibleProperty());
        date.setGraphic(Icons.icon(Material2MZ.UPDATE, 18));
        Label counted = Components.text("", "dashboard-date");
        counted.setId("dashboard-counted-up-to");
        counted.textProperty().bind(model.countedUpToProperty());
        counted.visibleProperty().bind(model.countedUpToProperty().isNotEmpty());
        counted.managedProperty().bind(counted.visibleProperty());

        Label message = Components.message(model.messageProperty(), "message-info");
        message.setId("dashboard-message");
        Label explanation = Components.message(model.explanationProperty(), "k-explanation");
        explanation.setId("k-explanation");
        Label legend = Components.message(model.legendProperty(), "k-explanation");
        legend.setId("hidden-legend");
        Label shared = Components.message(model.shareMessageProperty(), "message-info");
        shared.setId("export-message");
        model.noticeProperty().addListener((obs, was, now) -> {
            if (!now.isEmpty()) {
                Snackbar.show(now);
            }
        });

        Button up = new Button(messages.get("dashboard.drillUp"), Icons.icon(Material2AL.ARROW_BACK, 18));
        up.setId("drill-up");
        up.getStyleClass().add("secondary-button");
        up.visibleProperty().bind(model.canGoUpProperty());
        up.managedProperty().bind(up.visibleProperty());
        up.setOnAction(e -> model.drillUp());

        VBox content = new VBox(
                12,
                filters(),
                date,
                counted,
                Components.busy(model.loadingProperty(), messages.get("dashboard.loading")),
                message,
                up,
                explanation,
                legend,
                exports(),
                shared,
                cards);
        root = Components.screen(content);
        model.summaryProperty().addListener((obs, old, now) -> fill(now));
        model.open();
    }

    private Node filters() {
        ComboBox<Period> period = new ComboBox<>();
        period.setId("filter-period");
        // calendar periods only: the server refuses free ranges (they would undo the hiding)
        period.getItems().setAll(Period.MONTH, Period.QUARTER, Period.YEAR);
        period.setConverter(org.jalons.ui.Labels.shownAs(p -> messages.get("dashboard.period." + p.name())));
        period.valueProperty().bindBidirectional(model.periodProperty());
        period.setMaxWidth(Double.MAX_VALUE);

        DateField from = new DateField(messages::get);
        from.setId("filter-from");
        from.setAccessibleText(messages.get("dashboard.filter.from"));
        from.valueProperty().bindBidirectional(model.fromProperty());
        DateField to = new DateField(messages::get);
        to.setId("filter-to");
        to.setAccessibleText(messages.get("dashboard.filter.to"));
        to.valueProperty().bindBidirectional(model.toProperty());
        VBox toField = Components.field(messages.get("dashboard.filter.to"), to, to.refusalProperty());
        toField.visibleProperty().bind(model.periodProperty().isEqualTo(Period.CUSTOM));
        toField.managedProperty().bind(toField.visibleProperty());

        Button previous =
                Icons.iconButton(Material2AL.CHEVRON_LEFT, messages.get("dashboard.previous"), () -> model.shift(-1));
        previous.setId("period-previous");
        Button next = Icons.iconButton(Material2AL.CHEVRON_RIGHT, messages.get("dashboard.next"), () -> model.shift(1));
        next.setId("period-next");
        HBox.setHgrow(period, Priority.ALWAYS);
        HBox periodRow = new HBox(8, previous, period, next);
        periodRow.setAlignment(Pos.CENTER_LEFT);

        TextField site = new TextField();
        site.setId("filter-site");
        site.textProperty().bindBidirectional(model.siteProperty());
        site.setPromptText(messages.get("dashboard.filter.all"));
        ComboBox<String> counsellor = teamFilter();

        ComboBox<String> theme = new ComboBox<>();
        theme.setId("filter-theme");
        List<String> themes = new ArrayList<>();
        themes.add("");
        for (GoalTheme t : GoalTheme.values()) {
            themes.add(t.name());
        }
        theme.getItems().setAll(themes);
        theme.setConverter(org.jalons.ui.Labels.shownAs(code -> code == null || code.isEmpty()
                ? messages.get("dashboard.filter.all")
                : format.rowLabel("goals", code)));
        theme.valueProperty().bindBidirectional(model.themeProperty());
        theme.setMaxWidth(Double.MAX_VALUE);

        Button apply = new Button(messages.get("dashboard.apply"), Icons.icon(Material2MZ.SEARCH, 18));
        apply.setId("filter-apply");
        apply.getStyleClass().add("primary-button");
        apply.setMaxWidth(Double.MAX_VALUE);
        apply.setOnAction(e -> model.apply());

        // At large text sizes the fields keep the height of their text: the folded pane grows instead.
        List.of(period, from, to, site, counsellor, theme).forEach(TouchTarget::keepTextHeight);
        VBox box = new VBox(
                8,
                Components.field(messages.get("dashboard.filter.period"), periodRow, empty()),
                Components.field(messages.get("dashboard.filter.from"), from, from.refusalProperty()),
                toField,
                Components.field(messages.get("dashboard.filter.site"), site, empty()),
                Components.field(messages.get("dashboard.filter.counsellor"), counsellor, empty()),
                Components.field(messages.get("dashboard.filter.theme"), theme, empty()),
                Components.text(messages.get("dashboard.scopeHint"), "scope-hint"),
                apply);
        TitledPane pane = new TitledPane(messages.get("dashboard.filters"), box);
        pane.setId("filters");
        pane.getStyleClass().add("filters-pane");
        pane.setExpanded(false);
        // opened at once: while the pane slides open its height cuts the fields off (the last ones never show at 200 %)
        pane.setAnimated(false);
        return narrow(pane);
    }

    /**
     * The team member filter: the organisation's counsellors by name, "Toute l’équipe" first; the chosen one's id
     * goes into the summary query. An id no longer in the team (a saved query) reads as a team member, never as an id.
     */
    private ComboBox<String> teamFilter() {
        ComboBox<String> counsellor = new ComboBox<>();
        counsellor.setId("filter-counsellor");
        Runnable fill = () -> {
            List<String> ids = new ArrayList<>();
            ids.add("");
            model.team().forEach(c -> ids.add(c.id().toString()));
            String chosen = model.counsellorIdProperty().get();
            if (!chosen.isEmpty() && !ids.contains(chosen)) {
                ids.add(chosen);
            }
            counsellor.getItems().setAll(ids);
            counsellor.setValue(chosen);
        };
        fill.run();
        model.team().addListener((javafx.collections.ListChangeListener<TeamCounsellor>) change -> fill.run());
        counsellor.setConverter(org.jalons.ui.Labels.shownAs(id -> id == null || id.isEmpty()
                ? messages.get("dashboard.filter.wholeTeam")
                : model.team().stream()
                        .filter(c -> c.id().toString().equals(id))
                        .map(TeamCounsellor::displayName)
                        .findFirst()
                        .orElse(messages.get("dashboard.filter.formerMember"))));
        // not bound both ways: a list refilled may clear the box's value for a moment, the query's filter never null
        counsellor
                .valueProperty()
                .addListener((obs, was, id) -> model.counsellorIdProperty().set(id == null ? "" : id));
        model.counsellorIdProperty().addListener((obs, was, id) -> {
            if (!id.equals(counsellor.getValue())) {
                fill.run();
            }
        });
        counsellor.setMaxWidth(Double.MAX_VALUE);
        return counsellor;
    }

    /** A titled pane asks for its longest text's width: on a phone it must wrap inside the screen instead. */
    private static TitledPane narrow(TitledPane pane) {
        pane.setMinWidth(0);
        pane.setPrefWidth(200);
        pane.setMaxWidth(Double.MAX_VALUE);
        return pane;
    }

    private static javafx.beans.property.ReadOnlyStringProperty empty() {
        return new javafx.beans.property.SimpleStringProperty("");
    }

    private Node exports() {
        Button pdf = new Button(messages.get("dashboard.export.pdf"), Icons.icon(Material2MZ.PICTURE_AS_PDF, 18));
        pdf.setId("export-pdf");
        pdf.setOnAction(e -> model.exportPdf());
        Button exits = new Button(messages.get("dashboard.export.exitsCsv"), Icons.icon(Material2AL.GRID_ON, 18));
        exits.setId("export-exits-csv");
        exits.setOnAction(e -> model.exportExitsCsv());
        for (Button b : List.of(pdf, exits)) {
            b.getStyleClass().add("secondary-button");
            b.disableProperty().bind(model.summaryProperty().isNull());
        }
        FlowPane row = new FlowPane(8, 8, pdf, exits);
        row.getStyleClass().add("export-row");
        return row;
    }

    private void fill(SummaryData data) {
        cards.getChildren().clear();
        if (data == null) {
            return;
        }
        if (data.suppressedAsWhole()) {
            // the words keep their own rule: a theme shows only where k people shared some
            cards.getChildren().add(words);
            return;
        }
        for (SummaryData.Table table : data.tables()) {
            cards.getChildren().add(card(table, data.k()));
            if ("goals".equals(table.name())) {
                cards.getChildren().add(words);
            }
        }
        if (!cards.getChildren().contains(words)) {
            cards.getChildren().add(words);
        }
        if (!data.notes().isEmpty()) {
            VBox notes = new VBox(6);
            data.notes().forEach(n -> notes.getChildren().add(Components.text(n, "method-text")));
            TitledPane pane = new TitledPane(messages.get("dashboard.notes"), notes);
            pane.setId("summary-notes");
            pane.setExpanded(false);
            cards.getChildren().add(narrow(pane));
        }
    }

    private Node card(SummaryData.Table table, int k) {
        VBox card = new VBox(8);
        card.getStyleClass().addAll("card", "summary-card");
        card.setMinWidth(0);
        card.setId("card-" + table.name());
        card.getChildren().add(Components.text(format.tableTitle(table), "card-title"));
        javafx.scene.layout.Region chart = charts.chart(table);
        if (chart != null) {
            card.getChildren().addAll(chart, Components.text(charts.summary(chart), "chart-summary"));
        }
        card.getChildren().add(grid(table, k));
        Label method = Components.text(format.method(table), "method-text");
        method.setGraphic(Icons.icon(Material2AL.INFO, 16));
        card.getChildren().add(method);
        Button csv = new Button(messages.get("dashboard.export.tableCsv"), Icons.icon(Material2AL.GET_APP, 18));
        csv.setId("csv-" + table.name());
        csv.getStyleClass().add("flat-button");
        csv.setOnAction(e -> model.exportTableCsv(table.name()));
        card.getChildren().add(csv);
        return card;
    }

    /** The table of counts: per row, each column's figure and the people it stands on ("< k" when hidden). */
    private Node grid(SummaryData.Table table, int k) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("summary-table");
        grid.setId("table-" + table.name());
        grid.setHgap(8);
        grid.setVgap(2);
        javafx.scene.layout.ColumnConstraints label = new javafx.scene.layout.ColumnConstraints();
        label.setHgrow(Priority.ALWAYS);
        label.setMinWidth(80);
        grid.getColumnConstraints()
                .setAll(
                        label,
                        new javafx.scene.layout.ColumnConstraints(),
                        new javafx.scene.layout.ColumnConstraints());
        int line = 0;
        boolean drillable = "goals".equals(table.name()) || "confidence".equals(table.name());
        List<SummaryData.Row> rows = new ArrayList<>(table.rows());
        if (table.total() != null) {
            rows.add(table.total());
        }
        boolean many = table.columns().size() > 1;
        for (SummaryData.Row row : rows) {
            String rowName = format.rowLabel(table.name(), row.key());
            Node head;
            if (drillable && !"TOTAL".equals(row.key())) {
                Button b = new Button(rowName);
                b.getStyleClass().addAll("row-link");
                b.setWrapText(true);
                b.setId("drill-" + table.name() + "-" + row.key());
                b.setAccessibleText(messages.get("dashboard.drillHint", rowName));
                b.setOnAction(e -> model.drillDownTheme(row.key()));
                head = b;
            } else {
                head = Components.text(rowName, "row-head", "TOTAL".equals(row.key()) ? "row-total" : "row-plain");
            }
            if (many) {
                grid.add(head, 0, line++, 3, 1);
            }
            for (SummaryData.Column column : table.columns()) {
                SummaryData.Cell cell = row.cell(column.name());
                String value = format.value(cell, column.unit(), k);
                Label name = Components.text(many ? format.columnTitle(table.name(), column) : "", "cell-name");
                Label figure = Components.text(value, "cell-value", cell.suppressed() ? "cell-hidden" : "cell-shown");
                figure.setId("cell-" + table.name() + "-" + row.key() + "-" + column.name());
                Label people = Components.text(format.people(cell), "cell-people");
                people.setId("people-" + table.name() + "-" + row.key() + "-" + column.name());
                // "sur 12 personnes" wraps on a phone at large text sizes rather than widening the card, between words
                WordFit.neverSplitWords(people);
                figure.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                figure.setAccessibleText(rowName + ", " + format.columnTitle(table.name(), column) + " : " + value
                        + (cell.suppressed()
                                ? " "
                                        + messages.get(
                                                cell.masked()
                                                        ? "dashboard.maskedAccessible"
                                                        : "dashboard.hiddenAccessible",
                                                k)
                                : ", " + format.people(cell)));
                grid.add(many ? name : head, 0, line);
                grid.add(figure, 1, line);
                grid.add(people, 2, line);
                line++;
            }
        }
        return grid;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return messages.get("dashboard.title");
    }
}

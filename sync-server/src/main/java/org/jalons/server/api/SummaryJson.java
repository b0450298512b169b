package org.jalons.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.jalons.server.model.Json;
import org.jalons.server.summary.Summary;

/** The JSON shape of a summary (openapi.yaml, schema Summary). */
final class SummaryJson {

    private SummaryJson() {}

    static ObjectNode of(Summary s) {
        ObjectNode root = Json.object();
        ObjectNode filters = root.putObject("filters");
        filters.put("period", s.period());
        filters.put("from", s.from().toString());
        filters.put("to", s.to().toString());
        filters.put("site", s.site());
        filters.put("counsellorId", s.counsellorId());
        filters.put("theme", s.theme());
        root.put("k", s.k());
        root.put("suppressedAsWhole", s.suppressedAsWhole());
        ArrayNode tables = root.putArray("tables");
        for (Summary.Table t : s.tables()) {
            ObjectNode table = tables.addObject();
            table.put("name", t.name());
            table.put("title", t.title());
            table.put("rowLabel", t.rowLabel());
            ArrayNode columns = table.putArray("columns");
            t.columns()
                    .forEach(c -> columns.addObject()
                            .put("name", c.name())
                            .put("title", c.title())
                            .put("unit", c.unit().name()));
            ArrayNode rows = table.putArray("rows");
            t.rows().forEach(r -> rows.add(row(r)));
            if (t.total() != null) {
                table.set("total", row(t.total()));
            }
            table.put("method", t.method());
        }
        ArrayNode notes = root.putArray("notes");
        s.notes().forEach(notes::add);
        if (s.countedUpTo() != null) {
            ObjectNode counted = root.putObject("countedUpTo");
            counted.put("seq", s.countedUpTo().seq());
            counted.put(
                    "at",
                    s.countedUpTo().at() == null ? null : s.countedUpTo().at().toString());
        }
        return root;
    }

    private static ObjectNode row(Summary.Row r) {
        ObjectNode row = Json.object();
        row.put("key", r.key());
        ObjectNode cells = row.putObject("cells");
        for (Map.Entry<String, Summary.Cell> e : r.cells().entrySet()) {
            cells.set(e.getKey(), cell(e.getValue()));
        }
        return row;
    }

    static ObjectNode cell(Summary.Cell c) {
        ObjectNode cell = Json.object();
        if (c.suppressed()) {
            cell.put("suppressed", true);
            cell.put("reason", c.masked() ? "MASKED" : "SMALL");
            return cell;
        }
        if (c.value() == null) {
            cell.putNull("value");
        } else if (c.value() == Math.rint(c.value()) && Math.abs(c.value()) < 1e15) {
            cell.put("value", c.value().longValue());
        } else {
            cell.put("value", c.value());
        }
        cell.put("people", c.people());
        return cell;
    }
}

package org.jalons.supervisor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jalons.storage.Json;

/**
 * A supervisor summary as the server sends it (openapi.yaml, schema Summary): tables of cells, each cell a figure
 * with the number of people it stands on, or hidden because it stands on fewer than {@code k} people.
 */
public record SummaryData(
        Map<String, String> filters,
        int k,
        boolean suppressedAsWhole,
        List<Table> tables,
        List<String> notes,
        CountedUpTo countedUpTo) {

    /**
     * The figures count the organisation's changes up to {@code seq}, projected at {@code at} (null when nothing was
     * projected since the server's upgrade). The whole value is null in an answer of a server that does not say it.
     */
    public record CountedUpTo(long seq, Instant at) {}

    /**
     * A figure and the people it stands on; {@code suppressed} when hidden: "< k" when its row stands on fewer than
     * k people in the organisation's year, or, {@code masked}, "masqué" when that row stands on k or more.
     */
    public record Cell(Double value, long people, boolean suppressed, boolean masked) {
        static final Cell HIDDEN = new Cell(null, 0, true, false);
        static final Cell MASKED = new Cell(null, 0, true, true);
    }

    public record Column(String name, String title, String unit) {}

    public record Row(String key, Map<String, Cell> cells) {
        public Cell cell(String column) {
            return cells.getOrDefault(column, new Cell(null, 0, false, false));
        }
    }

    public record Table(
            String name,
            String title,
            String rowLabel,
            List<Column> columns,
            List<Row> rows,
            Row total,
            String method) {}

    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    /** Reads the server's JSON; a text that is not a summary is refused with an IllegalArgumentException. */
    public static SummaryData parse(String json) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a summary: " + e.getOriginalMessage(), e);
        }
        if (root == null
                || !root.isObject()
                || !root.path("tables").isArray()
                || !root.path("k").isInt()) {
            throw new IllegalArgumentException("Not a summary: no tables or no k");
        }
        Map<String, String> filters = new LinkedHashMap<>();
        root.path("filters").properties().forEach(e -> {
            if (!e.getValue().isNull()) {
                filters.put(e.getKey(), e.getValue().asText());
            }
        });
        List<Table> tables = new ArrayList<>();
        for (JsonNode t : root.path("tables")) {
            List<Column> columns = new ArrayList<>();
            t.path("columns")
                    .forEach(c -> columns.add(new Column(
                            c.path("name").asText(),
                            c.path("title").asText(),
                            c.path("unit").asText("COUNT"))));
            List<Row> rows = new ArrayList<>();
            t.path("rows").forEach(r -> rows.add(row(r)));
            Row total = t.hasNonNull("total") ? row(t.get("total")) : null;
            tables.add(new Table(
                    t.path("name").asText(),
                    t.path("title").asText(),
                    t.path("rowLabel").asText(),
                    List.copyOf(columns),
                    List.copyOf(rows),
                    total,
                    t.path("method").asText("")));
        }
        List<String> notes = new ArrayList<>();
        root.path("notes").forEach(n -> notes.add(n.asText()));
        return new SummaryData(
                Map.copyOf(filters),
                root.get("k").asInt(),
                root.path("suppressedAsWhole").asBoolean(),
                List.copyOf(tables),
                List.copyOf(notes),
                countedUpTo(root.path("countedUpTo")));
    }

    /** Read leniently, like the rest of an answer: a malformed stamp is left out rather than the figures refused. */
    private static CountedUpTo countedUpTo(JsonNode counted) {
        if (!counted.path("seq").isIntegralNumber()) {
            return null;
        }
        JsonNode at = counted.path("at");
        if (at.isNull() || at.isMissingNode()) {
            return new CountedUpTo(counted.get("seq").asLong(), null);
        }
        try {
            return new CountedUpTo(counted.get("seq").asLong(), Instant.parse(at.asText()));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Row row(JsonNode r) {
        Map<String, Cell> cells = new LinkedHashMap<>();
        r.path("cells").properties().forEach(e -> {
            JsonNode c = e.getValue();
            boolean suppressed = c.path("suppressed").asBoolean(false);
            cells.put(
                    e.getKey(),
                    suppressed
                            ? "MASKED".equals(c.path("reason").asText()) ? Cell.MASKED : Cell.HIDDEN
                            : new Cell(
                                    c.hasNonNull("value") ? c.get("value").asDouble() : null,
                                    c.path("people").asLong(),
                                    false,
                                    false));
        });
        return new Row(r.path("key").asText(), cells);
    }
}

package org.jalons.sync;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The filters of a supervisor summary (openapi.yaml, /api/v1/summary): a period (month, quarter, year, or custom
 * from the 1st of a month to the last day of a month), and optionally a site, a counsellor and a goal theme.
 */
public record SummaryQuery(
        Period period, LocalDate from, LocalDate to, String site, String counsellorId, String theme) {

    public enum Period {
        MONTH,
        QUARTER,
        YEAR,
        CUSTOM
    }

    public SummaryQuery {
        site = blankToNull(site);
        counsellorId = blankToNull(counsellorId);
        theme = blankToNull(theme);
        if (period != Period.CUSTOM) {
            to = null;
        }
    }

    public SummaryQuery withTheme(String newTheme) {
        return new SummaryQuery(period, from, to, site, counsellorId, newTheme);
    }

    public SummaryQuery withSite(String newSite) {
        return new SummaryQuery(period, from, to, newSite, counsellorId, theme);
    }

    /** The query a {@link #key()} was made from (the filters of a saved summary). */
    public static SummaryQuery fromKey(String key) {
        Map<String, String> p = new LinkedHashMap<>();
        for (String pair : key.split("&", -1)) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                p.put(
                        pair.substring(0, eq),
                        java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return new SummaryQuery(
                Period.valueOf(p.getOrDefault("period", "quarter").toUpperCase(java.util.Locale.ROOT)),
                p.containsKey("from") ? LocalDate.parse(p.get("from")) : null,
                p.containsKey("to") ? LocalDate.parse(p.get("to")) : null,
                p.get("site"),
                p.get("counsellorId"),
                p.get("theme"));
    }

    /** The query parameters, in a stable order (null ones left out). */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("period", period.name().toLowerCase(java.util.Locale.ROOT));
        put(p, "from", from == null ? null : from.toString());
        put(p, "to", to == null ? null : to.toString());
        put(p, "site", site);
        put(p, "counsellorId", counsellorId);
        put(p, "theme", theme);
        return p;
    }

    /** One string per distinct query: the key of its saved answer. */
    public String key() {
        StringBuilder b = new StringBuilder();
        parameters()
                .forEach((k, v) -> b.append(b.length() == 0 ? "" : "&")
                        .append(k)
                        .append('=')
                        .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
        return b.toString();
    }

    private static void put(Map<String, String> p, String name, String value) {
        if (value != null) {
            p.put(name, value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

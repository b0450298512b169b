package org.jalons.supervisor;

/** Summaries shaped like the server's answers (openapi.yaml, schema Summary). */
public final class SummaryJsonSamples {
    private SummaryJsonSamples() {}

    /**
     * k = 5; the goals of theme MOBILITE stand on 3 people and are hidden ("< 5"); FRANCAIS on 7; the total is
     * hidden to protect MOBILITE ("masqué").
     */
    public static String quarter() {
        return """
            {"filters":{"period":"quarter","from":"2026-10-01","to":"2026-12-31","site":null,"counsellorId":null,"theme":null},
             "k":5,"suppressedAsWhole":false,
             "tables":[
              {"name":"population","title":"Active people","rowLabel":"population",
               "columns":[{"name":"active","title":"Active people","unit":"COUNT"}],
               "rows":[{"key":"ACTIVE","cells":{"active":{"value":12,"people":12}}}],"method":"People with a record."},
              {"name":"goals","title":"Goals by theme","rowLabel":"theme",
               "columns":[{"name":"opened","title":"Goals opened","unit":"COUNT"},{"name":"achieved","title":"Goals achieved","unit":"COUNT"}],
               "rows":[{"key":"MOBILITE","cells":{"opened":{"suppressed":true,"reason":"SMALL"},"achieved":{"suppressed":true,"reason":"SMALL"}}},
                       {"key":"FRANCAIS","cells":{"opened":{"value":9,"people":7},"achieved":{"value":6,"people":6}}}],
               "total":{"key":"TOTAL","cells":{"opened":{"suppressed":true,"reason":"MASKED"},"achieved":{"suppressed":true,"reason":"MASKED"}}},
               "method":"Goals opened and closed."},
              {"name":"confidence","title":"Confidence check-ins (0-10)","rowLabel":"theme",
               "columns":[{"name":"selfFirst","title":"Self first","unit":"RATING"},{"name":"selfLatest","title":"Self latest","unit":"RATING"},
                          {"name":"counsellorFirst","title":"C first","unit":"RATING"},{"name":"counsellorLatest","title":"C latest","unit":"RATING"}],
               "rows":[],"total":{"key":"TOTAL","cells":{"selfFirst":{"value":4,"people":8},"selfLatest":{"value":7.5,"people":8},
                 "counsellorFirst":{"value":5,"people":8},"counsellorLatest":{"value":6,"people":8}}},"method":"Medians."},
              {"name":"exits","title":"Exits by category","rowLabel":"category",
               "columns":[{"name":"exits","title":"Exits","unit":"COUNT"},{"name":"rate","title":"Share","unit":"RATE"}],
               "rows":[{"key":"EMPLOI_DURABLE","cells":{"exits":{"value":5,"people":5},"rate":{"value":0.5,"people":5}}}],
               "method":"Exits."}],
             "notes":["Figures are counts of people."],
             "countedUpTo":{"seq":12345,"at":"2026-11-26T09:30:00Z"}}
            """;
    }

    public static String wholeHidden() {
        return """
            {"filters":{"period":"quarter","from":"2026-10-01","to":"2026-12-31","theme":"FRANCAIS"},
             "k":5,"suppressedAsWhole":true,"tables":[],"notes":[]}
            """;
    }
}

package org.jalons.server.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jalons.server.model.Refusal;
import org.jalons.server.summary.SummaryService;

/** /api/v1/summary (JSON, CSV, PDF). */
final class SummaryController {

    private final SummaryService summaries;
    private final Authenticator auth;

    SummaryController(SummaryService summaries, Authenticator auth) {
        this.summaries = summaries;
        this.auth = auth;
    }

    void summary(Context ctx) {
        var principal = auth.require(ctx);
        Responses.json(ctx, 200, SummaryJson.of(summaries.summary(principal, query(ctx))));
    }

    /** The words people shared, by theme: {@code {"k", "groups":[{"theme","words":[{"month","text"}]}], "suppressed"}}. */
    void words(Context ctx) {
        var principal = auth.require(ctx);
        Responses.json(ctx, 200, summaries.words(principal, query(ctx)));
    }

    void csv(Context ctx) {
        var principal = auth.require(ctx);
        file(
                ctx,
                summaries.csv(principal, query(ctx)),
                "text/csv; charset=UTF-8",
                "jalons-" + ctx.queryParam("table") + ".csv");
    }

    void exitsCsv(Context ctx) {
        var principal = auth.require(ctx);
        file(ctx, summaries.exitsCsv(principal, query(ctx)), "text/csv; charset=UTF-8", "jalons-sorties.csv");
    }

    void pdf(Context ctx) {
        var principal = auth.require(ctx);
        file(ctx, summaries.pdf(principal, query(ctx)), "application/pdf", "jalons-rapport.pdf");
    }

    private static void file(Context ctx, byte[] body, String type, String name) {
        ctx.status(200)
                .contentType(type)
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .result(body);
    }

    /** First value of each query parameter; a repeated parameter is refused (which one would count?). */
    static Map<String, String> query(Context ctx) {
        Map<String, String> query = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((name, values) -> {
            if (values.size() != 1) {
                throw Refusal.invalid("invalid_parameter", name + " is given more than once.");
            }
            query.put(name, values.get(0));
        });
        return query;
    }
}

package org.jalons.server.api;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jalons.server.service.AuditViewer;

/** GET /api/v1/admin/audit (a page, JSON) and /api/v1/admin/audit.csv (the filtered log): admins only. */
final class AuditController {

    private final AuditViewer viewer;
    private final Authenticator auth;

    AuditController(AuditViewer viewer, Authenticator auth) {
        this.viewer = viewer;
        this.auth = auth;
    }

    void page(Context ctx) {
        var principal = auth.require(ctx);
        AuditViewer.Page page = viewer.page(principal, query(ctx));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("lines", page.lines());
        body.put("next", page.next());
        Responses.json(ctx, 200, body);
    }

    void csv(Context ctx) {
        var principal = auth.require(ctx);
        byte[] csv = viewer.csv(principal, query(ctx));
        ctx.status(200)
                .contentType("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"jalons-journal.csv\"")
                .result(csv);
    }

    /** One value per parameter: a repeated parameter is refused rather than half read. */
    private static Map<String, String> query(Context ctx) {
        Map<String, String> query = new HashMap<>();
        ctx.queryParamMap().forEach((name, values) -> {
            if (values.size() != 1) {
                throw org.jalons.server.model.Refusal.invalid(
                        "invalid_parameter", "The parameter " + name + " is given more than once.");
            }
            query.put(name, values.get(0));
        });
        return query;
    }
}

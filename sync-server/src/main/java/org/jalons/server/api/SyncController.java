package org.jalons.server.api;

import io.javalin.http.Context;
import java.util.UUID;
import org.jalons.server.model.Refusal;
import org.jalons.server.service.PullService;
import org.jalons.server.service.PushService;

/** /api/v1/sync/push, /pull and /snapshot. */
final class SyncController {

    private final PushService push;
    private final PullService pull;
    private final Authenticator auth;

    SyncController(PushService push, PullService pull, Authenticator auth) {
        this.push = push;
        this.pull = pull;
        this.auth = auth;
    }

    void push(Context ctx) {
        var principal = auth.require(ctx);
        var answer = push.push(principal, JsonBody.read(ctx));
        ctx.attribute(ServerMetrics.PUSH_CHANGES, answer.results().size());
        Responses.json(ctx, 200, answer);
    }

    void pull(Context ctx) {
        var principal = auth.require(ctx);
        long cursor = longParam(ctx, "cursor", 0L);
        int limit = (int) Math.min(Integer.MAX_VALUE, longParam(ctx, "limit", (long) PullService.DEFAULT_LIMIT));
        Responses.json(ctx, 200, pull.pull(principal, cursor, limit));
    }

    void snapshot(Context ctx) {
        var principal = auth.require(ctx);
        String beneficiary = ctx.queryParam("beneficiaryId");
        UUID beneficiaryId =
                beneficiary == null ? null : StrictObject.parseUuid(beneficiary, "beneficiaryId", "invalid_parameter");
        Long at = ctx.queryParam("at") == null ? null : longParam(ctx, "at", 0L);
        int limit = (int) Math.min(Integer.MAX_VALUE, longParam(ctx, "limit", (long) PullService.DEFAULT_LIMIT));
        Responses.json(ctx, 200, pull.snapshot(principal, beneficiaryId, ctx.queryParam("page"), at, limit));
    }

    private static long longParam(Context ctx, String name, long fallback) {
        String text = ctx.queryParam(name);
        if (text == null) {
            return fallback;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw Refusal.invalid("invalid_parameter", name + " must be a whole number.");
        }
    }
}

package org.jalons.server.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpResponseException;
import org.jalons.server.model.Refusal;
import org.jalons.server.service.TooManyGuesses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps every failure to the JSON error shape; bad input is never a 500. */
final class ErrorAnswers {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorAnswers.class);

    private ErrorAnswers() {}

    static void declare(RoutesConfig routes) {
        routes.exception(
                Refusal.class,
                (refusal, ctx) ->
                        Responses.error(ctx, refusal.reason().httpStatus, refusal.code(), refusal.getMessage()));
        routes.exception(TooManyGuesses.class, (refused, ctx) -> {
            // whole seconds, rounded up: waiting that long always finds the slot free
            long seconds = Math.max(1, (refused.retryAfter().toMillis() + 999) / 1000);
            ctx.header("Retry-After", Long.toString(seconds));
            Responses.error(ctx, 429, "rate_limited", refused.getMessage());
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            int status = e.getStatus();
            String code = switch (status) {
                case 404 -> "not_found";
                case 405 -> "method_not_allowed";
                case 413 -> "too_large";
                default -> "invalid_request";
            };
            String message = status == 404 ? "Nothing was found at this address." : "The request was refused.";
            Responses.error(ctx, status, code, message);
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Request {} {} failed", ctx.method(), ctx.path(), e);
            Responses.error(ctx, 500, "internal_error", "The server failed. Try again later.");
        });
    }
}

package org.jalons.server.api;

import io.javalin.http.Context;
import org.jalons.server.service.TextRule;

/** Every query parameter, name and value, follows the text rule (one line); a 400 invalid_text otherwise. */
final class QueryText {

    private QueryText() {}

    static void require(Context ctx) {
        ctx.queryParamMap().forEach((name, values) -> {
            TextRule.line("A query parameter name", name);
            values.forEach(value -> TextRule.line("The query parameter " + name, value));
        });
    }
}

package org.jalons.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** GET /health and GET /openapi.yaml: no authentication, no protocol header. */
final class HealthController {

    private final BooleanSupplier databaseAnswers;
    private final byte[] openApi;

    HealthController(BooleanSupplier databaseAnswers) {
        this.databaseAnswers = databaseAnswers;
        try (InputStream in = HealthController.class.getResourceAsStream("/openapi.yaml")) {
            this.openApi = in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void health(Context ctx) {
        boolean up = databaseAnswers.getAsBoolean();
        Responses.json(ctx, up ? 200 : 503, Map.of("status", up ? "UP" : "DOWN", "protocol", 1));
    }

    void openApi(Context ctx) {
        ctx.status(200).contentType("application/yaml").result(openApi);
    }
}

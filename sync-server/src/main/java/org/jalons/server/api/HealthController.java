package org.jalons.server.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.jalons.server.summary.SummaryProjector;

/** GET /health, GET /ready and GET /openapi.yaml: no authentication, no protocol header. */
final class HealthController {

    private final BooleanSupplier databaseAnswers;
    private final BooleanSupplier accepting;
    private final Supplier<SummaryProjector.Progress> projection;
    private final byte[] openApi;

    HealthController(
            BooleanSupplier databaseAnswers,
            BooleanSupplier accepting,
            Supplier<SummaryProjector.Progress> projection) {
        this.databaseAnswers = databaseAnswers;
        this.accepting = accepting;
        this.projection = projection;
        try (InputStream in = HealthController.class.getResourceAsStream("/openapi.yaml")) {
            this.openApi = in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void health(Context ctx) {
        boolean up = databaseAnswers.getAsBoolean();
        if (!up) {
            Responses.json(ctx, 503, Map.of("status", "DOWN", "protocol", 1));
            return;
        }
        // how far the statistics are behind the pushes, all organisations together
        SummaryProjector.Progress behind = projection.get();
        Responses.json(
                ctx,
                200,
                Map.of(
                        "status",
                        "UP",
                        "protocol",
                        1,
                        "summaryProjection",
                        Map.of("changesBehind", behind.changesBehind(), "projectorLagMs", behind.lagMs())));
    }

    /**
     * Whether to send this instance phones' requests: the database answers and the server is not stopping. A load
     * balancer stops sending as soon as a stop begins, while in-flight requests finish; /health stays the liveness.
     */
    void ready(Context ctx) {
        if (!accepting.getAsBoolean()) {
            Responses.json(ctx, 503, Map.of("status", "STOPPING"));
        } else if (!databaseAnswers.getAsBoolean()) {
            Responses.json(ctx, 503, Map.of("status", "DATABASE_DOWN"));
        } else {
            Responses.json(ctx, 200, Map.of("status", "READY"));
        }
    }

    void openApi(Context ctx) {
        ctx.status(200).contentType("application/yaml").result(openApi);
    }
}

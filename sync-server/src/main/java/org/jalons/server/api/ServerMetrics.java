package org.jalons.server.api;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.function.Supplier;
import org.jalons.server.summary.SummaryProjector;

/**
 * What an operator's Prometheus scrapes from {@code GET /metrics}: requests by route template and status, push
 * sizes, the statistics projector's lag, errors by code, and the JVM. Labels are route templates and error codes
 * only, never a path with an id in it, a query string or anything a person wrote: the figures say how the server
 * runs, not who uses it. Off unless a scrape token is configured ({@code JALONS_METRICS_TOKEN}).
 */
public final class ServerMetrics {

    /** The request attribute where an answer's error code is left for the request hook. */
    static final String ERROR_CODE = "jalons.errorCode";
    /** The request attribute where a push leaves how many changes it carried. */
    static final String PUSH_CHANGES = "jalons.pushChanges";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final byte[] token;
    private final DistributionSummary pushChanges;
    private final DistributionSummary pushBytes;

    public ServerMetrics(String token, Supplier<SummaryProjector.Progress> projection) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        Gauge.builder("jalons.summary.projector.lag", () -> projection.get().lagMs() / 1000.0)
                .description("How long the oldest change not yet in the statistics has waited")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder("jalons.summary.projector.behind", () -> projection.get().changesBehind())
                .description("Changes pushed and not yet in the statistics")
                .baseUnit("changes")
                .register(registry);
        pushChanges = DistributionSummary.builder("jalons.push.changes")
                .description("Changes in one push")
                .serviceLevelObjectives(1, 10, 100, 500, 1000)
                .register(registry);
        pushBytes = DistributionSummary.builder("jalons.push.body")
                .description("Size of a push request body as sent (gzip when the phone compressed it)")
                .baseUnit("bytes")
                .serviceLevelObjectives(1_000, 10_000, 100_000, 1_000_000)
                .register(registry);
    }

    /** Called once per answered request (the request logger), with its duration. */
    void requestDone(Context ctx, float millis) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        String route = endpoint == null ? "unmatched" : endpoint.path;
        int status = ctx.status().getCode();
        Timer.builder("jalons.http.requests")
                .description("HTTP requests by route template, method and status")
                .tag("method", ctx.method().name())
                .tag("route", route)
                .tag("status", Integer.toString(status))
                .register(registry)
                .record(Duration.ofNanos((long) (millis * 1_000_000)));
        Object code = ctx.attribute(ERROR_CODE);
        if (code != null) {
            Counter.builder("jalons.errors")
                    .description("Refused or failed requests by error code (internal_error: a server fault)")
                    .tag("code", code.toString())
                    .register(registry)
                    .increment();
        }
        Object changes = ctx.attribute(PUSH_CHANGES);
        if (changes instanceof Integer n) {
            pushChanges.record(n);
            long length = ctx.req().getContentLengthLong();
            if (length >= 0) {
                pushBytes.record((double) length);
            }
        }
    }

    /** GET /metrics: the Prometheus text format for a scrape that sends the token; 404 when metrics are off. */
    void scrape(Context ctx) {
        if (token == null) {
            Responses.error(ctx, 404, "not_found", "Nothing was found at this address.");
            return;
        }
        String header = ctx.header("Authorization");
        byte[] sent = header != null && header.startsWith("Bearer ")
                ? header.substring(7).getBytes(StandardCharsets.UTF_8)
                : new byte[0];
        if (!MessageDigest.isEqual(sent, token)) {
            ctx.header("WWW-Authenticate", "Bearer");
            Responses.error(ctx, 401, "unauthorized", "This address needs the metrics token.");
            return;
        }
        ctx.status(200).contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
    }
}

package org.jalons.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jalons.server.JalonsServer;
import org.jalons.server.support.Api;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Changes;
import org.jalons.server.support.Org;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.Test;

/** What an operator's load balancer and Prometheus read: /ready and /metrics. */
class ReadinessAndMetricsTest {

    private static final String TOKEN = "scrape-token-0123456789";

    @Test
    void readyWhileServing() {
        JalonsServer server = TestServers.dedicated(Backend.H2, c -> c);
        try {
            Api.Response ready = plain(server, "/ready", null);
            assertThat(ready.status()).isEqualTo(200);
            assertThat(ready.json().get("status").asText()).isEqualTo("READY");
        } finally {
            server.stop();
        }
    }

    @Test
    void metricsAreOffWithoutAToken() {
        JalonsServer server = TestServers.shared(Backend.H2);
        Api.Response off = plain(server, "/metrics", "Bearer anything");
        assertThat(off.status()).isEqualTo(404);
        assertThat(off.json().get("error").asText()).isEqualTo("not_found");
    }

    @Test
    void aScrapeNeedsTheTokenAndSeesRequestsPushesErrorsAndTheProjector() {
        JalonsServer server = TestServers.dedicated(Backend.H2, c -> c.withMetricsToken(TOKEN));
        try {
            for (String wrong : new String[] {null, "Bearer wrong", "Basic " + TOKEN, "Bearer " + TOKEN + "x"}) {
                Api.Response refused = plain(server, "/metrics", wrong);
                assertThat(refused.status()).as(wrong).isEqualTo(401);
                assertThat(refused.json().get("error").asText()).isEqualTo("unauthorized");
                assertThat(new String(refused.body(), StandardCharsets.UTF_8)).doesNotContain("jalons_http");
            }

            Org org = Org.create(server);
            Org.Member counsellor = org.counsellor("Samia CIP");
            UUID person = UUID.randomUUID();
            org.push(counsellor, Changes.batch(Changes.newBeneficiary(person, "Nom que personne ne doit lire")));
            Api api = new Api(server.baseUrl());
            api.get("/api/v1/sync/pull?cursor=x", counsellor.token()); // invalid_parameter
            api.get("/api/v1/devices/" + UUID.randomUUID() + "/nothing", counsellor.token()); // not_found

            Api.Response scrape = plain(server, "/metrics", "Bearer " + TOKEN);
            assertThat(scrape.status()).isEqualTo(200);
            assertThat(scrape.header("Content-Type")).startsWith("text/plain");
            String text = new String(scrape.body(), StandardCharsets.UTF_8);
            assertThat(text)
                    .contains(
                            "jalons_http_requests_seconds_count{method=\"POST\",route=\"/api/v1/sync/push\",status=\"200\"}")
                    .contains("route=\"unmatched\"")
                    .contains("jalons_push_changes_count 1")
                    .contains("jalons_push_changes_sum 1")
                    .contains("jalons_errors_total{code=\"invalid_parameter\"}")
                    .contains("jalons_errors_total{code=\"unauthorized\"}")
                    .contains("jalons_summary_projector_lag_seconds")
                    .contains("jalons_summary_projector_behind_changes")
                    .contains("jvm_memory_used_bytes");
            // labels are route templates and codes: no id, no token, nothing a person wrote
            assertThat(text)
                    .doesNotContain(person.toString())
                    .doesNotContain(counsellor.token())
                    .doesNotContain("personne")
                    .doesNotContain("cursor=x");
        } finally {
            server.stop();
        }
    }

    private static Api.Response plain(JalonsServer server, String path, String authorization) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return new Api(server.baseUrl()).send(request);
    }
}

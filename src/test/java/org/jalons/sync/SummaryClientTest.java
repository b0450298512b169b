package org.jalons.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.jalons.storage.LocalStore;
import org.jalons.storage.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryClientTest {
    @TempDir
    Path dir;

    MockWebServer server = new MockWebServer();
    LocalStore store;
    SummaryClient client;

    @BeforeEach
    void start() throws Exception {
        server.start();
        store = TestStores.counsellorStore(dir);
        store.database().inTransaction(c -> {
            Pairing.save(
                    c,
                    new SyncAccount(
                            server.url("/").toString(),
                            java.util.UUID.randomUUID(),
                            "tok3n",
                            java.util.UUID.randomUUID(),
                            "SUPERVISOR",
                            java.util.UUID.randomUUID(),
                            "Direction",
                            null));
            return null;
        });
        HttpSettings fast = HttpSettings.defaults().withDelays(Duration.ofMillis(1), Duration.ofMillis(2));
        client = new SummaryClient(store, SyncApi.newClient(fast, d -> {}));
    }

    @AfterEach
    void stop() throws Exception {
        store.close();
        server.shutdown();
    }

    @Test
    void theSummaryIsAskedWithTheFiltersTokenAndProtocol() throws Exception {
        server.enqueue(new MockResponse().setBody("{\"k\":5,\"tables\":[]}"));
        SummaryQuery query = new SummaryQuery(
                SummaryQuery.Period.CUSTOM,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 6, 30),
                "Atelier maraîchage",
                null,
                "MOBILITE");

        assertThat(client.summaryJson(query)).isEqualTo("{\"k\":5,\"tables\":[]}");

        RecordedRequest request = server.takeRequest();
        assertThat(request.getRequestUrl().encodedPath()).isEqualTo("/api/v1/summary");
        assertThat(request.getRequestUrl().queryParameter("period")).isEqualTo("custom");
        assertThat(request.getRequestUrl().queryParameter("to")).isEqualTo("2026-06-30");
        assertThat(request.getRequestUrl().queryParameter("site")).isEqualTo("Atelier maraîchage");
        assertThat(request.getRequestUrl().queryParameter("counsellorId")).isNull();
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer tok3n");
        assertThat(request.getHeader("Jalons-Protocol")).isEqualTo("1");
    }

    @Test
    void exportsAreDownloadedAsBytesAfterARetry() throws Exception {
        server.enqueue(new MockResponse().setResponseCode(503));
        server.enqueue(new MockResponse().setBody("%PDF-1.7 report"));
        server.enqueue(new MockResponse().setBody("a;b"));
        SummaryQuery query =
                new SummaryQuery(SummaryQuery.Period.QUARTER, LocalDate.of(2026, 10, 1), null, null, null, null);

        assertThat(new String(client.reportPdf(query))).isEqualTo("%PDF-1.7 report");
        assertThat(new String(client.tableCsv(query, "goals"))).isEqualTo("a;b");
        assertThat(server.takeRequest().getPath()).startsWith("/api/v1/summary/report.pdf?period=quarter");
        server.takeRequest();
        assertThat(server.takeRequest().getRequestUrl().queryParameter("table")).isEqualTo("goals");
    }

    @Test
    void aRefusalIsToldApartFromANetworkProblem() throws Exception {
        server.enqueue(new MockResponse()
                .setResponseCode(403)
                .setBody("{\"error\":\"forbidden\",\"message\":\"Supervisors only.\"}"));
        SummaryQuery query =
                new SummaryQuery(SummaryQuery.Period.MONTH, LocalDate.of(2026, 10, 1), null, null, null, null);
        assertThatThrownBy(() -> client.summaryJson(query))
                .isInstanceOfSatisfying(
                        SummaryRefusedException.class,
                        e -> assertThat(e.forbidden()).isTrue());
        server.shutdown();
        assertThatThrownBy(() -> client.exitsCsv(query))
                .isInstanceOfSatisfying(
                        SyncException.class, e -> assertThat(e.problem()).isEqualTo(SyncProblem.NO_NETWORK));
    }
}

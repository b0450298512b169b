package org.jalons.sync;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.jalons.storage.LocalStore;

/**
 * The supervisor summaries of the paired server (openapi.yaml, /api/v1/summary and its CSV and PDF exports),
 * through the sync engine's HTTP client: same token, protocol header, gzip and retries. Blocking: never call it on
 * the screen's thread.
 */
public final class SummaryClient implements SummarySource {
    private final LocalStore store;
    private final SyncApi api;

    public SummaryClient(LocalStore store, HttpSettings settings) {
        this(store, SyncApi.newClient(settings));
    }

    SummaryClient(LocalStore store, OkHttpClient client) {
        this.store = store;
        this.api = new SyncApi(client);
    }

    /** Whether this phone is paired at all (if not, there is no server to ask). */
    @Override
    public boolean isPaired() {
        return Pairing.account(store).isPresent();
    }

    /** The summary as the server's JSON text (kept as it is, so that it can be saved and read again offline). */
    @Override
    public String summaryJson(SummaryQuery query) throws SyncException {
        return new String(api.download(account(), "api/v1/summary", query.parameters()), StandardCharsets.UTF_8);
    }

    @Override
    public String wordsJson(SummaryQuery query) throws SyncException {
        return new String(api.download(account(), "api/v1/summary/words", query.parameters()), StandardCharsets.UTF_8);
    }

    /** One table as CSV ({@code table}: population, goals, confidence, barriers, exits…). */
    @Override
    public byte[] tableCsv(SummaryQuery query, String table) throws SyncException {
        Map<String, String> parameters = new LinkedHashMap<>(query.parameters());
        parameters.put("table", table);
        return api.download(account(), "api/v1/summary.csv", parameters);
    }

    /** Exits by IAE category as CSV, with the rates reporting uses. */
    @Override
    public byte[] exitsCsv(SummaryQuery query) throws SyncException {
        return api.download(account(), "api/v1/summary/exits.csv", query.parameters());
    }

    /** The period report as PDF. */
    @Override
    public byte[] reportPdf(SummaryQuery query) throws SyncException {
        return api.download(account(), "api/v1/summary/report.pdf", query.parameters());
    }

    private SyncAccount account() throws SyncException {
        return Pairing.account(store)
                .orElseThrow(() -> new SyncException(SyncProblem.NOT_PAIRED, "No device token in the store"));
    }
}

package org.jalons.sync;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.jalons.storage.Json;
import org.jalons.storage.LocalStore;

/**
 * The organisation's administration on the paired server (openapi.yaml, {@code /api/v1/admin/…}, devices and
 * pairing codes), through the sync engine's HTTP client: same token, protocol header, gzip and failures. An admin's
 * screens work online only: nothing of it is kept on the phone. Blocking: never call it on the screen's thread.
 */
public final class AdminClient {
    private final LocalStore store;
    private final SyncApi api;

    public AdminClient(LocalStore store, HttpSettings settings) {
        this(store, SyncApi.newClient(settings));
    }

    AdminClient(LocalStore store, OkHttpClient client) {
        this.store = store;
        this.api = new SyncApi(client);
    }

    /** Whether this phone is paired at all (if not, there is no server to ask). */
    public boolean isPaired() {
        return Pairing.account(store).isPresent();
    }

    /** {@code GET path?query}, the answer's JSON read as {@code type}. */
    public <T> T get(String path, Map<String, String> query, Class<T> type) throws SyncException {
        return read(api.exchange(account(), "GET", path, query, null), path, type);
    }

    /** {@code GET path?query}, the answer's JSON read as {@code type} (a list, a map…). */
    public <T> T get(String path, Map<String, String> query, TypeReference<T> type) throws SyncException {
        String text = api.exchange(account(), "GET", path, query, null);
        try {
            return Json.MAPPER.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw unreadable(path, e);
        }
    }

    /** Reads an answer as a stream of JSON tokens; it may throw what the parser throws on JSON it does not expect. */
    @FunctionalInterface
    public interface StreamReader<T> {
        T read(JsonParser parser) throws IOException;
    }

    /**
     * {@code GET path?query}, the answer read token by token by {@code reader}: for the long lists (thousands of
     * people), which a tree would first copy whole. An answer the reader cannot follow is a refusal, as for
     * {@link #get}.
     */
    public <T> T stream(String path, Map<String, String> query, StreamReader<T> reader) throws SyncException {
        String text = api.exchange(account(), "GET", path, query, null);
        try (JsonParser parser = Json.MAPPER.getFactory().createParser(text)) {
            return reader.read(parser);
        } catch (IOException | RuntimeException e) {
            throw unreadable(path, e);
        }
    }

    /**
     * {@code method path} with {@code body} as JSON (null: no body); the answer read as {@code type}, or null when
     * {@code type} is {@code Void} (a 204).
     */
    public <T> T send(String method, String path, Object body, Class<T> type) throws SyncException {
        String text = api.exchange(account(), method, path, Map.of(), body);
        return type == Void.class ? null : read(text, path, type);
    }

    /** A file (CSV, PDF, JSON export) as bytes. */
    public byte[] download(String path, Map<String, String> query) throws SyncException {
        return api.download(account(), path, query);
    }

    private static <T> T read(String text, String path, Class<T> type) throws SyncException {
        try {
            return Json.MAPPER.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw unreadable(path, e);
        }
    }

    private static SyncException unreadable(String path, Exception e) {
        return new SyncException(SyncProblem.SERVER_REFUSED, path + " answered JSON this app cannot read", e);
    }

    private SyncAccount account() throws SyncException {
        return Pairing.account(store)
                .orElseThrow(() -> new SyncException(SyncProblem.NOT_PAIRED, "No device token in the store"));
    }
}

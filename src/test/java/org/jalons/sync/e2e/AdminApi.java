package org.jalons.sync.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** The organisation's first admin, paired over HTTP with the bootstrap's code, calling the admin routes. */
public final class AdminApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    private final RealServer server;
    private final OkHttpClient client = new OkHttpClient();
    private final String token;

    private AdminApi(RealServer server) throws IOException {
        this.server = server;
        this.token = call(new Request.Builder()
                        .url(server.baseUrl() + "/api/v1/pair")
                        .post(RequestBody.create(
                                JSON.writeValueAsString(Map.of(
                                        "code", server.adminPairingCode(), "deviceName", "Poste de la direction")),
                                JSON_TYPE)))
                .get("token")
                .asText();
    }

    public static AdminApi pair(RealServer server) throws IOException {
        return new AdminApi(server);
    }

    public JsonNode post(String path, Object body) throws IOException {
        return call(authorised(path).post(RequestBody.create(JSON.writeValueAsString(body), JSON_TYPE)));
    }

    public byte[] get(String path) throws IOException {
        try (Response response = client.newCall(authorised(path).get().build()).execute()) {
            byte[] bytes = response.body().bytes();
            assertThat(response.code()).as(path).isEqualTo(200);
            return bytes;
        }
    }

    private Request.Builder authorised(String path) {
        return new Request.Builder()
                .url(server.baseUrl() + path)
                .header("Authorization", "Bearer " + token)
                .header("Jalons-Protocol", "1");
    }

    private JsonNode call(Request.Builder request) throws IOException {
        try (Response response =
                client.newCall(request.header("Jalons-Protocol", "1").build()).execute()) {
            String text = response.body().string();
            assertThat(response.code()).as(text).isEqualTo(200);
            return JSON.readTree(text);
        }
    }
}

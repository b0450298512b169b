package org.jalons.server.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.HexFormat;
import java.util.Map;
import org.jalons.server.support.Api;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Footprint;
import org.jalons.server.support.Org;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bodies whose first bytes look like UTF-32 (NUL bytes) but whose characters are out of Unicode's range: the
 * JSON parser fails with an I/O error rather than a parse error. Found by PushFuzzTest; it was a 500.
 */
class BodyEncodingTest {

    /** The fuzzer's input: UTF-32LE by its first four bytes, then a "character" 0x81000000. */
    private static final byte[] FOUND = HexFormat.of()
            .parseHex("01000000000001816f24002f6c223a312c226368616e676573223a5b312c2278222c6e756c6c2c5b5d5d7d");
    /** A plain case of the same: "{" in UTF-32LE, then 0xFF000000. */
    private static final byte[] OUT_OF_RANGE = HexFormat.of().parseHex("7b000000000000ff");

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/sync/push", "/api/v1/pair", "/api/v1/pairing-codes", "/api/v1/admin/users"})
    void aBodyThatIsNoTextIsRefusedAsNotJson(String path) {
        Org org = Org.create(TestServers.shared(Backend.H2));
        Map<String, Long> before = Footprint.of(Backend.H2, org.id);
        for (byte[] body : new byte[][] {FOUND, OUT_OF_RANGE}) {
            Api.Response response = org.api.send(org.api
                    .request(path, org.admin.token())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.json().get("error").asText()).isEqualTo("invalid_json");
        }
        assertThat(Footprint.of(Backend.H2, org.id)).isEqualTo(before);
    }
}

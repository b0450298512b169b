package org.jalons.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Stream;
import org.jalons.server.JalonsServer;
import org.jalons.server.model.Json;
import org.jalons.server.support.Backend;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests Jetty refuses before any route runs (too long, malformed, unknown method, too big) get the
 * same JSON error shape as every other refusal, never an HTML page or a reset connection.
 */
class ProtocolLevelRefusalsTest {

    JalonsServer server = TestServers.shared(Backend.H2);

    static Stream<Arguments> refusals() {
        String head = " HTTP/1.1\r\nHost: 127.0.0.1\r\nJalons-Protocol: 1\r\n";
        return Stream.of(
                Arguments.of(
                        "URI too long",
                        "GET /api/v1/devices?x=" + "a".repeat(20_000) + head + "\r\n",
                        414,
                        "uri_too_long"),
                Arguments.of(
                        "header too large",
                        "GET /api/v1/devices" + head + "X-Big: " + "a".repeat(20_000) + "\r\n\r\n",
                        431,
                        "headers_too_large"),
                Arguments.of(
                        "bad chunking",
                        "POST /api/v1/pair" + head + "Content-Type: application/json\r\n"
                                + "Transfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n",
                        400,
                        "invalid_body"),
                Arguments.of(
                        "bad content length",
                        "POST /api/v1/pair" + head + "Content-Length: abc\r\n\r\n{}",
                        400,
                        "bad_request"),
                Arguments.of("malformed request line", "GARBAGE\r\n\r\n", 400, "bad_request"),
                Arguments.of(
                        "unknown HTTP version", "GET /api/v1/devices HTTP/9.9\r\nHost: x\r\n\r\n", 505, "bad_request"),
                Arguments.of("unknown method", "BREW /api/v1/devices" + head + "\r\n", 404, "not_found"),
                Arguments.of("unknown method outside the API", "BREW /health" + head + "\r\n", 404, "not_found"),
                Arguments.of("unknown path", "GET /nothing-here" + head + "\r\n", 404, "not_found"),
                Arguments.of("bad percent-encoding", "GET /api/v1/%zz" + head + "\r\n", 400, "bad_request"),
                Arguments.of("encoded NUL in the path", "GET /api/v1/devices%00" + head + "\r\n", 400, "bad_request"),
                Arguments.of("ambiguous path", "GET /api/v1/..;/health" + head + "\r\n", 400, "bad_request"),
                Arguments.of(
                        "encoded slash", "GET /api/v1/devices%2F..%2F..%2Fhealth" + head + "\r\n", 404, "not_found"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void jettyLevelRefusalsAnswerTheJsonErrorShape(String name, String request, int status, String code)
            throws IOException {
        Raw answer = send(request.getBytes(StandardCharsets.ISO_8859_1), 0, false);

        assertThat(answer.status).as(name + ": " + answer).isEqualTo(status);
        assertJsonError(answer, code);
    }

    @Test
    void aBodyFarOverTheLimitGetsTheJson413AndNoReset() throws IOException {
        long declared = 64L * 1024 * 1024;
        String head = "POST /api/v1/pair HTTP/1.1\r\nHost: 127.0.0.1\r\nJalons-Protocol: 1\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + declared
                + "\r\n\r\n";

        Raw answer = send(head.getBytes(StandardCharsets.ISO_8859_1), declared, false);

        assertThat(answer.status).as(answer.toString()).isEqualTo(413);
        assertJsonError(answer, "too_large");
    }

    @Test
    void aChunkedBodyOverTheLimitGetsTheJson413AndNoReset() throws IOException {
        String head = "POST /api/v1/pair HTTP/1.1\r\nHost: 127.0.0.1\r\nJalons-Protocol: 1\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";

        Raw answer = send(head.getBytes(StandardCharsets.ISO_8859_1), 64L * 1024 * 1024, true);

        assertThat(answer.status).as(answer.toString()).isEqualTo(413);
        assertJsonError(answer, "too_large");
    }

    @ParameterizedTest(name = "{0} MiB, chunked {1}")
    @org.junit.jupiter.params.provider.CsvSource({"20,false", "20,true", "40,false"})
    void anHttpClientSendingABodyOverTheLimitReadsTheJson413(int mebibytes, boolean chunked) throws Exception {
        byte[] body = new byte[mebibytes * 1024 * 1024];
        java.net.http.HttpRequest.BodyPublisher publisher = chunked
                ? java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))
                : java.net.http.HttpRequest.BodyPublishers.ofByteArray(body);
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build()
                .send(
                        java.net.http.HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/pair"))
                                .header("Jalons-Protocol", "1")
                                .header("Content-Type", "application/json")
                                .POST(publisher)
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(Json.parseObject(response.body()).get("error").asText()).isEqualTo("too_large");
    }

    private static void assertJsonError(Raw answer, String code) {
        assertThat(answer.header("content-type")).as(answer.toString()).startsWith("application/json");
        JsonNode body = Json.parseObject(answer.body);
        assertThat(body.get("error").asText()).isEqualTo(code);
        assertThat(body.get("message").asText()).isNotBlank();
        assertThat(answer.body)
                .doesNotContainIgnoringCase("<html")
                .doesNotContain("Jetty")
                .doesNotContain("at org.");
    }

    /** The raw answer: status line, headers and body as sent. */
    record Raw(int status, String headers, String body) {
        String header(String name) {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).strip().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
                }
            }
            return "";
        }
    }

    /**
     * Sends {@code head}, then up to {@code bodyBytes} zero bytes (as 64 KiB chunks when {@code chunked}) until the
     * server stops reading, then reads the answer.
     */
    private Raw send(byte[] head, long bodyBytes, boolean chunked) throws IOException {
        URI base = URI.create(server.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head);
            byte[] zeros = new byte[64 * 1024];
            try {
                byte[] chunkHead = (Integer.toHexString(zeros.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
                for (long sent = 0; sent < bodyBytes; sent += zeros.length) {
                    if (chunked) {
                        out.write(chunkHead);
                    }
                    out.write(zeros);
                    if (chunked) {
                        out.write(new byte[] {'\r', '\n'});
                    }
                }
                if (chunked) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                }
                out.flush();
            } catch (SocketException stoppedReading) {
                // the server answered and closed before the whole body: its answer is still to read
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) != -1) {
                received.write(buffer, 0, n);
                if (complete(received.toString(StandardCharsets.ISO_8859_1))) {
                    break;
                }
            }
            String text = received.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            assertThat(end).as("an HTTP answer, got: " + text).isPositive();
            int status = Integer.parseInt(text.substring(9, 12));
            return new Raw(status, text.substring(0, end), text.substring(end + 4));
        }
    }

    /** A whole answer with a Content-Length body has arrived (chunked answers are read to the close). */
    private static boolean complete(String text) {
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        for (String line : text.substring(0, end).split("\r\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                return text.length() - end - 4
                        >= Integer.parseInt(line.substring(15).strip());
            }
        }
        return false;
    }
}

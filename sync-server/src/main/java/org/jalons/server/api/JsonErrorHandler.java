package org.jalons.server.api;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.jalons.server.model.Json;

/**
 * What Jetty answers itself, before any route runs (URI or headers too long, malformed requests, unknown HTTP
 * versions, bodies it will not read): the same JSON error shape as every other refusal, never an HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {

    @Override
    protected void generateResponse(
            Request request, Response response, int status, String message, Throwable cause, Callback callback)
            throws IOException {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(body(status)), callback);
    }

    // Jetty 12 marks this for removal but still calls it for a request it rejects before parsing it (URI or headers
    // too long); ProtocolLevelRefusalsTest shows whether those still answer JSON once Jetty drops it.
    @SuppressWarnings("removal")
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        return ByteBuffer.wrap(body(status));
    }

    /** Fixed sentences: Jetty's own message may quote the request back, and says which server this is. */
    static byte[] body(int status) {
        Map<String, String> body = new LinkedHashMap<>();
        switch (status) {
            case 404 -> put(body, "not_found", "Nothing was found at this address.");
            case 405 -> put(body, "method_not_allowed", "This method is not allowed here.");
            case 413 -> put(body, "too_large", "The request body is larger than 4 MiB.");
            case 414 -> put(body, "uri_too_long", "The request address is too long.");
            case 431 -> put(body, "headers_too_large", "The request headers are too large.");
            default -> {
                if (status >= 500 && status != 505) {
                    put(body, "internal_error", "The server failed. Try again later.");
                } else {
                    put(body, "bad_request", "The request is not well-formed HTTP.");
                }
            }
        }
        return Json.MAPPER.valueToTree(body).toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void put(Map<String, String> body, String code, String message) {
        body.put("error", code);
        body.put("message", message);
    }
}

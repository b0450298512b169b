package org.jalons.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.jalons.server.model.Json;
import org.jalons.server.model.Refusal;

/** Reads a request body: gzip decoded when sent so, at most 4 MiB after decoding, strict JSON. */
final class JsonBody {

    static final int MAX_BYTES = 4 * 1024 * 1024;
    /**
     * A body over {@link #MAX_BYTES} but at most this big is read and dropped before the 413: closed with unread bytes,
     * the connection is reset and the client often never reads the answer (seen from 20 MiB with Java's client).
     */
    static final long DRAIN_BYTES = 1024L * 1024 * 1024;

    private JsonBody() {}

    static JsonNode read(Context ctx) {
        byte[] bytes = readBytes(ctx);
        if (bytes.length == 0) {
            throw Refusal.invalid("invalid_json", "The request needs a JSON body.");
        }
        try {
            return Json.MAPPER.readTree(bytes);
        } catch (JsonProcessingException | java.io.CharConversionException e) {
            // Bytes that look like UTF-32 but hold no character fail as a conversion, not a parse: still not JSON.
            throw Refusal.invalid("invalid_json", "The body is not valid JSON.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readBytes(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BYTES) {
            // Read what was sent (up to a bound) before answering: refused unread, the body was still arriving when
            // Jetty closed the connection, and the client, still writing, sometimes never read the 413.
            discardAtMost(ctx, DRAIN_BYTES);
            throw tooLarge();
        }
        String encoding = ctx.header("Content-Encoding");
        boolean gzip = encoding != null && encoding.strip().equalsIgnoreCase("gzip");
        if (encoding != null && !gzip && !encoding.strip().equalsIgnoreCase("identity")) {
            throw new Refusal(
                    Refusal.Reason.UNSUPPORTED_MEDIA,
                    "unsupported_encoding",
                    "Request bodies may be sent plain or gzip-compressed only.");
        }
        try (InputStream raw = ctx.bodyInputStream();
                InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            try {
                return readAtMost(in, MAX_BYTES);
            } catch (Refusal tooLarge) {
                discardAtMost(raw, DRAIN_BYTES); // a chunked body goes on arriving: read it before answering
                throw tooLarge;
            }
        } catch (ZipException | java.io.EOFException e) {
            throw Refusal.invalid("invalid_body", "The gzip-compressed body is damaged.");
        } catch (IOException e) {
            throw Refusal.invalid("invalid_body", "The body could not be read.");
        }
    }

    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        int total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > max) {
                throw tooLarge();
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Reads and drops at most {@code max} bytes of the body; a larger one is left to the connection's close. */
    private static void discardAtMost(Context ctx, long max) {
        if (ctx.req().getContentLengthLong() > max) {
            return;
        }
        try (InputStream raw = ctx.bodyInputStream()) {
            discardAtMost(raw, max);
        } catch (IOException e) {
            // the client went away: nothing to answer
        }
    }

    private static void discardAtMost(InputStream raw, long max) {
        try {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int n;
            while (total <= max && (n = raw.read(buffer)) != -1) {
                total += n;
            }
        } catch (IOException e) {
            // the client went away: nothing to answer
        }
    }

    private static Refusal tooLarge() {
        return new Refusal(Refusal.Reason.TOO_LARGE, "too_large", "The request body is larger than 4 MiB.");
    }
}

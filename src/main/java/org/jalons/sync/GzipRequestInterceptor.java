package org.jalons.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSink;
import okio.GzipSink;
import okio.Okio;

/**
 * Compresses request bodies (DESIGN.md invariant 12: phones on small data plans). Responses are decompressed by
 * OkHttp itself, which asks for gzip when the caller does not set Accept-Encoding.
 */
final class GzipRequestInterceptor implements Interceptor {

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request original = chain.request();
        if (original.body() == null || original.header("Content-Encoding") != null) {
            return chain.proceed(original);
        }
        return chain.proceed(original.newBuilder()
                .header("Content-Encoding", "gzip")
                .method(original.method(), gzip(original.body()))
                .build());
    }

    /** {@code text} compressed, as a body of {@code type}: for a request that sets Content-Encoding itself. */
    static RequestBody gzipped(String text, MediaType type) {
        try {
            return gzip(RequestBody.create(text, type));
        } catch (IOException e) {
            throw new UncheckedIOException("gzip into memory failed", e); // an in-memory buffer does not fail
        }
    }

    /** Compressed up front, so that the length is known and a retry sends the same bytes. */
    private static RequestBody gzip(RequestBody body) throws IOException {
        Buffer compressed = new Buffer();
        try (BufferedSink gzipSink = Okio.buffer(new GzipSink(compressed))) {
            body.writeTo(gzipSink);
        }
        return RequestBody.create(compressed.readByteString(), body.contentType());
    }
}

package org.jalons.server.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Fuzzed query strings. An input is written like a query ({@code cursor=5&limit=10}); every byte but {@code &} and
 * {@code =} is percent-encoded, so the server receives exactly those bytes (NUL, invalid UTF-8, spaces...) and the
 * request always reaches it as a well-formed address.
 */
final class QueryText {

    /** Longer inputs are cut: the point is the parameters, not the server's address-length limit. */
    static final int MAX_BYTES = 1500;

    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~&=";

    private QueryText() {}

    static String encode(byte[] input) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(input.length, MAX_BYTES); i++) {
            int b = input[i] & 0xFF;
            if (b < 0x80 && UNRESERVED.indexOf(b) >= 0) {
                out.append((char) b);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return out.toString();
    }

    /** The parameters as a server reads them (first value of each name), decoded as UTF-8. */
    static Map<String, String> parameters(byte[] input) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String text = new String(input, 0, Math.min(input.length, MAX_BYTES), StandardCharsets.UTF_8);
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            parameters.putIfAbsent(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
        }
        return parameters;
    }
}
